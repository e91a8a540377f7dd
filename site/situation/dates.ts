import { isDay } from '../../content-models/rules/situation/days'

/**
 * A day as the reader typed it, as YYYY-MM-DD: what a date input gives
 * (2026-11-03), or typed by hand where the browser shows a text box
 * (03.11.2026, 3/11/2026, 3-11-2026: day first, as in every language of the
 * portal). Undefined when it is not a day that exists.
 */
export function parseTypedDay(text: string): string | undefined {
  const value = westernDigits(text.trim())
  if (readerDay(value)) return value
  const match = /^(\d{1,2})[./\-\s](\d{1,2})[./\-\s](\d{4})$/.exec(value)
  if (!match) return undefined
  const day = `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}`
  return readerDay(day) ? day : undefined
}

/** The years a reader's date may fall in: dates far outside are typing slips, and the engine cannot count from them. */
export const READER_YEARS = { from: 1900, to: 2100 } as const

/** A day that exists, in a year a reader's date can be in. */
export function readerDay(value: unknown): value is string {
  if (!isDay(value)) return false
  const year = Number(value.slice(0, 4))
  return year >= READER_YEARS.from && year <= READER_YEARS.to
}

/** Arabic-Indic (٠–٩) and Persian (۰–۹) digits, which Arabic keyboards type, as 0–9. */
function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) & 0xf))
}
