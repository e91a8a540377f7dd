import { htmlLang, type Locale } from '../../content-models/locales'

/** A calendar date (YYYY-MM-DD or ISO timestamp) in the reader's language. */
export function formatDate(value: string, locale: Locale): string {
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value)
  return new Intl.DateTimeFormat(htmlLang[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(date)
}

/** Machine-readable date for `<time datetime>`. */
export function isoDate(value: string): string {
  return value.slice(0, 10)
}
