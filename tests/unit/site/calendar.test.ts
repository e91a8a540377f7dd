import ICAL from 'ical.js'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import type { SiteContent, SiteEvent } from '../../../site/data/types'
import { withSnapshot } from '../../helpers/site-content'

const event = (slug: string, start: string, end: string, extra: Partial<SiteEvent> = {}): SiteEvent => ({
  slug,
  eventKind: 'information-meeting',
  start,
  end,
  timeZone: 'Asia/Yekaterinburg',
  country: 'ru',
  languages: ['ru', 'uz'],
  topics: [],
  translations: {
    ru: {
      title: `Встреча: патент, регистрация; «вопросы»`,
      summary: 'Юрист ответит на вопросы.',
      html: '',
      address: 'ул. Примерная, 1',
      updatedAt: '2026-11-01T08:00:00.000Z',
    },
  },
  ...extra,
})

const content: SiteContent = {
  generatedAt: '2026-11-21T12:00:00.000Z',
  topics: [],
  regions: [],
  articles: [],
  helpCentres: [],
  glossary: [],
  events: [
    event('perm-meeting', '2027-01-15T05:00:00.000Z', '2027-01-15T07:00:00.000Z'),
    event('online-uz', '2026-12-10T16:00:00.000Z', '2026-12-10T17:30:00.000Z', {
      onlineUrl: 'https://meet.example.org/x',
      translations: { uz: { title: 'Onlayn uchrashuv', html: '', updatedAt: '2026-11-02T08:00:00.000Z' } },
    }),
    event('last-month', '2026-10-01T05:00:00.000Z', '2026-10-01T07:00:00.000Z'),
  ],
}

let calendar: typeof import('../../../site/utils/calendar')
let site: typeof import('../../../site/utils/content')

beforeAll(async () => {
  calendar = await withSnapshot(content, () => import('../../../site/utils/calendar'))
  site = await import('../../../site/utils/content')
})

/** Parses with ical.js (Mozilla's iCalendar library): throws on anything RFC 5545 forbids. */
function parse(text: string) {
  const component = new ICAL.Component(ICAL.parse(text))
  return component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
}

describe('.ics calendars', () => {
  const site_ = new URL('https://portal.example.org')

  it('parse back with the exact start, end, title and place of each event', () => {
    const text = calendar.eventsCalendar([content.events[0]], 'ru', site_, 'Мероприятия')
    const [e] = parse(text)
    expect(e.summary).toBe('Встреча: патент, регистрация; «вопросы»')
    expect(e.startDate.toJSDate().toISOString()).toBe('2027-01-15T05:00:00.000Z')
    expect(e.endDate.toJSDate().toISOString()).toBe('2027-01-15T07:00:00.000Z')
    expect(e.location).toBe('ул. Примерная, 1')
    expect(e.uid).toBe('perm-meeting@portal.example.org')
    expect(e.description).toContain('https://portal.example.org/ru/events/perm-meeting/')
  })

  it('uses the fallback language for an event not translated into the reader’s, and its online link as place', () => {
    const [e] = parse(calendar.eventsCalendar([content.events[1]], 'tg', site_, 'Чорабиниҳо'))
    expect(e.summary).toBe('Onlayn uchrashuv')
    expect(e.location).toBe('https://meet.example.org/x')
    expect(e.description).toContain('/uz/events/online-uz/')
  })

  it('builds the same bytes for the same content (no build-time stamps)', () => {
    const a = calendar.eventsCalendar(content.events, 'ru', site_, 'x')
    // A build a year later: nothing in the file may come from the clock.
    vi.useFakeTimers({ now: new Date('2027-11-01T00:00:00Z') })
    const b = calendar.eventsCalendar(content.events, 'ru', site_, 'x')
    vi.useRealTimers()
    expect(a).toBe(b)
  })

  it('the upcoming feed leaves out events that ended before the build', () => {
    const { upcoming, past } = site.eventsByTime()
    expect(upcoming.map((e) => e.slug)).toEqual(['online-uz', 'perm-meeting'])
    expect(past.map((e) => e.slug)).toEqual(['last-month'])
    const uids = parse(calendar.eventsCalendar(upcoming, 'ru', site_, 'x')).map((e) => e.uid)
    expect(uids).toEqual(['online-uz@portal.example.org', 'perm-meeting@portal.example.org'])
  })
})

/**
 * Editors' text reaches the .ics through the event's title (also the per-event
 * file's calendar name), summary, address and online link; a line break in any
 * of them must not start a new iCalendar line, or a title can forge events.
 */
