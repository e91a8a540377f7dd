import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import type { SiteContent, SiteEvent } from '../../../site/data/types'
import { useTranslations } from '../../../site/i18n'
import { withSnapshot } from '../../helpers/site-content'

const event = (slug: string, start: string, extra: Partial<SiteEvent> = {}): SiteEvent => ({
  slug,
  eventKind: 'information-meeting',
  start,
  end: start.replace('T10:', 'T12:'),
  timeZone: 'Europe/Moscow',
  country: 'ru',
  languages: ['ru'],
  topics: [],
  translations: { ru: { title: slug, html: '', updatedAt: '2026-11-01T00:00:00.000Z' } },
  ...extra,
})

/** Built on 21 November 2026: `perm` is over, the others are to come. */
const content: SiteContent = {
  generatedAt: '2026-11-21T12:00:00.000Z',
  topics: [],
  regions: [
    { slug: 'perm-krai', country: 'ru', names: { ru: 'Пермский край', en: 'Perm Krai' } },
    // Sorted apart in Russian and English; no Uzbek name.
    { slug: 'moscow', country: 'ru', names: { ru: 'Москва', en: 'Zelenograd (Moscow)' } },
    { slug: 'sofia-city', country: 'bg', names: { ru: 'София', en: 'Sofia', bg: 'София-град' } },
  ],
  articles: [],
  helpCentres: [],
  glossary: [],
  events: [
    event('ekb-later', '2027-01-24T10:00:00.000Z', { region: 'perm-krai' }),
    event('perm', '2026-09-19T10:00:00.000Z', { region: 'perm-krai' }),
    event('online-moscow', '2026-12-10T10:00:00.000Z', { region: 'moscow', onlineUrl: 'https://meet.example.org/a' }),
    event('russia-wide', '2026-12-01T10:00:00.000Z'),
    event('sofia', '2026-12-05T10:00:00.000Z', { country: 'bg', region: 'sofia-city' }),
    event('everyone', '2026-12-20T10:00:00.000Z', {
      country: 'all',
      region: 'moscow',
      onlineUrl: 'https://meet.example.org/b',
    }),
  ],
}

let places: typeof import('../../../site/utils/event-places')

beforeAll(async () => {
  places = await withSnapshot(content, () => import('../../../site/utils/event-places'))
})

const slugs = (events: SiteEvent[]) => events.map((e) => e.slug)

describe('event places', () => {
  it('are the countries with events, most events first, online events for every country last', () => {
    const all = places.eventPlaces('ru')
    expect(all.map((c) => c.country)).toEqual(['ru', 'bg', 'all'])
    expect(slugs(all[0].events)).toEqual(['perm', 'russia-wide', 'online-moscow', 'ekb-later'])
  })

  it('list an online event for a country under that country and region', () => {
    expect(slugs(places.eventRegion('ru', 'ru', 'moscow')!.events)).toEqual(['online-moscow'])
  })

  it('keep events open to every country apart, with no regions, and name them as such', () => {
    const every = places.eventCountry('en', places.EVERY_COUNTRY)!
    expect(slugs(every.events)).toEqual(['everyone'])
    expect(every.regions).toEqual([])
    expect(places.countryLabel('all', useTranslations('en'))).toBe('Online, open to every country')
    expect(places.countryLabel('bg', useTranslations('uz'))).toBe('Bolgariya')
  })

  it('have only the regions with events, by name in the reader’s language, marked when in another', () => {
    const names = (locale: 'ru' | 'en' | 'uz') => places.eventCountry(locale, 'ru')!.regions.map((r) => r.name)
    expect(names('ru')).toEqual([
      { text: 'Москва', lang: 'ru' },
      { text: 'Пермский край', lang: 'ru' },
    ])
    expect(names('en').map((n) => n.text)).toEqual(['Perm Krai', 'Zelenograd (Moscow)'])
    expect(names('uz').every((n) => n.lang !== 'uz')).toBe(true)
    expect(places.eventRegion('ru', 'ru', 'sofia-city')).toBeUndefined()
    expect(places.eventCountry('ru', 'kg')).toBeUndefined()
  })

  it('split into upcoming and past as the events page does', () => {
    const { upcoming, past } = places.byTime(places.eventCountry('ru', 'ru')!.events)
    expect(slugs(upcoming)).toEqual(['russia-wide', 'online-moscow', 'ekb-later'])
    expect(slugs(past)).toEqual(['perm'])
  })
})

describe('event place pages in an incremental build', () => {
  afterEach(() => {
    ;(globalThis as Record<symbol, unknown>)[Symbol.for('portal.page-inputs')] = undefined
  })

  it('record the events’ places and the clock, though the places were first listed in getStaticPaths', async () => {
    vi.resetModules()
    const deps = await import('../../../site/data/dependencies')
    deps.startRecording()
    const fresh = await withSnapshot(content, () => import('../../../site/utils/event-places'))
    fresh.eventPlaces('ru') // getStaticPaths: no page open
    deps.openPage('/ru/events/in/ru/perm-krai/')
    fresh.byTime(fresh.eventRegion('ru', 'ru', 'perm-krai')!.events)
    deps.openPage(undefined)
    const keys = deps.recorder()!.pages.get('/ru/events/in/ru/perm-krai/')!
    // An event moved to another place, a new one, a renamed region, an event ending: each renders the page again.
    expect(keys).toEqual(
      expect.arrayContaining([
        'clock:events',
        'events',
        'event:everyone#country',
        'event:sofia#region',
        'region:perm-krai#names',
      ]),
    )
  })
})
