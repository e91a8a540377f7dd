import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { addCalendarDays, addMonths, dayFromNumber, dayNumber } from '../../../../content-models/rules/situation/days'
import {
  appliesTo,
  dateStep,
  dueDay,
  stepsFor,
  timingProblem,
  todayIn,
} from '../../../../content-models/rules/situation/engine'
import type { Situation, StepRule, StepTiming } from '../../../../content-models/rules/situation/types'
import { patentApplication, patentPayment, permitRenewal, registration, rules, russia2026, stayLimit } from './fixtures'

/**
 * The engine counts in the host country's days: every `now` below is an
 * instant (UTC), every answer a day, whatever the machine's zone: the last
 * test switches the zone during the run, and the suite also passes run with
 * TZ=Pacific/Kiritimati or TZ=America/Los_Angeles.
 */

const uzbekWorker: Situation = {
  host: 'ru',
  citizenship: 'uz',
  purpose: 'work',
  dates: { entry: '2026-11-03' },
}

/** Noon in Moscow on `day`. */
const moscowNoon = (day: string) => new Date(`${day}T09:00:00Z`)

const timing = (t: Partial<StepTiming>): StepTiming => ({
  from: 'entry',
  amount: 1,
  unit: 'calendarDays',
  direction: 'after',
  inclusive: false,
  ...t,
})

describe('appliesTo', () => {
  const { groups } = rules

  it('needs the same host country', () => {
    expect(appliesTo(registration, uzbekWorker, groups)).toBe(true)
    expect(appliesTo({ ...registration, host: 'bg' }, uzbekWorker, groups)).toBe(false)
  })

  it('takes everyone when neither citizenships nor groups are listed', () => {
    for (const citizenship of ['uz', 'kg', 'sy'] as const) {
      expect(appliesTo(registration, { ...uzbekWorker, citizenship }, groups)).toBe(true)
    }
  })

  it('takes listed citizenships and members of listed groups, and nobody else', () => {
    expect(appliesTo(permitRenewal, { ...uzbekWorker, citizenship: 'kg' }, groups)).toBe(true)
    expect(appliesTo(permitRenewal, { ...uzbekWorker, citizenship: 'uz' }, groups)).toBe(false)
    expect(appliesTo(patentPayment, { ...uzbekWorker, citizenship: 'tj' }, groups)).toBe(true)
    expect(appliesTo(patentPayment, { ...uzbekWorker, citizenship: 'kg' }, groups)).toBe(false)
    const both: StepRule = { ...permitRenewal, audience: { ...permitRenewal.audience, citizenships: ['sy'] } }
    expect(appliesTo(both, { ...uzbekWorker, citizenship: 'sy' }, groups)).toBe(true)
    expect(appliesTo(both, { ...uzbekWorker, citizenship: 'by' }, groups)).toBe(true)
    expect(appliesTo(both, { ...uzbekWorker, citizenship: 'iq' }, groups)).toBe(false)
  })

  it('reads a group slug with no group as nobody', () => {
    expect(appliesTo(permitRenewal, { ...uzbekWorker, citizenship: 'kg' }, [])).toBe(false)
  })

  it('takes listed purposes only, or every purpose when none is listed', () => {
    expect(appliesTo(patentApplication, uzbekWorker, groups)).toBe(true)
    expect(appliesTo(patentApplication, { ...uzbekWorker, purpose: 'study' }, groups)).toBe(false)
    expect(appliesTo(registration, { ...uzbekWorker, purpose: 'asylum' }, groups)).toBe(true)
  })
})

