import ical, { ICalAlarmRelatesTo, ICalAlarmType } from 'ical-generator'

import { addCalendarDays, isDay } from './days'

/**
 * The reader's deadlines as an iCalendar file (RFC 5545) to add to their
 * phone's calendar, made on the phone by the "My situation" island (and by
 * the tests). ical-generator does the writing: it has no Node imports, escapes
 * SUMMARY and DESCRIPTION and folds lines at 75 octets by UTF-8 length; the
 * values it writes as given (calendar name, UID, URL) are made safe here.
 */

/** One step with its deadline, in the reader's language. */
export interface CalendarStep {
  /** Stable across downloads (e.g. `<step slug>@<site host>`), so importing the file again updates the entry instead of adding one. */
  uid: string
  title: string
  description: string
  /** The step's page; an absolute http(s) URL, or it is left out. */
  url?: string
  /** The last day, YYYY-MM-DD. */
  due: string
}

export interface CalendarFileOptions {
  calendarName: string
  /** Reminders, in days before the due day (0: on the day); each fires at 09:00 in the phone's zone. */
  reminders: number[]
  /** DTSTAMP, when the file was made; now by default. */
  now?: Date
}

/**
 * When a reminder fires: 09:00 on the day `daysBefore` days before the due
 * day. An all-day event starts at midnight of its day in the phone's own zone,
 * so "3 days before" as `-P3D` would ring at midnight; 9 hours later is
 * `-P2DT15H` (and `PT9H` on the day itself). Apple Calendar's own all-day
 * reminders fire at 09:00 too.
 */
const REMINDER_HOUR = 9

/** Seconds before the start of the due day at which a reminder `daysBefore` days earlier fires. */
export function reminderOffset(daysBefore: number): number {
  return daysBefore * 86_400 - REMINDER_HOUR * 3_600
}

/** C0 controls but tab and line breaks, DEL and C1: not allowed in an iCalendar value (RFC 5545 §3.1, CONTROL). */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g

/** Multi-line text as the file keeps it: line breaks as LF (the only one a TEXT value has), other controls gone. */
export function calendarText(text: string): string {
  return text.replace(LINE_BREAK, '\n').replace(CONTROL, '')
}

/** One-line text as the file keeps it: each line break becomes a space, controls go. */
export function calendarLine(text: string): string {
  return calendarText(text).replace(/\n/g, ' ')
}

/** A TEXT value (RFC 5545 §3.3.11) for the properties ical-generator writes as given. */
function escapedLine(text: string): string {
  return calendarLine(text).replace(/[\\;,]/g, '\\$&')
}

/**
 * An absolute http(s) URL as a URI value, or undefined. The URL parser drops
 * tabs and line breaks; commas and semicolons are percent-encoded because
 * ical-generator escapes them with a backslash, which a URI value does not
 * undo.
 */
function uriValue(url: string | undefined): string | undefined {
  if (!url) return undefined
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return undefined
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined
  return parsed.href.replace(/[,;\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

/**
 * The iCalendar file (CRLF lines, folded at 75 octets) with one all-day event
 * per step on its due day, each with a display alarm per reminder. The title
 * becomes one line; the description keeps its line breaks and gets the
 * step's link after a blank line, since not every calendar app shows URL.
 * Dates are written as dates (DTSTART;VALUE=DATE): no time zone can move them.
 */
export function stepsCalendar(steps: CalendarStep[], options: CalendarFileOptions): string {
  const reminders = [...new Set(options.reminders)].sort((a, b) => b - a)
  for (const days of reminders) {
    if (!Number.isSafeInteger(days) || days < 0)
      throw new RangeError(`A reminder is a whole number of days from 0, not ${days}`)
  }
  const calendar = ical({
    name: escapedLine(options.calendarName),
    prodId: { company: 'migrant-portal', product: 'my-situation', language: 'EN' },
  })
  for (const step of steps) {
    if (!isDay(step.due)) throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${JSON.stringify(step.due)}`)
    // An empty UID would make ical-generator invent a random one, and a second download would duplicate the entry.
    const uid = escapedLine(step.uid)
    if (!uid.trim()) throw new RangeError(`A step needs a UID, not ${JSON.stringify(step.uid)}`)
    const url = uriValue(step.url)
    const summary = calendarLine(step.title)
    const event = calendar.createEvent({
      id: uid,
      allDay: true,
      // Noon UTC: ical-generator writes an all-day date from the UTC calendar day.
      start: new Date(`${step.due}T12:00:00Z`),
      end: new Date(`${addCalendarDays(step.due, 1)}T12:00:00Z`),
      stamp: options.now ?? new Date(),
      summary,
      description: [calendarText(step.description), url].filter(Boolean).join('\n\n'),
      url,
    })
    for (const days of reminders) {
      // RELATED=START set by the method (the constructor ignores the option): without it, ical-generator
      // relates an alarm after the start (the one on the day) to the END, the next midnight.
      event
        .createAlarm({ type: ICalAlarmType.display, trigger: reminderOffset(days), description: summary })
        .relatesTo(ICalAlarmRelatesTo.start)
    }
  }
  // Every content line ends in CRLF (RFC 5545 §3.1), the last one too.
  return `${calendar.toString()}\r\n`
}
