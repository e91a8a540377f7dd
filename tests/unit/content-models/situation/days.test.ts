import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  addCalendarDays,
  addMonths,
  addWorkingDays,
  dayFromNumber,
  dayNumber,
  daysBetween,
  daysInMonth,
  isDay,
  isoWeekday,
  isWorkingDay,
} from '../../../../content-models/rules/situation/days'
import type { HolidayCalendar } from '../../../../content-models/rules/situation/types'
import { russia2026, russia2027 } from './fixtures'

/**
 * Day arithmetic never reads the machine's zone: these tests hold under any TZ
 * (the suite also passes run with TZ=Pacific/Kiritimati or TZ=America/Los_Angeles,
 * see docs/situation.md). The only `Date` here is the test's oracle, in UTC.
 */

const FIRST = dayNumber('1900-01-01')
const LAST = dayNumber('2199-12-31')
const anyDay = fc.integer({ min: FIRST, max: LAST }).map(dayFromNumber)
const steps = fc.integer({ min: -2000, max: 2000 })

/** Days from `from` to `to`, both excluded (`from` < `to`) or in any order, that `isWorking` accepts. */
function countBetween(from: string, to: string, isWorking: (day: string) => boolean): number {
  let count = 0
  for (let n = Math.min(dayNumber(from), dayNumber(to)) + 1; n < Math.max(dayNumber(from), dayNumber(to)); n++) {
    if (isWorking(dayFromNumber(n))) count++
  }
  return count
}

describe('day numbers', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-03-01', 11017],
    ['2026-11-03', 20760],
  ])('%s is day %i', (day, n) => {
    expect(dayNumber(day)).toBe(n)
    expect(dayFromNumber(n)).toBe(day)
  })

  it('agree with UTC dates, both ways, 1900–2199', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST, max: LAST }), (n) => {
        const day = dayFromNumber(n)
        expect(day).toBe(new Date(n * 86_400_000).toISOString().slice(0, 10))
        expect(dayNumber(day)).toBe(n)
        expect(isoWeekday(day)).toBe(((new Date(n * 86_400_000).getUTCDay() + 6) % 7) + 1)
      }),
    )
  })

  it.each(['2027-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-1-1', '26-01-01', '', '2026-11-03T00:00'])(
    'refuse %j',
    (day) => {
      expect(isDay(day)).toBe(false)
      expect(() => dayNumber(day)).toThrow(RangeError)
    },
  )

  it('know leap years', () => {
    expect([2024, 2026, 2028, 2100, 2000].map((y) => daysInMonth(y, 2))).toEqual([29, 28, 29, 28, 29])
    expect(isDay('2028-02-29')).toBe(true)
  })
})

describe('addCalendarDays', () => {
  it('crosses months, years and 29 February', () => {
    expect(addCalendarDays('2026-11-03', 30)).toBe('2026-12-03')
    expect(addCalendarDays('2026-11-03', 89)).toBe('2027-01-31')
    expect(addCalendarDays('2027-06-15', -30)).toBe('2027-05-16')
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addCalendarDays('2027-02-28', 1)).toBe('2027-03-01')
  })

  it('goes back by n to where it started, and moves exactly n days', () => {
    fc.assert(
      fc.property(anyDay, steps, (day, n) => {
        const moved = addCalendarDays(day, n)
        expect(addCalendarDays(moved, -n)).toBe(day)
        expect(daysBetween(day, moved)).toBe(n)
        expect(moved > day).toBe(n > 0)
      }),
    )
  })
})

describe('addMonths', () => {
  it.each([
    ['2026-03-15', 1, '2026-04-15'],
    ['2027-01-31', 1, '2027-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2100-01-31', 1, '2100-02-28'],
    ['2000-01-31', 1, '2000-02-29'],
    ['2026-08-31', 1, '2026-09-30'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2027-01-15', -1, '2026-12-15'],
    ['2027-03-31', -1, '2027-02-28'],
    ['2026-05-31', -15, '2025-02-28'],
  ])('%s + %i months = %s', (day, n, expected) => {
    expect(addMonths(day, n)).toBe(expected)
  })

  it('lands in the right month, on the same day or the month’s last, never past it', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -240, max: 240 }), (day, n) => {
        const moved = addMonths(day, n)
        const [y, m, d] = day.split('-').map(Number)
        const [my, mm, md] = moved.split('-').map(Number)
        expect(my * 12 + mm - (y * 12 + m)).toBe(n)
        expect(md).toBe(Math.min(d, daysInMonth(my, mm)))
      }),
    )
  })

  it('goes back to where it started from a day every month has', () => {
    const upTo28 = anyDay.filter((d) => Number(d.slice(8)) <= 28)
    fc.assert(
      fc.property(upTo28, fc.integer({ min: -240, max: 240 }), (day, n) => {
        expect(addMonths(addMonths(day, n), -n)).toBe(day)
      }),
    )
  })

  it('never goes backwards', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -240, max: 239 }), (day, n) => {
        expect(addMonths(day, n + 1) > addMonths(day, n)).toBe(true)
      }),
    )
  })
})

