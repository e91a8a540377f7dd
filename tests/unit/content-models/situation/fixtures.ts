import type { HolidayCalendar, SituationRules, StepRule } from '../../../../content-models/rules/situation/types'

/**
 * Russia's non-working holidays in 2026 (Labour Code art. 112, and
 * Government decree No. 1466 of 24 September 2025 moving 3 and 4 January to
 * 9 January and 31 December). No weekend day is made a working day that year.
 */
export const russia2026: HolidayCalendar = {
  country: 'ru',
  year: 2026,
  holidays: [
    ...['01', '02', '03', '04', '05', '06', '07', '08', '09'].map((d) => `2026-01-${d}`),
    '2026-02-23',
    '2026-03-08',
    '2026-03-09',
    '2026-05-01',
    '2026-05-09',
    '2026-05-11',
    '2026-06-12',
    '2026-11-04',
    '2026-12-31',
  ],
  workingWeekends: [],
}

/** Only the fixed New Year holidays of 2027 (Labour Code art. 112), not that year's decree: enough to count across New Year. */
export const russia2027: HolidayCalendar = {
  country: 'ru',
  year: 2027,
  holidays: ['01', '02', '03', '04', '05', '06', '07', '08'].map((d) => `2027-01-${d}`),
  workingWeekends: [],
}

const rule = (
  slug: string,
  order: number,
  timing: StepRule['timing'],
  audience: Partial<StepRule['audience']> = {},
): StepRule => ({
  slug,
  host: 'ru',
  order,
  audience: { citizenships: [], groups: [], purposes: [], ...audience },
  timing,
})

/** Russia's headline steps, as editors would enter them. */
export const registration = rule('registration', 1, {
  from: 'entry',
  amount: 7,
  unit: 'workingDays',
  direction: 'after',
  inclusive: false,
})

export const patentApplication = rule(
  'patent-application',
  2,
  { from: 'entry', amount: 30, unit: 'calendarDays', direction: 'after', inclusive: false },
  { groups: ['patent-countries'], purposes: ['work'] },
)

export const stayLimit = rule(
  'stay-limit',
  3,
  { from: 'entry', amount: 90, unit: 'calendarDays', direction: 'after', inclusive: true },
  { purposes: ['family', 'study'] },
)

export const permitRenewal = rule(
  'permit-renewal',
  4,
  { from: 'permitExpiry', amount: 30, unit: 'calendarDays', direction: 'before', inclusive: false },
  { groups: ['eaeu'] },
)

export const patentPayment = rule(
  'patent-payment',
  5,
  { from: 'patentIssued', amount: 1, unit: 'months', direction: 'after', inclusive: true, repeat: { every: 1 } },
  { citizenships: ['uz', 'tj'], purposes: ['work'] },
)

export const rules: SituationRules = {
  steps: [patentPayment, permitRenewal, stayLimit, patentApplication, registration],
  groups: [
    { slug: 'eaeu', members: ['am', 'by', 'kz', 'kg'], names: { en: 'EAEU' } },
    { slug: 'patent-countries', members: ['uz', 'tj', 'az', 'md', 'ua', 'ge'], names: { en: 'Need a patent' } },
  ],
  calendars: [russia2026, russia2027],
}
