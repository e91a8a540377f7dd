import type { HolidayCalendar, HostCountry } from './types'

/**
 * Arithmetic on calendar days written YYYY-MM-DD, for the "My situation"
 * engine (engine.ts). Everything works on whole day numbers, never on `Date`
 * objects in the machine's zone: a phone in Los Angeles and a build server in
 * UTC must give a reader in Moscow the same deadline. Pure TypeScript, so the
 * browser island bundles it as is.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** The days in each month of a common year; February gets one more in leap years. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/** The number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]
}

/** Year, month (1–12) and day of a YYYY-MM-DD day; throws on anything else, 2027-02-30 included. */
export function parseDay(day: string): { year: number; month: number; day: number } {
  const match = DAY.exec(day)
  const [year, month, date] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0]
  if (!match || month < 1 || month > 12 || date < 1 || date > daysInMonth(year, month)) {
    throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${JSON.stringify(day)}`)
  }
  return { year, month, day: date }
}

/** Whether `value` is a YYYY-MM-DD day that exists. */
export function isDay(value: unknown): value is string {
  if (typeof value !== 'string') return false
  try {
    parseDay(value)
    return true
  } catch {
    return false
  }
}

/**
 * The day's number: days since 1970-01-01 (negative before it). The
 * proleptic Gregorian calendar in integers (Howard Hinnant's
 * `days_from_civil`), so no time zone and no `Date` quirks can enter.
 */
export function dayNumber(day: string): number {
  const { year, month, day: date } = parseDay(day)
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + date - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146097 + dayOfEra - 719468
}

/** The YYYY-MM-DD day with number `n` (the inverse of `dayNumber`). */
export function dayFromNumber(n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Not a day number: ${n}`)
  const z = n + 719468
  const era = Math.floor(z / 146097)
  const dayOfEra = z - era * 146097
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  )
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const mp = Math.floor((5 * dayOfYear + 2) / 153)
  const date = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
  if (year < 0 || year > 9999) throw new RangeError(`Day number out of range: ${n}`)
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`
}

/** `day` moved by `n` calendar days (negative: back). */
export function addCalendarDays(day: string, n: number): string {
  return dayFromNumber(dayNumber(day) + n)
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from)
}

/** ISO day of the week: 1 Monday … 7 Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(day: string): number {
  return ((((dayNumber(day) + 3) % 7) + 7) % 7) + 1
}

/**
 * `day` moved by `n` calendar months (negative: back), on the same day of the
 * month, or on the month's last day when it has no such day: 31 January + 1
 * month is 28 February (29 in a leap year), never 3 March. This is how the
 * Russian Civil Code ends a period counted in months (art. 192 p. 3) and what
 * every calendar app does.
 */
export function addMonths(day: string, n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Not a whole number of months: ${n}`)
  const { year, month, day: date } = parseDay(day)
  const index = year * 12 + (month - 1) + n
  const y = Math.floor(index / 12)
  const m = index - y * 12 + 1
  if (y < 0 || y > 9999) throw new RangeError(`Month out of range: ${day} + ${n}`)
  const d = Math.min(date, daysInMonth(y, m))
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** The official days of one year that differ from Monday–Friday. */
export type YearCalendar = Pick<HolidayCalendar, 'holidays' | 'workingWeekends'>

/**
 * Whether `day` is a working day: Monday to Friday unless the year's
 * calendar lists it as a holiday, and a Saturday or Sunday the calendar
 * makes a working day. Without a calendar, Monday to Friday.
 */
export function isWorkingDay(day: string, calendar?: YearCalendar): boolean {
  if (calendar?.workingWeekends.some((d) => d.slice(0, 10) === day)) return true
  if (calendar?.holidays.some((d) => d.slice(0, 10) === day)) return false
  return isoWeekday(day) <= 5
}

/** A day found by counting working days, and whether a year crossed had no official calendar. */
export interface WorkingDayCount {
  day: string
  /** A year the count crossed has no holiday calendar for the country: holidays that year were not skipped. */
  calendarMissing: boolean
}

/**
 * The `n`th working day after `day` (negative `n`: before it), `day` itself
 * not counted: registration "within 7 working days" of arriving on Tuesday
 * 3 November 2026 in Russia runs from the 4th (a holiday), so the 7th working
 * day is Friday the 13th. `n` = 0 gives `day`. Holidays come from `host`'s
 * calendar for each year crossed (a count over New Year reads two).
 */
export function addWorkingDays(
  day: string,
  n: number,
  calendars: readonly HolidayCalendar[],
  host: HostCountry,
): WorkingDayCount {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Not a whole number of working days: ${n}`)
  const byYear = new Map<number, YearCalendar>()
  for (const c of calendars) if (c.country === host) byYear.set(c.year, c)
  let calendarMissing = false
  const step = n < 0 ? -1 : 1
  let current = dayNumber(day)
  for (let left = Math.abs(n); left > 0;) {
    current += step
    const d = dayFromNumber(current)
    const year = Number(d.slice(0, 4))
    const calendar = byYear.get(year)
    if (!calendar) calendarMissing = true
    if (isWorkingDay(d, calendar)) left--
  }
  return { day: dayFromNumber(current), calendarMissing }
}
