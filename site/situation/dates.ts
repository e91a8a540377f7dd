import { isDay } from '../../content-models/rules/situation/days'

/**
 * A day as the reader typed it, as YYYY-MM-DD: what a date input gives
 * (2026-11-03), or typed by hand where the browser shows a text box
 * (03.11.2026, 3/11/2026, 3-11-2026: day first, as in every language of the
 * portal). Undefined when it is not a day that exists.
 */
export function parseTypedDay(text: string): string | undefined {
  const value = text.trim()
  if (isDay(value)) return value
  const match = /^(\d{1,2})[./\-\s](\d{1,2})[./\-\s](\d{4})$/.exec(value)
  if (!match) return undefined
  const day = `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}`
  return isDay(day) ? day : undefined
}
