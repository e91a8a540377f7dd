import { describe, expect, it } from 'vitest'

import { changedSinceReview, reviewHolds } from '../../../content-models/rules/legalReview'

describe('whether a legal review still vouches for a text', () => {
  it('holds for text last changed on or before the day of the review', () => {
    expect(reviewHolds({ reviewedAt: '2026-10-15' }, '2026-10-01T09:00:00.000Z')).toBe(true)
    expect(reviewHolds({ reviewedAt: '2026-10-15' }, '2026-10-15T23:00:00.000Z')).toBe(true)
  })

  it('no longer holds once the text changed on a later day', () => {
    expect(reviewHolds({ reviewedAt: '2026-10-15' }, '2026-10-16T00:00:01.000Z')).toBe(false)
  })

  it('holds for text saved before the review date was entered, whatever its day (an import of reviewed text)', () => {
    const review = { reviewedAt: '2026-03-01', reviewRecordedAt: '2026-11-29T10:00:00.500Z' }
    expect(reviewHolds(review, '2026-11-29T10:00:00.400Z')).toBe(true)
    expect(reviewHolds(review, '2026-11-29T10:00:00.500Z')).toBe(true)
    expect(reviewHolds(review, '2026-11-30T08:00:00.000Z')).toBe(false)
  })

  it('says nothing of an article never reviewed or a text never dated', () => {
    expect(reviewHolds({}, '2026-11-30T08:00:00.000Z')).toBe(true)
    expect(reviewHolds({ reviewedAt: '2026-10-15' }, null)).toBe(true)
  })

  it('names the languages whose text changed since, among those asked about', () => {
    const dates = { ru: '2026-10-01T00:00:00Z', uz: '2026-11-02T00:00:00Z', tg: '2026-11-03T00:00:00Z' }
    expect(changedSinceReview({ reviewedAt: '2026-10-15' }, dates, ['ru', 'uz', 'ky'])).toEqual(['uz'])
    expect(changedSinceReview({}, dates, ['ru', 'uz', 'tg'])).toEqual([])
  })
})
