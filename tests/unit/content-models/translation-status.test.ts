import { describe, expect, it } from 'vitest'

import type { Locale } from '../../../content-models/locales'
import {
  isOutdated,
  type LocaleFacts,
  translationStatus,
  translationStatuses,
} from '../../../content-models/rules/translationStatus'

type Facts = Partial<Record<Locale, LocaleFacts>>

const JAN = '2026-01-10T12:00:00.000Z'
const FEB = '2026-02-10T12:00:00.000Z'
const MAR = '2026-03-10T12:00:00.000Z'

const live = (textUpdatedAt: string | null): LocaleFacts => ({ hasText: true, published: true, textUpdatedAt })
const draft = (textUpdatedAt: string | null): LocaleFacts => ({ hasText: true, published: false, textUpdatedAt })

describe('isOutdated', () => {
  it('is true only when the original changed after the translation', () => {
    expect(isOutdated(JAN, FEB)).toBe(true)
    expect(isOutdated(FEB, JAN)).toBe(false)
  })

  it('is false when both changed at the same instant', () => {
    expect(isOutdated(FEB, FEB)).toBe(false)
  })

  it('compares instants, not strings, across time-zone offsets', () => {
    // 13:00 in Moscow is 10:00 UTC: earlier than 11:00 UTC although the string sorts later.
    expect(isOutdated('2026-02-10T13:00:00+03:00', '2026-02-10T11:00:00.000Z')).toBe(true)
    expect(isOutdated('2026-02-10T11:00:00.000Z', '2026-02-10T13:00:00+03:00')).toBe(false)
  })

  it('is false when either date is unknown', () => {
    expect(isOutdated(null, FEB)).toBe(false)
    expect(isOutdated(JAN, null)).toBe(false)
    expect(isOutdated(undefined, undefined)).toBe(false)
  })
})

describe('translationStatus', () => {
  it('is missing for a language with no text', () => {
    const facts: Facts = { ru: live(JAN) }
    expect(translationStatus('uz', facts)).toEqual({ state: 'missing', published: false })
    expect(
      translationStatus('uz', { ru: live(JAN), uz: { hasText: false, published: false, textUpdatedAt: null } }),
    ).toEqual({
      state: 'missing',
      published: false,
    })
  })

  it('is published for a translation as new as the original', () => {
    expect(translationStatus('uz', { ru: live(JAN), uz: live(FEB) })).toEqual({ state: 'published', published: true })
  })

  it('is draft for text that was never published', () => {
    expect(translationStatus('uz', { ru: live(JAN), uz: draft(FEB) })).toEqual({ state: 'draft', published: false })
  })

  it('is outdated when the original changed after the translation, with both dates', () => {
    expect(translationStatus('uz', { ru: live(MAR), uz: live(FEB) })).toEqual({
      state: 'outdated',
      published: true,
      translationDate: FEB,
      originalDate: MAR,
    })
  })

  it('marks an outdated draft translation as not published', () => {
    const status = translationStatus('tg', { ru: live(MAR), tg: draft(JAN) })
    expect(status.state).toBe('outdated')
    expect(status.published).toBe(false)
  })

  it('only compares with the Russian original, not with other translations', () => {
    expect(translationStatus('uz', { ru: live(JAN), uz: live(FEB), tg: live(MAR) }).state).toBe('published')
  })

  it('never calls the original itself outdated', () => {
    expect(translationStatus('ru', { ru: live(JAN), uz: live(MAR) })).toEqual({ state: 'published', published: true })
    expect(translationStatus('ru', { ru: draft(JAN) })).toEqual({ state: 'draft', published: false })
  })

  it('is not outdated when the original has no text (nothing to be behind)', () => {
    const facts: Facts = { ru: { hasText: false, published: false, textUpdatedAt: MAR }, uz: live(FEB) }
    expect(translationStatus('uz', facts).state).toBe('published')
  })

  it('is not outdated when a date is missing', () => {
    expect(translationStatus('uz', { ru: live(null), uz: live(FEB) }).state).toBe('published')
    expect(translationStatus('uz', { ru: live(MAR), uz: live(null) }).state).toBe('published')
  })
})

describe('translationStatuses', () => {
  it('gives every language its state at once', () => {
    const all = translationStatuses({ ru: live(MAR), uz: live(FEB), en: live(MAR), ky: draft(MAR) })
    expect(Object.keys(all).sort()).toEqual(['ar', 'bg', 'en', 'ky', 'ru', 'tg', 'uz'])
    expect(all.ru.state).toBe('published')
    expect(all.uz.state).toBe('outdated')
    expect(all.en.state).toBe('published')
    expect(all.ky.state).toBe('draft')
    expect(all.tg.state).toBe('missing')
  })
})
