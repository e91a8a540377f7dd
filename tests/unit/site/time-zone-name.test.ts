import { describe, expect, it } from 'vitest'

import { type Locale, localeCodes } from '../../../content-models/locales'
import { eventTimeZones } from '../../../content-models/taxonomy'
import { formatDate, formatRange } from '../../../site/utils/format'
import { eventWhen, timeZonePhrase } from '../../../site/utils/time-zone-name'

const winter = '2027-01-15T07:00:00Z'
const summer = '2027-07-15T07:00:00Z'

/** Perm as its help centre names it in each language. */
const perm: Record<Locale, string> = {
  ru: 'Пермь',
  uz: 'Perm',
  tg: 'Перм',
  ky: 'Пермь',
  en: 'Perm',
  bg: 'Перм',
  ar: 'بيرم',
}

const phrases: Record<Locale, { perm: string; sofiaWinter: string; sofiaSummer: string }> = {
  ru: { perm: 'время Перми, UTC+5', sofiaWinter: 'время Софии, UTC+2', sofiaSummer: 'время Софии, UTC+3' },
  uz: { perm: 'Perm vaqti, UTC+5', sofiaWinter: 'Sofiya vaqti, UTC+2', sofiaSummer: 'Sofiya vaqti, UTC+3' },
  tg: { perm: 'вақти Перм, UTC+5', sofiaWinter: 'вақти София, UTC+2', sofiaSummer: 'вақти София, UTC+3' },
  ky: { perm: 'Пермь убактысы, UTC+5', sofiaWinter: 'София убактысы, UTC+2', sofiaSummer: 'София убактысы, UTC+3' },
  en: { perm: 'Perm time, UTC+5', sofiaWinter: 'Sofia time, UTC+2', sofiaSummer: 'Sofia time, UTC+3' },
  bg: {
    perm: 'местно време в Перм, UTC+5',
    sofiaWinter: 'местно време в София, UTC+2',
    sofiaSummer: 'местно време в София, UTC+3',
  },
  ar: { perm: 'توقيت بيرم، UTC+5', sofiaWinter: 'توقيت صوفيا، UTC+2', sofiaSummer: 'توقيت صوفيا، UTC+3' },
}

describe('timeZonePhrase', () => {
  for (const locale of localeCodes) {
    const expected = phrases[locale]
    it(`names Perm and Sofia time in ${locale}, with the offset of the day`, () => {
      const got = [
        timeZonePhrase('Asia/Yekaterinburg', winter, locale, perm[locale]),
        timeZonePhrase('Asia/Yekaterinburg', summer, locale, perm[locale]),
        timeZonePhrase('Europe/Sofia', winter, locale),
        timeZonePhrase('Europe/Sofia', summer, locale),
      ]
      expect(got).toEqual([expected.perm, expected.perm, expected.sofiaWinter, expected.sofiaSummer])
      for (const phrase of got) expect(phrase).not.toContain('/')
    })
  }

  it('names every event zone in every language without its IANA name', () => {
    for (const zone of eventTimeZones)
      for (const locale of localeCodes) {
        const phrase = timeZonePhrase(zone, summer, locale)
        expect(phrase).not.toContain('/')
        expect(phrase).toMatch(/UTC/)
      }
  })

  it('falls back to the zone’s city when a Russian city has no known genitive', () => {
    expect(timeZonePhrase('Asia/Yekaterinburg', winter, 'ru', 'Кудымкар')).toBe('время Екатеринбурга, UTC+5')
    expect(timeZonePhrase('Asia/Yekaterinburg', winter, 'ru')).toBe('время Екатеринбурга, UTC+5')
  })

  it('names UTC and unknown zones by their offset only', () => {
    expect(timeZonePhrase('UTC', winter, 'ru')).toBe('UTC')
    expect(timeZonePhrase('Europe/London', summer, 'en')).toBe('UTC+1')
    expect(timeZonePhrase('Not/AZone', summer, 'en')).toBe('UTC')
  })

  it('puts the phrase after the time on one line', () => {
    const event = { start: '2026-09-19T06:00:00Z', end: '2026-09-19T08:00:00Z', timeZone: 'Asia/Yekaterinburg' }
    const when = eventWhen(event, 'ru', 'Пермь')
    expect(when).toBe(`${formatRange(event.start, event.end, event.timeZone, 'ru')} (время Перми, UTC+5)`)
    expect(when.replace(/\s/g, ' ')).toBe('суббота, 19 сентября 2026 г., 11:00–13:00 (время Перми, UTC+5)')
  })
})

const dates: Record<Locale, [string, string]> = {
  ru: ['5 февраля 2027 г.', '21 ноября 2026 г.'],
  uz: ['2027-yil 5-fevral', '2026-yil 21-noyabr'],
  tg: ['5 феврали 2027', '21 ноябри 2026'],
  ky: ['2027-жылдын 5-февралы', '2026-жылдын 21-ноябры'],
  en: ['February 5, 2027', 'November 21, 2026'],
  bg: ['5 февруари 2027 г.', '21 ноември 2026 г.'],
  ar: ['5 فبراير 2027', '21 نوفمبر 2026'],
}

describe('formatDate', () => {
  for (const locale of localeCodes) {
    it(`writes 5 February 2027 and 21 November 2026 as ${locale} does`, () => {
      expect([formatDate('2027-02-05', locale), formatDate('2026-11-21T10:00:00Z', locale)]).toEqual(dates[locale])
    })
  }
})

describe('formatRange', () => {
  it('writes Tajik, Kyrgyz and Uzbek times from the tables, in the event’s zone', () => {
    const [start, end] = ['2027-02-05T05:00:00Z', '2027-02-05T07:00:00Z']
    expect(formatRange(start, end, 'Asia/Yekaterinburg', 'tg')).toBe('ҷумъа, 5 феврали 2027, 10:00–12:00')
    expect(formatRange(start, end, 'Asia/Yekaterinburg', 'ky')).toBe('жума, 2027-жылдын 5-февралы, 10:00–12:00')
    expect(formatRange(start, end, 'Asia/Yekaterinburg', 'uz')).toBe('juma, 2027-yil 5-fevral, 10:00–12:00')
    expect(formatRange(start, '2027-02-06T07:00:00Z', 'Europe/Sofia', 'tg')).toBe(
      'ҷумъа, 5 феврали 2027, 07:00 – шанбе, 6 феврали 2027, 09:00',
    )
  })
})
