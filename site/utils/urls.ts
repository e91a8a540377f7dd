import type { Locale } from '../../content-models/locales'

/** Every URL the site links to is built here, so routes change in one place. */
export const urls = {
  home: (locale: Locale) => `/${locale}/`,
  article: (locale: Locale, slug: string) => `/${locale}/articles/${slug}/`,
  topic: (locale: Locale, slug: string) => `/${locale}/topics/${slug}/`,
  lawChanges: (locale: Locale) => `/${locale}/law-changes/`,
  search: (locale: Locale, query?: string) =>
    `/${locale}/search/${query ? `?q=${encodeURIComponent(query)}` : ''}`,
}
