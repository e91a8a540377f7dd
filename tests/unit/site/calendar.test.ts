import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import ICAL from 'ical.js'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import type { SiteContent, SiteEvent } from '../../../site/data/types'

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
    ru: { title: `Встреча: патент, регистрация; «вопросы»`, summary: 'Юрист ответит на вопросы.', html: '', address: 'ул. Примерная, 1', updatedAt: '2026-11-01T08:00:00.000Z' },
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
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'portal-ics-')), 'content.json')
  fs.writeFileSync(file, JSON.stringify(content))
  process.env.PORTAL_CONTENT_FILE = file
  calendar = await import('../../../site/utils/calendar')
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
