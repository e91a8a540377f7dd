import { describe, expect, it } from 'vitest'

import { siteClock } from '../../../scripts/site/site-clock'

describe('the moment the site is built as of', () => {
  it('is now unless SITE_AS_OF says otherwise', () => {
    const before = Date.now()
    const clock = siteClock({})
    expect(clock.pinned).toBe(false)
    expect(clock.now.getTime()).toBeGreaterThanOrEqual(before)
    expect(clock.now.getTime()).toBeLessThanOrEqual(Date.now())
  })

  it('reads a day as its first moment in UTC, and a date and time with its offset', () => {
    expect(siteClock({ SITE_AS_OF: '2027-01-01' })).toEqual({ now: new Date('2027-01-01T00:00:00Z'), pinned: true })
    expect(siteClock({ SITE_AS_OF: '2027-01-01T09:00:00+03:00' }).now.toISOString()).toBe('2027-01-01T06:00:00.000Z')
  })

  it('refuses what is not a date, naming the variable and a correct form', () => {
    for (const wrong of ['tomorrow', '2027-13-01', '2027-02-30', '01.01.2027', '2027-01-01T09:00']) {
      expect(() => siteClock({ SITE_AS_OF: wrong }), wrong).toThrow(
        /SITE_AS_OF=".*" is not a date: write a day such as 2027-01-01/,
      )
    }
  })
})