describe('the headline deadlines', () => {
  it('registration: 7 working days after arriving on Tuesday 3 November 2026, National Unity Day skipped', () => {
    const step = dateStep(registration, uzbekWorker, [russia2026], '2026-11-03')
    expect(step).toEqual({ rule: registration, due: '2026-11-13', state: 'upcoming', daysLeft: 10 })
  })

  it('patent application: 30 calendar days after entry', () => {
    expect(dateStep(patentApplication, uzbekWorker, [], '2026-11-03').due).toBe('2026-12-03')
  })

  it('a stay of 90 days inclusive from entry ends on day 90, entry being day 1', () => {
    const family: Situation = { ...uzbekWorker, purpose: 'family' }
    expect(dateStep(stayLimit, family, [], '2026-11-03').due).toBe('2027-01-31')
  })

  it('permit renewal: 30 days before the permit expires', () => {
    const kyrgyz: Situation = { ...uzbekWorker, citizenship: 'kg', dates: { permitExpiry: '2027-06-15' } }
    expect(dateStep(permitRenewal, kyrgyz, [], '2026-11-03').due).toBe('2027-05-16')
  })
})

describe('counting', () => {
  const due = (t: Partial<StepTiming>, from: string, today = '1900-01-01') => dueDay(from, timing(t), today, [], 'ru')

  it('inclusive counting ends one day nearer the start, in both directions', () => {
    expect(due({ amount: 90, inclusive: true }, '2026-11-03').day).toBe('2027-01-31')
    expect(due({ amount: 90, inclusive: false }, '2026-11-03').day).toBe('2027-02-01')
    expect(due({ amount: 30, direction: 'before', inclusive: true }, '2027-06-15').day).toBe('2027-05-17')
    expect(due({ amount: 1, inclusive: true }, '2026-11-03').day).toBe('2026-11-03')
    expect(due({ amount: 0, inclusive: true }, '2026-11-03').day).toBe('2026-11-03')
  })

  it('inclusive working days count the start day when it is a working day', () => {
    const calendars = [russia2026]
    const t = timing({ unit: 'workingDays', amount: 7, inclusive: true })
    // Tuesday 3 Nov is day 1, so day 7 is Thursday the 12th; from the holiday on the 4th, day 1 is the 5th.
    expect(dueDay('2026-11-03', t, '2026-11-03', calendars, 'ru').day).toBe('2026-11-12')
    expect(dueDay('2026-11-04', t, '2026-11-03', calendars, 'ru').day).toBe('2026-11-13')
    const before = timing({ unit: 'workingDays', amount: 2, direction: 'before', inclusive: true })
    expect(dueDay('2026-11-05', before, '2026-11-03', calendars, 'ru').day).toBe('2026-11-03')
  })

  it('months: the same day of the month; inclusive, the day before; clamped to short months', () => {
    expect(due({ unit: 'months', amount: 1 }, '2026-03-15').day).toBe('2026-04-15')
    expect(due({ unit: 'months', amount: 1, inclusive: true }, '2026-03-15').day).toBe('2026-04-14')
    // The Tula migration office's example: a patent issued on 10 March 2026 is paid for the next month by 9 April.
    expect(due({ unit: 'months', amount: 1, inclusive: true }, '2026-03-10').day).toBe('2026-04-09')
    expect(due({ unit: 'months', amount: 1, inclusive: true }, '2027-01-31').day).toBe('2027-02-27')
    expect(due({ unit: 'months', amount: 1, inclusive: true }, '2028-01-31').day).toBe('2028-02-28')
    expect(due({ unit: 'months', amount: 3, direction: 'before' }, '2027-05-31').day).toBe('2027-02-28')
    expect(due({ unit: 'months', amount: 1, direction: 'before', inclusive: true }, '2027-05-15').day).toBe(
      '2027-04-16',
    )
  })

  it('before mirrors after for calendar days, inclusive or not', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumber('1950-01-01'), max: dayNumber('2150-01-01') }).map(dayFromNumber),
        fc.integer({ min: 0, max: 1000 }),
        fc.boolean(),
        (start, amount, inclusive) => {
          const end = due({ amount, inclusive }, start).day
          expect(due({ amount, inclusive, direction: 'before' }, end).day).toBe(start)
          if (amount > 0)
            expect(due({ amount, inclusive: true }, start).day).toBe(addCalendarDays(end, inclusive ? 0 : -1))
        },
      ),
    )
  })

  it('refuses a timing it cannot count', () => {
    expect(timingProblem(timing({ amount: -1 }))).toMatch(/amount/)
    expect(timingProblem(timing({ amount: 1.5 }))).toMatch(/amount/)
    expect(timingProblem(timing({ repeat: { every: 0 } }))).toMatch(/repeat/)
    expect(timingProblem(timing({ amount: 0, repeat: { every: 12 } }))).toBeUndefined()
    expect(() => due({ amount: Number.NaN }, '2026-11-03')).toThrow(RangeError)
  })
})

