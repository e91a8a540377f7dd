import type { Locale } from '../../content-models/locales'
import type { Country } from '../../content-models/taxonomy'
import { memoized } from '../data/dependencies'
import { siteContent } from '../data/snapshot'
import type { SiteEvent } from '../data/types'
import type { Translate } from '../i18n'
import { hasEnded, regionName } from './content'

/*
 * Where events are held, for the filter of the events page and the pages of
 * one country or region (`/<lang>/events/in/<country>/<region>/`). A place has
 * a page only when it has events, upcoming or past (the events page shows
 * both), so the number of pages grows with places, never with events.
 *
 * An online event counts where the editor said it is for: one with a country
 * (and perhaps a region) is listed there, since it is about that country's
 * rules and run by its centres, which is where its readers look for it. One
 * open to every country (country `all`, as the admin asks for online events)
 * is in no country: it has its own entry, "Online, open to every country",
 * after the countries, and each country's page links to it. Its region, if
 * any, is ignored: a region belongs to a country.
 */

/** The country value of online events open to every country. */
export const EVERY_COUNTRY: Country = 'all'

export interface EventRegion {
  region: string
  /** In the reader's language, or the first language that has it (then marked with `lang`). */
  name: { text: string; lang: Locale }
  /** Soonest first. */
  events: SiteEvent[]
}

export interface EventCountry {
  country: Country
  /** Soonest first, the country's regions' events included. */
  events: SiteEvent[]
  /** Regions with events, by name in the reader's language. */
  regions: EventRegion[]
}

/**
 * Countries with events, most events first and {@link EVERY_COUNTRY} last,
 * each with its regions. Computed once per language and shared by every page
 * (`memoized`, which gives each page the reads, ADR 0007). Whether an event
 * has ended is left to {@link byTime}, read by each page for itself: the
 * clock is only recorded for reads made while a page renders, and this may
 * first be computed in getStaticPaths.
 */
export function eventPlaces(locale: Locale): EventCountry[] {
  const content = siteContent()
  return memoized(content, `eventPlaces:${locale}`, () => {
    const countries = new Map<Country, { events: SiteEvent[]; regions: Map<string, SiteEvent[]> }>()
    const events = [...content.events].sort((a, b) => a.start.localeCompare(b.start))
    for (const event of events) {
      const place = countries.get(event.country) ?? { events: [], regions: new Map<string, SiteEvent[]>() }
      countries.set(event.country, place)
      place.events.push(event)
      if (event.region && event.country !== EVERY_COUNTRY) {
        place.regions.set(event.region, [...(place.regions.get(event.region) ?? []), event])
      }
    }
    return [...countries]
      .map(([country, place]) => ({
        country,
        events: place.events,
        regions: [...place.regions]
          .map(([region, inRegion]) => ({ region, name: regionName(region, locale), events: inRegion }))
          .sort((a, b) => a.name.text.localeCompare(b.name.text, locale) || a.region.localeCompare(b.region)),
      }))
      .sort(
        (a, b) =>
          Number(a.country === EVERY_COUNTRY) - Number(b.country === EVERY_COUNTRY) ||
          b.events.length - a.events.length ||
          a.country.localeCompare(b.country),
      )
  })
}

/** One country's events and regions, when it has events. */
export function eventCountry(locale: Locale, country: string): EventCountry | undefined {
  return eventPlaces(locale).find((c) => c.country === country)
}

/** One region's events, when it has events under `country`. */
export function eventRegion(locale: Locale, country: string, region: string): EventRegion | undefined {
  return eventCountry(locale, country)?.regions.find((r) => r.region === region)
}

/** `events` (soonest first) split as the events page splits them: not ended soonest first, ended latest first. */
export function byTime(events: readonly SiteEvent[]): { upcoming: SiteEvent[]; past: SiteEvent[] } {
  return {
    upcoming: events.filter((e) => !hasEnded(e)),
    past: events.filter(hasEnded).sort((a, b) => b.start.localeCompare(a.start)),
  }
}

/** A country's name in the filter and headings: online events for every country are named as such, not "All countries". */
export function countryLabel(country: Country, t: Translate): string {
  return country === EVERY_COUNTRY ? t('events.everyCountry') : t(`country.${country}`)
}
