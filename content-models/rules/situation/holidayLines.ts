import { isRealDate } from '../calendarDate'

/**
 * A holiday calendar's list of days as editors keep it in the admin: one day
 * a line, `YYYY-MM-DD`, optionally followed by a note ("2026-11-04 День
 * народного единства"); empty lines are ignored. Pure, so the admin's check,
 * the importer and the export read the list alike.
 */
export type DayLines = { days: string[] } | { problem: { line: number; text: string; reason: 'notADay' | 'otherYear' } }

const DAY = /^(\d{4}-\d{2}-\d{2})(?:\s.*)?$/

/** The days of a multi-line list, sorted and without repeats, or the first line that is not a day of `year`. */
export function parseDayLines(value: unknown, year?: number): DayLines {
  const days = new Set<string>()
  const lines = typeof value === 'string' ? value.split(/\r\n|\r|\n/) : []
  for (const [i, raw] of lines.entries()) {
    const text = raw.trim()
    if (!text) continue
    const day = DAY.exec(text)?.[1]
    if (!day || !isRealDate(day)) return { problem: { line: i + 1, text, reason: 'notADay' } }
    if (year !== undefined && Number(day.slice(0, 4)) !== year)
      return { problem: { line: i + 1, text, reason: 'otherYear' } }
    days.add(day)
  }
  return { days: [...days].sort() }
}
