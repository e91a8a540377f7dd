import type { Locale } from '../../locales'
import { type Citizenship, countries, type Country } from '../../taxonomy'

/**
 * "My situation" (issue 15): the shapes shared by the CMS (steps, citizenship
 * groups, holiday calendars), the export, the date engine (engine.ts, pure
 * TypeScript, run by the build, the browser island, the admin preview and the
 * tests) and the reader's page. Days are calendar days written YYYY-MM-DD, in
 * the host country's own calendar; the engine never converts them.
 */

/** Why the reader is in the host country; UI strings `situation.purpose.<value>`. */
export const purposes = ['work', 'study', 'family', 'asylum'] as const
export type Purpose = (typeof purposes)[number]

/** The dates a reader may know; a step counts from one of them. UI strings `situation.date.<value>`. */
export const situationDates = ['entry', 'workStart', 'patentIssued', 'registration', 'permitExpiry'] as const
export type SituationDate = (typeof situationDates)[number]

/** Host countries a step can be about (not `all`). */
export type HostCountry = Exclude<Country, 'all'>
export const hostCountries = countries.filter((c): c is HostCountry => c !== 'all')

/** What the reader tells the page, once; it stays on their phone (localStorage). */
export interface Situation {
  host: HostCountry
  citizenship: Citizenship
  purpose: Purpose
  /** The dates they know, YYYY-MM-DD. */
  dates: Partial<Record<SituationDate, string>>
}

/** How a step's period is counted. */
export const periodUnits = ['calendarDays', 'workingDays', 'months'] as const
export type PeriodUnit = (typeof periodUnits)[number]

/**
 * A step's timing: `amount` `unit`s after (or before) the date it counts
 * from. `inclusive`: the start day is day 1 (a stay of 90 days from entry
 * ends on entry + 89); otherwise counting starts the next day (registration
 * within 7 working days of arrival). `repeat`: the deadline comes back every
 * `every` months (monthly patent payments); the engine gives the next one on
 * or after today.
 */
export interface StepTiming {
  from: SituationDate
  amount: number
  unit: PeriodUnit
  direction: 'after' | 'before'
  inclusive: boolean
  repeat?: { every: number }
}

/** Who a step applies to. An empty list does not restrict. */
export interface StepAudience {
  citizenships: Citizenship[]
  /** Citizenship group slugs (e.g. `eaeu`): their members count as listed. */
  groups: string[]
  purposes: Purpose[]
}

/** A step as the engine reads it: who, and when. */
export interface StepRule {
  slug: string
  host: HostCountry
  /** Position in the reader's list when two steps fall on the same day. */
  order: number
  audience: StepAudience
  timing: StepTiming
}

/** A citizenship group (CMS data): `eaeu` → am, by, kz, kg. */
export interface CitizenshipGroup {
  slug: string
  members: Citizenship[]
  names: Partial<Record<Locale, string>>
}

/**
 * One country's official calendar for one year (CMS data): public holidays
 * (non-working days, including days moved off a weekend) and weekend days
 * made working days.
 */
export interface HolidayCalendar {
  country: HostCountry
  year: number
  holidays: string[]
  workingWeekends: string[]
}

/** A step worked out for one reader. */
export interface DatedStep {
  rule: StepRule
  /** The last day to do it, YYYY-MM-DD; absent when the date it counts from is unknown. */
  due?: string
  /** The reader's date this step needs and they did not give. */
  needs?: SituationDate
  /** Counting crossed a year with no holiday calendar for the host country: the day may be off. */
  calendarMissing?: boolean
  /** Relative to today in the host country. */
  state?: 'overdue' | 'today' | 'upcoming'
  /** Days from today to `due` (negative when overdue). */
  daysLeft?: number
}

/** Everything the engine needs besides the situation. */
export interface SituationRules {
  steps: StepRule[]
  groups: CitizenshipGroup[]
  calendars: HolidayCalendar[]
}
