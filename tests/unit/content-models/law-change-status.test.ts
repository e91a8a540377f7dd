import { describe, expect, it } from 'vitest'

import { dayIn, lawChangeStatus } from '../../../content-models/rules/lawChangeStatus'

describe('lawChangeStatus, with an end date', () => {
  const effective = '2026-03-01'
  const expiry = '2026-06-01'

  it.each([
    ['long before it takes effect', '2025-12-31', 'upcoming'],
    ['the day before it takes effect', '2026-02-28', 'upcoming'],
    ['on the day it takes effect', '2026-03-01', 'in-force'],
    ['while it applies', '2026-04-15', 'in-force'],
    ['on its last day', '2026-05-31', 'in-force'],
    ['on the end date (it no longer applies)', '2026-06-01', 'expired'],
    ['after the end date', '2027-01-01', 'expired'],
  ] as const)('%s (%s) → %s', (_label, today, expected) => {
    expect(lawChangeStatus(effective, expiry, today)).toBe(expected)
  })

  it('reads stored dates with a time part as calendar days', () => {
    const stored = { effective: '2026-03-01T00:00:00.000Z', expiry: '2026-06-01T00:00:00.000Z' }
    expect(lawChangeStatus(stored.effective, stored.expiry, '2026-02-28')).toBe('upcoming')
    expect(lawChangeStatus(stored.effective, stored.expiry, '2026-03-01')).toBe('in-force')
    expect(lawChangeStatus(stored.effective, stored.expiry, '2026-06-01')).toBe('expired')
  })
})

describe('lawChangeStatus, without an end date', () => {
  it.each([
    ['2026-02-28', 'upcoming'],
    ['2026-03-01', 'in-force'],
    ['2030-01-01', 'in-force'],
  ] as const)('%s → %s', (today, expected) => {
    expect(lawChangeStatus('2026-03-01', undefined, today)).toBe(expected)
  })
})

describe('dayIn', () => {
  it('gives the calendar day in the law’s own time zone', () => {
    // 22:30 UTC on 28 February is already 1 March in Moscow (UTC+3).
    const at = new Date('2026-02-28T22:30:00.000Z')
    expect(dayIn('Europe/Moscow', at)).toBe('2026-03-01')
    expect(dayIn('UTC', at)).toBe('2026-02-28')
    expect(lawChangeStatus('2026-03-01', undefined, dayIn('Europe/Moscow', at))).toBe('in-force')
    expect(lawChangeStatus('2026-03-01', undefined, dayIn('UTC', at))).toBe('upcoming')
  })
})
