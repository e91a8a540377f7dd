import { TZDate } from '@date-fns/tz'

import { htmlLang, type Locale } from '../../content-models/locales'

/** One long-date formatter per language: making one costs more than formatting with it (thousands of pages). */
const longDates = new Map<Locale, Intl.DateTimeFormat>()

/**
 * Uzbek, Tajik and Kyrgyz dates written by hand: ICU's data for them is thin
 * and odd (Tajik "05 Феврал 2027" with a padded day and a capital, Kyrgyz
 * "2027-ж., 5-февраль", Uzbek "5-fevral, 2027"). Month names are in the form
 * the date needs: Tajik with the izofa «феврали», Kyrgyz possessive «февралы».
 */
interface HandDates {
  months: string[]
  /** Sunday first, lower case. */
  weekdays: string[]
  date: (day: number, month: string, year: number) => string
}

export const handDates: Partial<Record<Locale, HandDates>> = {
  uz: {
    months: [
      'yanvar',
      'fevral',
      'mart',
      'aprel',
      'may',
      'iyun',
      'iyul',
      'avgust',
      'sentabr',
      'oktabr',
      'noyabr',
      'dekabr',
    ],
    weekdays: ['yakshanba', 'dushanba', 'seshanba', 'chorshanba', 'payshanba', 'juma', 'shanba'],
    date: (day, month, year) => `${year}-yil ${day}-${month}`,
  },
  tg: {
    months: [
      'январи',
      'феврали',
      'марти',
      'апрели',
      'майи',
      'июни',
      'июли',
      'августи',
      'сентябри',
      'октябри',
      'ноябри',
      'декабри',
    ],
    weekdays: ['якшанбе', 'душанбе', 'сешанбе', 'чоршанбе', 'панҷшанбе', 'ҷумъа', 'шанбе'],
    date: (day, month, year) => `${day} ${month} ${year}`,
  },
  ky: {
    months: [
      'январы',
      'февралы',
      'марты',
      'апрели',
      'майы',
      'июну',
      'июлу',
      'августу',
      'сентябры',
      'октябры',
      'ноябры',
      'декабры',
    ],
    weekdays: ['жекшемби', 'дүйшөмбү', 'шейшемби', 'шаршемби', 'бейшемби', 'жума', 'ишемби'],
    date: (day, month, year) => `${year}-жылдын ${day}-${month}`,
  },
}

/** A calendar date (YYYY-MM-DD or ISO timestamp) in the reader's language. */
export function formatDate(value: string, locale: Locale): string {
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value)
  const hand = handDates[locale]
  if (hand) return hand.date(date.getUTCDate(), hand.months[date.getUTCMonth()], date.getUTCFullYear())
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

/** Start–end of an event in its own time zone, e.g. "Friday, 15 January 2027, 10:00–12:00". */
export function formatRange(start: string, end: string, timeZone: string, locale: Locale): string {
  const hand = handDates[locale]
  if (hand) {
    const day = (iso: string) => {
      const d = new TZDate(new Date(iso).getTime(), timeZone)
      const time = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`
      const date = `${hand.weekdays[d.getDay()]}, ${hand.date(d.getDate(), hand.months[d.getMonth()], d.getFullYear())}`
      return { date, time }
    }
    const [from, to] = [day(start), day(end)]
    return from.date === to.date
      ? `${from.date}, ${from.time}–${to.time}`
      : `${from.date}, ${from.time} – ${to.date}, ${to.time}`
  }
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
 * A URL query value: letters and digits of other scripts as they are (the
 * browser sends them as UTF-8, and a Cyrillic or Arabic message is a third
 * the size it would be percent-encoded), everything else (spaces, `&`, `#`,
 * quotes, invisible and direction marks) percent-encoded.
 */
export function queryValue(text: string): string {
  return [...text]
    .map((ch) => {
      if (ch > '\x7f' && /^[\p{L}\p{M}\p{N}]$/u.test(ch)) return ch
      try {
        return encodeURIComponent(ch)
      } catch {
        return encodeURIComponent('\uFFFD') // a lone surrogate
      }
    })
    .join('')
}

/**
 * A help centre's messenger links (deep links that open the app), each with
 * the number or name to show beside it; empty when it has none. With a
 * `message`, each link opens the chat with that text ready to send:
 * WhatsApp's `text`, Telegram's `text` on a username link, Viber's `draft`.
 */
export function messengerLinks(
  centre: {
    whatsapp?: string
    telegram?: string
    viber?: string
  },
  message?: string,
): { name: string; href: string; label: string }[] {
  const digits = (phone: string) => phone.replace(/\D/g, '')
  const text = (param: string, sep: '?' | '&') => (message ? `${sep}${param}=${queryValue(message)}` : '')
  const links = []
  if (centre.whatsapp)
    links.push({
      name: 'WhatsApp',
      href: `https://wa.me/${digits(centre.whatsapp)}${text('text', '?')}`,
      label: centre.whatsapp,
    })
  if (centre.telegram)
    links.push({
      name: 'Telegram',
      href: `https://t.me/${encodeURIComponent(centre.telegram)}${text('text', '?')}`,
      label: `@${centre.telegram}`,
    })
  if (centre.viber)
    links.push({
      name: 'Viber',
      href: `viber://chat?number=%2B${digits(centre.viber)}${text('draft', '&')}`,
      label: centre.viber,
    })
  return links
}