describe('isWorkingDay', () => {
  it('is Monday to Friday without a calendar', () => {
    // 2 Nov 2026 is a Monday.
    const week = Array.from({ length: 7 }, (_, i) => addCalendarDays('2026-11-02', i))
    expect(week.map((d) => isWorkingDay(d))).toEqual([true, true, true, true, true, false, false])
  })

  it('follows the calendar: holidays off, working weekends on', () => {
    expect(isWorkingDay('2026-11-04', russia2026)).toBe(false)
    const calendar = { holidays: ['2026-11-05'], workingWeekends: ['2026-11-07'] }
    expect(isWorkingDay('2026-11-05', calendar)).toBe(false)
    expect(isWorkingDay('2026-11-07', calendar)).toBe(true)
    expect(isWorkingDay('2026-11-08', calendar)).toBe(false)
  })
})

describe('addWorkingDays', () => {
  it('skips Russia’s National Unity Day: 7 working days from Tuesday 3 November 2026 is Friday the 13th', () => {
    expect(addWorkingDays('2026-11-03', 7, [russia2026], 'ru')).toEqual({ day: '2026-11-13', calendarMissing: false })
    // Without the calendar the 4th counts, and the result says the calendar was missing.
    expect(addWorkingDays('2026-11-03', 7, [], 'ru')).toEqual({ day: '2026-11-12', calendarMissing: true })
  })

  it('reads only the host country’s calendars', () => {
    const bulgaria: HolidayCalendar = { country: 'bg', year: 2026, holidays: ['2026-11-05'], workingWeekends: [] }
    expect(addWorkingDays('2026-11-03', 7, [bulgaria, russia2026], 'ru').day).toBe('2026-11-13')
    expect(addWorkingDays('2026-11-03', 7, [bulgaria], 'ru').calendarMissing).toBe(true)
  })

  it('reads each year’s calendar over New Year, and says when one is missing', () => {
    expect(addWorkingDays('2026-12-28', 7, [russia2026, russia2027], 'ru')).toEqual({
      day: '2027-01-15',
      calendarMissing: false,
    })
    expect(addWorkingDays('2026-12-28', 7, [russia2026], 'ru')).toEqual({ day: '2027-01-07', calendarMissing: true })
    expect(addWorkingDays('2027-01-15', -7, [russia2026, russia2027], 'ru').day).toBe('2026-12-28')
  })

  it('gives the day itself for 0', () => {
    expect(addWorkingDays('2026-11-04', 0, [russia2026], 'ru').day).toBe('2026-11-04')
  })

  /** Random calendars for the years around `day`: any weekday may be a holiday, any weekend day a working day. */
  const withCalendars = anyDay
    .filter((d) => d >= '1901-01-01' && d <= '2198-12-31')
    .chain((day) => {
      const year = Number(day.slice(0, 4))
      const near = fc.integer({ min: -400, max: 400 }).map((n) => addCalendarDays(day, n))
      return fc.record({
        day: fc.constant(day),
        holidays: fc.uniqueArray(near, { maxLength: 60 }),
        workingWeekends: fc.uniqueArray(near, { maxLength: 10 }),
        years: fc.subarray([year - 1, year, year + 1]),
      })
    })
    .map(({ day, holidays, workingWeekends, years }) => ({
      day,
      calendars: years.map((year): HolidayCalendar => ({
        country: 'ru',
        year,
        holidays: holidays.filter((d) => d.startsWith(`${year}-`)),
        workingWeekends: workingWeekends.filter((d) => d.startsWith(`${year}-`) && isoWeekday(d) >= 6),
      })),
    }))

  const isWorking = (calendars: HolidayCalendar[]) => (d: string) =>
    isWorkingDay(
      d,
      calendars.find((c) => c.year === Number(d.slice(0, 4))),
    )

  it('lands on a working day, never a listed holiday, with exactly n working days up to it', () => {
    fc.assert(
      fc.property(withCalendars, fc.integer({ min: 1, max: 60 }), ({ day, calendars }, n) => {
        const { day: due } = addWorkingDays(day, n, calendars, 'ru')
        expect(due > day).toBe(true)
        expect(isWorking(calendars)(due)).toBe(true)
        const year = calendars.find((c) => c.year === Number(due.slice(0, 4)))
        expect(year?.holidays.includes(due) ?? false).toBe(false)
        expect(countBetween(day, due, isWorking(calendars))).toBe(n - 1)
      }),
    )
  })

  it('before mirrors after: the same count backwards, and back to a working start day', () => {
    fc.assert(
      fc.property(withCalendars, fc.integer({ min: 1, max: 60 }), ({ day, calendars }, n) => {
        const { day: back } = addWorkingDays(day, -n, calendars, 'ru')
        expect(back < day).toBe(true)
        expect(isWorking(calendars)(back)).toBe(true)
        expect(countBetween(back, day, isWorking(calendars))).toBe(n - 1)
        const { day: forth } = addWorkingDays(day, n, calendars, 'ru')
        if (isWorking(calendars)(day)) expect(addWorkingDays(forth, -n, calendars, 'ru').day).toBe(day)
      }),
    )
  })

  it('says a calendar is missing exactly when a year it counted through has none', () => {
    fc.assert(
      fc.property(withCalendars, fc.integer({ min: -60, max: 60 }), ({ day, calendars }, n) => {
        const { day: due, calendarMissing } = addWorkingDays(day, n, calendars, 'ru')
        const counted = Array.from({ length: Math.abs(daysBetween(day, due)) }, (_, i) =>
          addCalendarDays(day, n < 0 ? -(i + 1) : i + 1),
        )
        const missing = counted.some((d) => !calendars.some((c) => c.year === Number(d.slice(0, 4))))
        expect(calendarMissing).toBe(missing)
      }),
    )
  })
})