describe('repeats', () => {
  const paying: Situation = { ...uzbekWorker, dates: { patentIssued: '2026-03-15' } }
  const next = (today: string, issued = '2026-03-15') =>
    dateStep(patentPayment, { ...paying, dates: { patentIssued: issued } }, [], today)

  it('gives the next monthly payment on or after today', () => {
    expect(next('2026-03-20')).toMatchObject({ due: '2026-04-14', state: 'upcoming', daysLeft: 25 })
    expect(next('2026-04-14')).toMatchObject({ due: '2026-04-14', state: 'today', daysLeft: 0 })
    expect(next('2026-04-15')).toMatchObject({ due: '2026-05-14', state: 'upcoming', daysLeft: 29 })
    expect(next('2027-11-30')).toMatchObject({ due: '2027-12-14' })
  })

  it('counts each repeat from the issue day, so a short month does not pull later ones earlier', () => {
    expect(['2027-02-01', '2027-03-01', '2027-04-01', '2027-05-01'].map((t) => next(t, '2027-01-31').due)).toEqual([
      '2027-02-27',
      '2027-03-30',
      '2027-04-29',
      '2027-05-30',
    ])
  })

  it('finds the right occurrence when a weekend pushes an earlier one into today’s month', () => {
    // The day after each 28th, counted in working days: 28 Feb 2026 is a Saturday, so February's falls on 2 March.
    const t = timing({ unit: 'workingDays', amount: 1, repeat: { every: 1 } })
    expect(dueDay('2026-01-28', t, '2026-03-01', [], 'ru').day).toBe('2026-03-02')
    expect(dueDay('2026-01-28', t, '2026-03-03', [], 'ru').day).toBe('2026-03-30')
  })

  /** The kth occurrence, counted as docs/situation.md says: the period from the start moved k × every months. */
  function occurrence(start: string, t: StepTiming, k: number): string {
    const every = t.repeat!.every
    const once = { ...t, repeat: undefined }
    if (t.unit !== 'months') return dueDay(addMonths(start, k * every), once, '0001-01-01', [], 'ru').day
    const sign = t.direction === 'after' ? 1 : -1
    const end = addMonths(start, k * every + sign * t.amount)
    return t.inclusive && t.amount > 0 ? addCalendarDays(end, -sign) : end
  }

  it('is the first occurrence on or after today, for any start, today and period', () => {
    const day = fc.integer({ min: dayNumber('2000-01-01'), max: dayNumber('2040-01-01') }).map(dayFromNumber)
    fc.assert(
      fc.property(
        day,
        day,
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 0, max: 40 }),
        fc.constantFrom('months', 'calendarDays', 'workingDays' as const),
        fc.boolean(),
        fc.constantFrom('after', 'before' as const),
        (start, today, every, amount, unit, inclusive, direction) => {
          const t = timing({ unit, amount, inclusive, direction, repeat: { every } })
          let k = 0
          while (occurrence(start, t, k) < today) k++
          expect(dueDay(start, t, today, [], 'ru').day).toBe(occurrence(start, t, k))
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('stepsFor', () => {
  it('dates the steps that apply, soonest first, the undated last', () => {
    const steps = stepsFor(uzbekWorker, rules, moscowNoon('2026-11-03'))
    expect(steps.map((s) => [s.rule.slug, s.due ?? s.needs])).toEqual([
      ['registration', '2026-11-13'],
      ['patent-application', '2026-12-03'],
      ['patent-payment', 'patentIssued'],
    ])
    expect(steps[2]).toEqual({ rule: patentPayment, needs: 'patentIssued' })
  })

  it('orders steps due the same day by the editors’ order, then by slug', () => {
    const same = (slug: string, order: number): StepRule => ({ ...registration, slug, order })
    const steps = stepsFor(
      uzbekWorker,
      { ...rules, steps: [same('c', 2), same('b', 1), same('a', 2), same('d', 0)] },
      moscowNoon('2026-11-03'),
    )
    expect(steps.map((s) => s.rule.slug)).toEqual(['d', 'b', 'a', 'c'])
  })

  it('asks for a date the reader did not give, or gave as a day that does not exist', () => {
    for (const entry of [undefined, '', '2026-02-30', '03.11.2026']) {
      const [step] = stepsFor({ ...uzbekWorker, dates: { entry } }, { ...rules, steps: [registration] }, new Date())
      expect(step).toEqual({ rule: registration, needs: 'entry' })
    }
  })

  it('marks overdue steps with the days since', () => {
    const [step] = stepsFor(uzbekWorker, { ...rules, steps: [registration] }, moscowNoon('2026-11-20'))
    expect(step).toMatchObject({ due: '2026-11-13', state: 'overdue', daysLeft: -7 })
  })

  it('says when a year counted through has no holiday calendar', () => {
    const late: Situation = { ...uzbekWorker, dates: { entry: '2026-12-28' } }
    const only2026 = { ...rules, steps: [registration], calendars: [russia2026] }
    expect(stepsFor(late, only2026, moscowNoon('2026-12-28'))[0]).toMatchObject({
      due: '2027-01-07',
      calendarMissing: true,
    })
    const both = stepsFor(late, { ...rules, steps: [registration] }, moscowNoon('2026-12-28'))[0]
    expect(both.due).toBe('2027-01-15')
    expect(both).not.toHaveProperty('calendarMissing')
  })
})

describe('today is the host country’s day', () => {
  it('follows the host country’s zone, not the machine’s', () => {
    // 20:30 UTC on 2 November: 23:30 in Moscow, 01:30 on the 3rd in Yekaterinburg (UTC+5) and Bishkek (UTC+6).
    const evening = new Date('2026-11-02T20:30:00Z')
    expect(todayIn('ru', evening)).toBe('2026-11-02')
    expect(todayIn('kg', evening)).toBe('2026-11-03')
    expect(todayIn('ru', new Date('2026-11-02T21:00:00Z'))).toBe('2026-11-03')
    expect(todayIn('bg', new Date('2026-11-02T21:59:59Z'))).toBe('2026-11-02')
    expect(todayIn('bg', new Date('2026-11-02T22:00:00Z'))).toBe('2026-11-03')
  })

  it('turns a step due today into an overdue one at midnight in Moscow', () => {
    const due: Situation = { ...uzbekWorker, dates: { entry: '2026-10-22' } }
    const only = { ...rules, steps: [registration] }
    // 7 working days after Thursday 22 October 2026 is Monday 2 November.
    expect(stepsFor(due, only, new Date('2026-11-02T20:59:59Z'))[0]).toMatchObject({
      due: '2026-11-02',
      state: 'today',
      daysLeft: 0,
    })
    expect(stepsFor(due, only, new Date('2026-11-02T21:00:00Z'))[0]).toMatchObject({ state: 'overdue', daysLeft: -1 })
  })

  it('gives the same answers whatever TZ the process runs in', () => {
    const before = process.env.TZ
    const run = () => JSON.stringify(stepsFor(uzbekWorker, rules, new Date('2026-11-02T21:30:00Z')))
    const expected = run()
    try {
      const offsets: Record<string, number> = {
        'Pacific/Kiritimati': -840,
        'America/Los_Angeles': 480,
        'Asia/Kolkata': -330,
      }
      for (const zone of Object.keys(offsets)) {
        // Node re-reads TZ when it is assigned; the offset check shows the zone really changed.
        process.env.TZ = zone
        expect(new Date('2026-11-02T21:30:00Z').getTimezoneOffset()).toBe(offsets[zone])
        expect(run()).toBe(expected)
      }
    } finally {
      if (before === undefined) delete process.env.TZ
      else process.env.TZ = before
    }
  })
})
