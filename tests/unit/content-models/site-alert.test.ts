import { describe, expect, it } from 'vitest'

import { isAlertShown } from '../../../content-models/rules/siteAlert'

const now = new Date('2026-05-01T12:00:00.000Z')

describe('isAlertShown', () => {
  it('shows an active alert that expires later', () => {
    expect(isAlertShown({ active: true, expiresAt: '2026-05-02T12:00:00.000Z' }, now)).toBe(true)
    expect(isAlertShown({ active: true, expiresAt: '2026-05-01T12:00:00.001Z' }, now)).toBe(true)
  })

  it('hides an active alert that has expired', () => {
    expect(isAlertShown({ active: true, expiresAt: '2026-04-30T12:00:00.000Z' }, now)).toBe(false)
  })

  it('hides an alert exactly at its expiry time', () => {
    expect(isAlertShown({ active: true, expiresAt: '2026-05-01T12:00:00.000Z' }, now)).toBe(false)
  })

  it('hides an inactive alert even before it expires', () => {
    expect(isAlertShown({ active: false, expiresAt: '2026-05-02T12:00:00.000Z' }, now)).toBe(false)
    expect(isAlertShown({ active: null, expiresAt: '2026-05-02T12:00:00.000Z' }, now)).toBe(false)
  })

  it('hides an alert with no expiry time', () => {
    expect(isAlertShown({ active: true, expiresAt: null }, now)).toBe(false)
    expect(isAlertShown({ active: true }, now)).toBe(false)
  })

  it('compares instants across time-zone offsets', () => {
    // 15:30 in Moscow is 12:30 UTC: after `now`.
    expect(isAlertShown({ active: true, expiresAt: '2026-05-01T15:30:00+03:00' }, now)).toBe(true)
    // 14:30 in Moscow is 11:30 UTC: before `now`.
    expect(isAlertShown({ active: true, expiresAt: '2026-05-01T14:30:00+03:00' }, now)).toBe(false)
  })
})