describe('.ics calendars with hostile text', () => {
  const site_ = new URL('https://portal.example.org')
  const forged = 'END:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:pay at evil.example'
  const hostile = (title: string, extra: Partial<SiteEvent> = {}) =>
    event('perm-meeting', '2027-01-15T05:00:00.000Z', '2027-01-15T07:00:00.000Z', {
      translations: { ru: { title, html: '', updatedAt: '2026-11-01T08:00:00.000Z' } },
      ...extra,
    })
  /** The per-event file, as site/pages/[locale]/events/[slug].ics.ts builds it: the title is also the calendar's name. */
  const perEventIcs = (e: SiteEvent) => calendar.eventsCalendar([e], 'ru', site_, e.translations.ru!.title)
  /** Content lines (RFC 5545 §3.1): folded continuation lines joined back to the line they continue. */
  const contentLines = (text: string) => text.replace(/\r\n[ \t]/g, '').split('\r\n')
  /** The property name each content line starts with. */
  const propertyNames = (text: string) => contentLines(text).map((line) => line.split(/[:;]/, 1)[0])

  // Line breaks a parser or a calendar app may split on: RFC 5545's CRLF, bare
  // CR and LF, and the Unicode ones (NEL, LS, PS, VT, FF).
  it.each([
    ['CRLF', '\r\n'],
    ['LF', '\n'],
    ['CR', '\r'],
    ['U+0085', '\u0085'],
    ['U+2028', '\u2028'],
    ['U+2029', '\u2029'],
    ['U+000B', '\u000B'],
    ['U+000C', '\u000C'],
  ])('a title with %s line breaks stays one event, one summary and one calendar name', (_, br) => {
    const title = `Встреча${br}${forged.replaceAll('\r\n', br)}`
    const text = perEventIcs(hostile(title))
    const events = parse(text)
    expect(events).toHaveLength(1)
    // Line breaks in single-line values are folded to one space.
    expect(events[0].summary).toBe('Встреча END:VEVENT BEGIN:VEVENT SUMMARY:pay at evil.example')
    // Every line starts with a property the benign file has, in the same order.
    expect(propertyNames(text)).toEqual(propertyNames(perEventIcs(hostile('Встреча'))))
    const calName = contentLines(text).filter((line) => line.startsWith('X-WR-CALNAME'))
    expect(calName).toEqual(['X-WR-CALNAME:Встреча END:VEVENT BEGIN:VEVENT SUMMARY:pay at evil.example'])
  })

  it('escapes the calendar name as RFC 5545 TEXT (commas, semicolons, backslashes)', () => {
    const text = perEventIcs(hostile('Патент, регистрация; C:\\docs'))
    const lines = contentLines(text)
    expect(lines).toContain('NAME:Патент\\, регистрация\\; C:\\\\docs')
    expect(lines).toContain('X-WR-CALNAME:Патент\\, регистрация\\; C:\\\\docs')
    expect(parse(text)[0].summary).toBe('Патент, регистрация; C:\\docs')
  })

  it('drops control characters and keeps the summary’s own line breaks in the description', () => {
    const e = hostile('', {
      translations: {
        ru: {
          title: 'Встреча\u0000\u0007\u007F\u009B',
          summary: `Первая строка\u2028${forged}\u0001`,
          address: `ул. Примерная, 1\r\nX-INJ:1`,
          html: '',
          updatedAt: '2026-11-01T08:00:00.000Z',
        },
      },
    })
    const text = perEventIcs(e)
    const [parsed] = parse(text)
    expect(parsed.summary).toBe('Встреча')
    expect(contentLines(text)).toContain('X-WR-CALNAME:Встреча')
    expect(parsed.description).toBe(
      `Первая строка\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:pay at evil.example\n\nhttps://portal.example.org/ru/events/perm-meeting/`,
    )
    expect(parsed.location).toBe('ул. Примерная, 1 X-INJ:1')
    expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/)
    const benign = {
      ru: {
        title: 'Встреча',
        summary: 'Текст',
        address: 'ул. Примерная, 1',
        html: '',
        updatedAt: '2026-11-01T08:00:00.000Z',
      },
    }
    expect(propertyNames(text)).toEqual(propertyNames(perEventIcs(hostile('Встреча', { translations: benign }))))
  })

  it('keeps an online link and a slug with line breaks on their own lines', () => {
    const e = {
      ...content.events[1],
      slug: 'online-uz\r\nX-INJ:1',
      onlineUrl: 'https://meet.example.org/x\r\nX-INJ:1',
    }
    const text = calendar.eventsCalendar([e], 'uz', site_, 'x')
    const [parsed] = parse(text)
    expect(parsed.location).toBe('https://meet.example.org/x X-INJ:1')
    expect(parsed.uid).toBe('online-uz X-INJ:1@portal.example.org')
    expect(contentLines(text).filter((line) => line.startsWith('X-INJ'))).toEqual([])
  })

  it('never writes the event’s time zone, so a bad zone from old data can neither break the file nor the build', () => {
    // Times are UTC instants; the zone is only for showing local time on the page.
    const text = perEventIcs(hostile('Встреча', { timeZone: 'Europe/Moscow\r\nX-INJ:1' }))
    expect(parse(text)).toHaveLength(1)
    expect(text).not.toContain('Europe/Moscow')
    expect(text).not.toContain('X-INJ')
  })
})
