import type { Locale } from '../../content-models/locales'

/**
 * The public address the site is served from (SITE_URL); astro.config reads it
 * from here. Unset, it is where `npm start` serves it: localhost on SITE_PORT.
 */
export const siteUrl = process.env.SITE_URL ?? `http://localhost:${process.env.SITE_PORT ?? '4321'}`

/** A site path as an absolute URL, for feeds, the JSON API and partner sites. */
export const absoluteUrl = (path: string) => new URL(path, siteUrl).href

/**
 * The `[...page]` parameter of a paginated list's route: nothing for the first
 * page, so it keeps the list's own address, then `page/2`, `page/3`…
 * (under `articles/` a bare number could be an article's slug).
 */
export const pageParam = (page: number): string | undefined => (page > 1 ? `page/${page}` : undefined)

/** A list's address on page `page`: its own for the first page, `<list>page/<n>/` after. */
const paged = (list: string, page = 1) => `${list}${page > 1 ? `${pageParam(page)}/` : ''}`

/** Every URL the site links to is built here, so routes change in one place. */
export const urls = {
  home: (locale: Locale) => `/${locale}/`,
  /** Every article in a language, most recently updated first, page by page. */
  articles: (locale: Locale, page = 1) => paged(`/${locale}/articles/`, page),
  article: (locale: Locale, slug: string) => `/${locale}/articles/${slug}/`,
  topic: (locale: Locale, slug: string, page = 1) => paged(`/${locale}/topics/${slug}/`, page),
  lawChanges: (locale: Locale, page = 1) => paged(`/${locale}/law-changes/`, page),
  search: (locale: Locale, query?: string) => `/${locale}/search/${query ? `?q=${encodeURIComponent(query)}` : ''}`,
  events: (locale: Locale) => `/${locale}/events/`,
  event: (locale: Locale, slug: string) => `/${locale}/events/${slug}/`,
  eventIcs: (locale: Locale, slug: string) => `/${locale}/events/${slug}.ics`,
  /** Calendar feed of upcoming events, for calendar apps to subscribe to. */
  eventsFeed: (locale: Locale) => `/${locale}/events.ics`,
  /** Events in one country (`all`: online events open to every country), upcoming and past (site/utils/event-places.ts). */
  eventsCountry: (locale: Locale, country: string) => `/${locale}/events/in/${country}/`,
  eventsRegion: (locale: Locale, country: string, region: string) => `/${locale}/events/in/${country}/${region}/`,
  /** Calendar feed of one country's upcoming events. */
  eventsCountryFeed: (locale: Locale, country: string) => `/${locale}/events/in/${country}.ics`,
  /** "My situation": the reader's steps and deadlines (site/components/MySituation.tsx). */
  mySituation: (locale: Locale) => `/${locale}/my-situation/`,
  helpCentres: (locale: Locale) => `/${locale}/help-centres/`,
  helpCountry: (locale: Locale, country: string) => `/${locale}/help-centres/in/${country}/`,
  helpRegion: (locale: Locale, country: string, region: string) => `/${locale}/help-centres/in/${country}/${region}/`,
  helpCentre: (locale: Locale, slug: string) => `/${locale}/help-centres/${slug}/`,
  /** "Put this on your site": the embed builder and the feeds. */
  embed: (locale: Locale) => `/${locale}/embed/`,
  lawChangesFeed: (locale: Locale) => `/${locale}/law-changes.atom`,
  updatesFeed: (locale: Locale) => `/${locale}/updates.atom`,
}

/** The files of the static JSON API (site/api/v1.ts); a list's later pages sit under `<list>/page/<n>.json`. */
export const apiUrls = {
  articles: (locale: Locale, page = 1) => `/api/v1/${locale}/articles${page > 1 ? `/page/${page}` : ''}.json`,
  lawChanges: (locale: Locale, page = 1) => `/api/v1/${locale}/law-changes${page > 1 ? `/page/${page}` : ''}.json`,
}
