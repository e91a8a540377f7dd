import fc from 'fast-check'
import ICAL from 'ical.js'
import { beforeAll, describe, expect, it } from 'vitest'

import {
  calendarLine,
  calendarText,
  reminderOffset,
  stepsCalendar,
  type CalendarStep,
} from '../../../../content-models/rules/situation/calendar-file'

beforeAll(() => {
  // ical.js predates RFC 7986: it reads NAME and X-WR-CALNAME as raw values; they are TEXT.
  ICAL.design.icalendar.property.name = { defaultType: 'text' }
  ICAL.design.icalendar.property['x-wr-calname'] = { defaultType: 'text' }
})

const now = new Date('2026-11-02T20:30:00Z')

const registration: CalendarStep = {
  uid: 'registration@portal.example.org',
  title: 'Регистрация по месту пребывания',
  description: 'Принимающая сторона подаёт уведомление.\nВозьмите паспорт и миграционную карту.',
  url: 'https://portal.example.org/ru/situation/registration',
  due: '2026-11-13',
}

const patent: CalendarStep = {
  uid: 'patent-application@portal.example.org',
  title: 'Patent application',
  description: 'Apply at the migration centre.',
  due: '2026-12-03',
}

/** Parses with ical.js (Mozilla's iCalendar library), which throws on what RFC 5545 forbids. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  return { calendar, events: calendar.getAllSubcomponents('vevent') }
}

const HOSTILE = [
  'Semi; colon, comma \\ backslash \\n not a break',
  'Line one\r\nBEGIN:VEVENT\r\nSUMMARY:forged\r\nEND:VEVENT',
  '🇺🇿 Ro‘yxatdan o‘tish 👨‍👩‍👧 — регистрация',
  'التسجيل لدى الشرطة، خلال ٧ أيام عمل\u200f (Registration)',
  'tab\there, NUL\u0000, bell\u0007, DEL\u007f, NEL\u0085end',
  'x'.repeat(200),
  '日本語'.repeat(40),
]

describe('stepsCalendar', () => {
  it('writes one all-day event per step, on its due day, with a stable UID', () => {
    const { events } = parse(stepsCalendar([registration, patent], { calendarName: 'Мои сроки', reminders: [], now }))
    expect(events).toHaveLength(2)
    const [first, second] = events.map((v) => new ICAL.Event(v))
    expect(first.uid).toBe(registration.uid)
    expect(first.summary).toBe(registration.title)
    expect(first.startDate.isDate).toBe(true)
    expect(first.startDate.toString()).toBe('2026-11-13')
    expect(first.endDate.toString()).toBe('2026-11-14')
    expect(second.startDate.toString()).toBe('2026-12-03')
    expect(second.description).toBe(patent.description)
  })

  it('writes dates as dates, and the same bytes for the same steps', () => {
    const text = stepsCalendar([registration], { calendarName: 'x', reminders: [1], now })
    expect(text).toContain('\r\nDTSTART;VALUE=DATE:20261113\r\n')
    expect(text).toContain('\r\nDTSTAMP:20261102T203000Z\r\n')
    expect(stepsCalendar([registration], { calendarName: 'x', reminders: [1], now })).toBe(text)
  })

  it('puts the link in the description too, since not every app shows URL', () => {
    const [event] = parse(stepsCalendar([registration], { calendarName: 'x', reminders: [], now })).events
    expect(event.getFirstPropertyValue('url')).toBe(registration.url)
    expect(new ICAL.Event(event).description).toBe(`${registration.description}\n\n${registration.url}`)
  })

  it('leaves out a link that is not http(s), and keeps commas and semicolons of one that is', () => {
    const steps = [
      { ...patent, url: 'javascript:alert(1)' },
      { ...patent, url: 'not a url' },
      { ...patent, url: 'https://portal.example.org/a,b?x=1;2\r\nX-EVIL:1' },
    ]
    const text = stepsCalendar(steps, { calendarName: 'x', reminders: [], now })
    expect(text).not.toContain('javascript')
    expect(text).not.toMatch(/^X-EVIL/m)
    const urls = parse(text).events.map((v) => v.getFirstPropertyValue('url'))
    expect(urls).toEqual([null, null, 'https://portal.example.org/a%2Cb?x=1%3B2X-EVIL:1'])
  })

  it('rings each reminder at 09:00, the given number of days before (0: on the day)', () => {
    const text = stepsCalendar([registration], { calendarName: 'x', reminders: [1, 3, 0, 3], now })
    const [event] = parse(text).events
    const alarms = event.getAllSubcomponents('valarm')
    expect(alarms.map((a) => a.getFirstPropertyValue('action'))).toEqual(['DISPLAY', 'DISPLAY', 'DISPLAY'])
    expect(alarms.map((a) => a.getFirstPropertyValue('description'))).toEqual(Array(3).fill(registration.title))
    const triggers = alarms.map((a) => a.getFirstProperty('trigger')!)
    expect(triggers.map((t) => String(t.getFirstValue()))).toEqual(['-P2DT15H', '-PT15H', 'PT9H'])
    expect(triggers.map((t) => t.getParameter('related'))).toEqual(['START', 'START', 'START'])
    // From the start of the due day (midnight, in the phone's zone): 09:00 on the 10th, the 12th and the 13th.
    const start = new ICAL.Event(event).startDate
    const rings = triggers.map((t) => {
      const at = start.clone()
      at.isDate = false
      at.addDuration(t.getFirstValue() as ICAL.Duration)
      return at.toString()
    })
    expect(rings).toEqual(['2026-11-10T09:00:00', '2026-11-12T09:00:00', '2026-11-13T09:00:00'])
  })

  it('refuses reminders that are not whole days from 0, an empty UID and due days that do not exist', () => {
    expect(() => stepsCalendar([patent], { calendarName: 'x', reminders: [-1], now })).toThrow(RangeError)
    expect(() => stepsCalendar([patent], { calendarName: 'x', reminders: [0.5], now })).toThrow(RangeError)
    expect(() => stepsCalendar([{ ...patent, uid: '\r\n' }], { calendarName: 'x', reminders: [], now })).toThrow(
      RangeError,
    )
    expect(() => stepsCalendar([{ ...patent, due: '2027-02-29' }], { calendarName: 'x', reminders: [], now })).toThrow(
      RangeError,
    )
  })

  it('writes CRLF lines of at most 75 octets, folded between characters', () => {
    const steps = HOSTILE.map((title, i) => ({ ...registration, uid: `${i}@x`, title, description: title }))
    const text = stepsCalendar(steps, { calendarName: HOSTILE.join(' '), reminders: [2], now })
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true)
    const lines = text.slice(0, -2).split('\r\n')
    expect(lines.filter((l) => /[\r\n]/.test(l))).toEqual([])
    expect(lines.filter((l) => new TextEncoder().encode(l).length > 75)).toEqual([])
    // No line ends in half a surrogate pair (an emoji split in two would not be UTF-8).
    expect(lines.filter((l) => /[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/.test(l))).toEqual([])
    expect(lines.some((l) => l.startsWith(' '))).toBe(true)
  })

  it('keeps hostile text: one-line fields on one line, the description’s line breaks as LF, controls gone', () => {
    const steps = HOSTILE.map((text, i) => ({ uid: `${text}#${i}`, title: text, description: text, due: '2026-11-13' }))
    const file = stepsCalendar(steps, { calendarName: HOSTILE[1] + HOSTILE[3], reminders: [1], now })
    const { calendar, events } = parse(file)
    expect(events).toHaveLength(HOSTILE.length)
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(calendarLine(HOSTILE[1] + HOSTILE[3]))
    expect(calendar.getFirstPropertyValue('name')).toBe(calendarLine(HOSTILE[1] + HOSTILE[3]))
    events.forEach((vevent, i) => {
      const event = new ICAL.Event(vevent)
      expect(event.uid).toBe(calendarLine(`${HOSTILE[i]}#${i}`))
      expect(event.summary).toBe(calendarLine(HOSTILE[i]))
      expect(event.description).toBe(calendarText(HOSTILE[i]))
      expect(vevent.getFirstSubcomponent('valarm')!.getFirstPropertyValue('description')).toBe(calendarLine(HOSTILE[i]))
    })
    // Text without line breaks or controls comes back exactly as given.
    expect(events[0].getFirstPropertyValue('summary')).toBe(HOSTILE[0])
    expect(events[2].getFirstPropertyValue('summary')).toBe(HOSTILE[2])
    expect(events[3].getFirstPropertyValue('summary')).toBe(HOSTILE[3])
    expect(calendarText(HOSTILE[4])).toBe('tab\there, NUL, bell, DEL, NEL\nend')
    expect(calendarLine(HOSTILE[1])).toBe('Line one BEGIN:VEVENT SUMMARY:forged END:VEVENT')
  })

  it('round-trips any text, through escaping and folding', () => {
    const text = fc.string({ unit: 'binary', maxLength: 120 })
    fc.assert(
      fc.property(text, text, text, (title, description, name) => {
        const file = stepsCalendar([{ uid: `u${title}`, title, description, due: '2026-11-13' }], {
          calendarName: name,
          reminders: [1],
          now,
        })
        const { calendar, events } = parse(file)
        expect(events).toHaveLength(1)
        const event = new ICAL.Event(events[0])
        expect(event.summary).toBe(calendarLine(title))
        expect(event.uid).toBe(calendarLine(`u${title}`))
        expect(event.description ?? '').toBe(calendarText(description))
        expect(calendar.getFirstPropertyValue('x-wr-calname') ?? '').toBe(calendarLine(name))
      }),
      { numRuns: 300 },
    )
  })

  it('places reminders from the start of the day', () => {
    expect([0, 1, 3].map(reminderOffset)).toEqual([-9 * 3600, 15 * 3600, 2 * 86400 + 15 * 3600])
  })
})
