import type { Locale } from '../../content-models/locales'
import type { Country } from '../../content-models/taxonomy'
import type { SiteHelpCentre } from '../data/types'
import { inLocaleOrFallback } from '../../content-models/rules/fallback'
import { helpCentres, regionName } from './content'

export interface RegionGroup {
  region: string
  name: { text: string; lang: Locale }
  centres: SiteHelpCentre[]
}

export interface CountryGroup {
  country: Country
  regions: RegionGroup[]
  count: number
}

const byName = (locale: Locale) => (a: SiteHelpCentre, b: SiteHelpCentre) =>
  (inLocaleOrFallback(a.translations, locale)?.t.name ?? a.slug).localeCompare(
    inLocaleOrFallback(b.translations, locale)?.t.name ?? b.slug,
  )

/** Help centres grouped by country, then region, names sorted in the reader's language. */
export function helpDirectory(locale: Locale): CountryGroup[] {
  const countries = new Map<Country, Map<string, SiteHelpCentre[]>>()
  for (const centre of helpCentres()) {
    const regions = countries.get(centre.country) ?? new Map<string, SiteHelpCentre[]>()
    regions.set(centre.region, [...(regions.get(centre.region) ?? []), centre])
    countries.set(centre.country, regions)
  }
  return [...countries]
    .map(([country, regions]) => ({
      country,
      count: [...regions.values()].reduce((n, c) => n + c.length, 0),
      regions: [...regions]
        .map(([region, centres]) => ({
          region,
          name: regionName(region, locale),
          centres: centres.sort(byName(locale)),
        }))
        .sort((a, b) => a.name.text.localeCompare(b.name.text)),
    }))
    .sort((a, b) => b.count - a.count || a.country.localeCompare(b.country))
}
