import { htmlLang, type Locale } from '../../content-models/locales'

/** One long-date formatter per language: making one costs more than formatting with it (thousands of pages). */
const longDates = new Map<Locale, Intl.DateTimeFormat>()

/** A calendar date (YYYY-MM-DD or ISO timestamp) in the reader's language. */
export function formatDate(value: string, locale: Locale): string {
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value)
  let format = longDates.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(htmlLang[locale], { dateStyle: 'long', timeZone: 'UTC' })
    longDates.set(locale, format)
  }
  return format.format(date)
}

/** Machine-readable date for `<time datetime>`. */
export function isoDate(value: string): string {
  return value.slice(0, 10)
}

/** Start–end of an event, e.g. "Friday, 15 January 2027, 10:00–12:00". */
export function formatRange(start: string, end: string, timeZone: string, locale: Locale): string {
  const f = new Intl.DateTimeFormat(htmlLang[locale], { dateStyle: 'full', timeStyle: 'short', timeZone })
  return f.formatRange(new Date(start), new Date(end))
}

/** "A, B and C" in the reader's language. */
export function formatList(items: string[], locale: Locale): string {
  return new Intl.ListFormat(htmlLang[locale], { type: 'conjunction' }).format(items)
}

/** A country's name from its ISO code, in the reader's language. */
export function countryName(code: string, locale: Locale): string {
  return new Intl.DisplayNames([htmlLang[locale]], { type: 'region' }).of(code.toUpperCase()) ?? code
}

/** A language's name in the reader's language. */
export function languageName(code: string, locale: Locale): string {
  return new Intl.DisplayNames([htmlLang[locale]], { type: 'language' }).of(code) ?? code
}

/** A phone number as a `tel:` link target. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`
}

/**
 * A help centre's messenger links (deep links that open the app), each with
 * the number or name to show beside it; empty when it has none.
 */
export function messengerLinks(centre: {
  whatsapp?: string
  telegram?: string
  viber?: string
}): { name: string; href: string; label: string }[] {
  const digits = (phone: string) => phone.replace(/\D/g, '')
  const links = []
  if (centre.whatsapp)
    links.push({ name: 'WhatsApp', href: `https://wa.me/${digits(centre.whatsapp)}`, label: centre.whatsapp })
  if (centre.telegram)
    links.push({ name: 'Telegram', href: `https://t.me/${centre.telegram}`, label: `@${centre.telegram}` })
  if (centre.viber)
    links.push({ name: 'Viber', href: `viber://chat?number=%2B${digits(centre.viber)}`, label: centre.viber })
  return links
}
