import type { Locale } from '../../content-models/locales'

/** The public address the site is served from (SITE_URL); astro.config reads it from here. */
export const siteUrl = process.env.SITE_URL ?? 'http://localhost:4321'

/** A site path as an absolute URL, for feeds, the JSON API and partner sites. */
export const absoluteUrl = (path: string) => new URL(path, siteUrl).href

/** Every URL the site links to is built here, so routes change in one place. */
export const urls = {
  home: (locale: Locale) => `/${locale}/`,
  article: (locale: Locale, slug: string) => `/${locale}/articles/${slug}/`,
  topic: (locale: Locale, slug: string) => `/${locale}/topics/${slug}/`,
  lawChanges: (locale: Locale) => `/${locale}/law-changes/`,
  search: (locale: Locale, query?: string) => `/${locale}/search/${query ? `?q=${encodeURIComponent(query)}` : ''}`,
  events: (locale: Locale) => `/${locale}/events/`,
  event: (locale: Locale, slug: string) => `/${locale}/events/${slug}/`,
  eventIcs: (locale: Locale, slug: string) => `/${locale}/events/${slug}.ics`,
  /** Calendar feed of upcoming events, for calendar apps to subscribe to. */
  eventsFeed: (locale: Locale) => `/${locale}/events.ics`,
  helpCentres: (locale: Locale) => `/${locale}/help-centres/`,
  helpCountry: (locale: Locale, country: string) => `/${locale}/help-centres/in/${country}/`,
  helpRegion: (locale: Locale, country: string, region: string) => `/${locale}/help-centres/in/${country}/${region}/`,
  helpCentre: (locale: Locale, slug: string) => `/${locale}/help-centres/${slug}/`,
  /** "Put this on your site": the embed builder and the feeds. */
  embed: (locale: Locale) => `/${locale}/embed/`,
  lawChangesFeed: (locale: Locale) => `/${locale}/law-changes.atom`,
  updatesFeed: (locale: Locale) => `/${locale}/updates.atom`,
}
