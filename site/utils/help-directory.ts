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

/** How many centres an article's "Ask about this" lists before linking to the whole country. */
export const ASK_CENTRES = 4

const hasLine = (c: SiteHelpCentre) => Boolean(c.hotline || c.phones.length > 0 || c.whatsapp || c.telegram || c.viber)

/**
 * The centres a reader of `locale` can ask about something in `country`
 * ("all": every country): those that speak the reader's language first, then
 * those with a hotline (free first), then by name. Centres with no phone or
 * messenger are left out: "Ask about this" is about reaching someone now.
 */
export function centresToAsk(country: string, locale: Locale): SiteHelpCentre[] {
  const rank = (c: SiteHelpCentre) => (c.languages.includes(locale) ? 0 : 4) + (c.hotline ? (c.hotlineFree ? 0 : 1) : 2)
  return helpCentres()
    .filter((c) => (country === 'all' || c.country === country) && hasLine(c))
    .sort((a, b) => rank(a) - rank(b) || byName(locale)(a, b))
}

/** Per country with centres (most first), its best line for a reader of `locale`: the home page's "Help near you". */
export function helpLines(locale: Locale): { country: Country; centre: SiteHelpCentre; count: number }[] {
  return helpDirectory(locale)
    .map((group) => ({ country: group.country, count: group.count, centre: centresToAsk(group.country, locale)[0] }))
    .filter((line): line is { country: Country; centre: SiteHelpCentre; count: number } => Boolean(line.centre))
}
