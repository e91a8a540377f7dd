/**
 * Dates and sizes in the reader's language, for code that runs on the phone
 * (the service worker, the saving island). Browsers' own Intl data lacks some
 * of our languages: Chromium formats Tajik and Kyrgyz dates in English and
 * Uzbek ones as "2026 M12 3". So the patterns are taken at build time from
 * Node's full ICU, the same data the pages' dates come from, and the phone
 * only fills them in.
 */
import { htmlLang, type Locale } from '../../content-models/locales'
import { formatDate } from '../utils/format'

export interface LocaleFormats {
  /** One pattern per month, with `{day}` (or `{dd}` where the language pads it) and `{year}`: "{day} декабря {year} г.". */
  months: string[]
  /** "{n} МБ", "{n} kB" */
  megabytes: string
  kilobytes: string
  /** The decimal separator: "," or ".". */
  decimal: string
}

function unitPattern(tag: string, unit: string): string {
  const parts = new Intl.NumberFormat(tag, { style: 'unit', unit, unitDisplay: 'short' }).formatToParts(7)
  return parts.map((p) => (p.type === 'integer' ? '{n}' : p.value)).join('')
}

/** The patterns of one language, from this process's Intl (run at build time, in Node). */
export function localeFormats(locale: Locale): LocaleFormats {
  const tag = htmlLang[locale]
  // From the pages' own formatDate (which writes Uzbek, Tajik and Kyrgyz dates from tables), day 5 of 2001:
  // a one-digit day shows whether the language pads it.
  const months = Array.from({ length: 12 }, (_, m) =>
    formatDate(`2001-${String(m + 1).padStart(2, '0')}-05`, locale)
      .replace('2001', '{year}')
      .replace(/(?<!\d)05(?!\d)/, '{dd}')
      .replace(/(?<!\d)5(?!\d)/, '{day}'),
  )
  const decimal = new Intl.NumberFormat(tag).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.'
  return { months, megabytes: unitPattern(tag, 'megabyte'), kilobytes: unitPattern(tag, 'kilobyte'), decimal }
}

/** A day (ISO date or timestamp, read in UTC like the site's dates) in the language of `f`. */
export function formatDay(iso: string, f: LocaleFormats): string {
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso)
  const day = String(d.getUTCDate())
  return f.months[d.getUTCMonth()]
    .replace('{day}', day)
    .replace('{dd}', day.padStart(2, '0'))
    .replace('{year}', String(d.getUTCFullYear()))
}

/**
 * A size as phones show storage: decimal units, one decimal for megabytes
 * ("3,1 МБ", "812 kB").
 */
export function formatSize(bytes: number, f: LocaleFormats): string {
  if (bytes >= 1e6) {
    const mb = (Math.round(bytes / 1e5) / 10).toFixed(1).replace(/\.0$/, '').replace('.', f.decimal)
    return f.megabytes.replace('{n}', mb)
  }
  return f.kilobytes.replace('{n}', String(Math.max(1, Math.round(bytes / 1e3))))
}
