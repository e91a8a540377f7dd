import { countryTimeZone } from '../../taxonomy'
import { dayIn } from '../lawChangeStatus'
import { addCalendarDays, addMonths, addWorkingDays, daysBetween, isDay, parseDay, type WorkingDayCount } from './days'
import type {
  CitizenshipGroup,
  DatedStep,
  HolidayCalendar,
  HostCountry,
  Situation,
  SituationRules,
  StepRule,
  StepTiming,
} from './types'

/**
 * The "My situation" date engine (issue 15): which steps apply to a reader
 * and by when. One engine for the build, the browser island, the admin
 * preview and the tests, so it is pure TypeScript: no Node, no DOM, and no
 * `Date` arithmetic in the machine's zone (days are counted in days.ts).
 * The counting rules and their sources are in docs/situation.md, "Date engine".
 */

/**
 * Whether `rule` concerns the reader: the same host country; their
 * citizenship listed, or a member of a listed group (neither list: everyone);
 * their purpose listed (none listed: every purpose). A group slug with no
 * group in `groups` adds nobody.
 */
export function appliesTo(rule: StepRule, situation: Situation, groups: CitizenshipGroup[]): boolean {
  if (rule.host !== situation.host) return false
  const { citizenships, groups: groupSlugs, purposes } = rule.audience
  if (purposes.length > 0 && !purposes.includes(situation.purpose)) return false
  if (citizenships.length === 0 && groupSlugs.length === 0) return true
  if (citizenships.includes(situation.citizenship)) return true
  return groups.some((g) => groupSlugs.includes(g.slug) && g.members.includes(situation.citizenship))
}

/** Today's calendar day in the host country at `now`: a deadline is the host country's day, wherever the phone is. */
export function todayIn(host: HostCountry, now: Date): string {
  return dayIn(countryTimeZone[host], now)
}

/**
 * Why `timing` cannot be counted, or undefined: the amount is a whole number
 * of 0 or more, a repeat every whole number of months from 1. For the admin's
 * validation and the export; the engine refuses such a rule.
 */
export function timingProblem(timing: StepTiming): string | undefined {
  if (!Number.isSafeInteger(timing.amount) || timing.amount < 0) {
    return `amount must be a whole number of 0 or more, not ${timing.amount}`
  }
  if (timing.repeat && (!Number.isSafeInteger(timing.repeat.every) || timing.repeat.every < 1)) {
    return `a repeat must come every whole number of months from 1, not ${timing.repeat.every}`
  }
  return undefined
}

/**
 * The last day of a period of `timing` counted from `start`, `shift` months
 * later (the `shift`th repeat). The rules, one per unit, `n` = amount:
 *
 * - calendar days: `start` ± n; inclusive, the start day is day 1, so
 *   `start` ± (n − 1) (90 days inclusive from 3 Nov 2026 ends 31 Jan 2027).
 * - working days: the nth working day after (before) `start`; inclusive,
 *   `start` itself counts when it is a working day.
 * - months: the same day of the month n months later (earlier), or the
 *   month's last day when it has no such day (Civil Code art. 192 p. 3);
 *   inclusive, the day before that: a patent paid for 1 month from 15 March
 *   runs to 14 April, the next payment's term starting on 15 April. From
 *   31 January that is 27 February (28 February − 1): of the readings of a
 *   month that ends in a short month, the earliest, so nobody is told a day
 *   too late.
 *
 * A deadline on a weekend or holiday is not moved to the next working day:
 * Civil Code art. 193 does so for civil-law periods, but migration offices do
 * not all apply it, and the earlier day is never wrong.
 */
function periodEnd(
  start: string,
  timing: StepTiming,
  shift: number,
  calendars: readonly HolidayCalendar[],
  host: HostCountry,
): WorkingDayCount {
  const sign = timing.direction === 'after' ? 1 : -1
  const n = timing.amount
  // Inclusive counting makes the start day day 1: end one day nearer the start (or at it, for 0).
  const inclusive = timing.inclusive && n > 0
  if (timing.unit === 'months') {
    const end = addMonths(start, shift + sign * n)
    return { day: inclusive ? addCalendarDays(end, -sign) : end, calendarMissing: false }
  }
  const anchor = shift === 0 ? start : addMonths(start, shift)
  if (timing.unit === 'calendarDays') {
    return { day: addCalendarDays(anchor, sign * (inclusive ? n - 1 : n)), calendarMissing: false }
  }
  // Counting from the day before (after) the start day makes the start day the first one counted.
  return addWorkingDays(inclusive ? addCalendarDays(anchor, -sign) : anchor, sign * n, calendars, host)
}

/**
 * The due day of `timing` from `start`: the first period's end, or with a
 * repeat, the first occurrence on or after `today` (the kth repeat counts from
 * `start` moved k × every months, so a patent issued on 31 January and paid
 * month by month is due on 27 February, 30 March, 29 April…, not on the 27th
 * forever after February).
 */
export function dueDay(
  start: string,
  timing: StepTiming,
  today: string,
  calendars: readonly HolidayCalendar[],
  host: HostCountry,
): WorkingDayCount {
  const problem = timingProblem(timing)
  if (problem) throw new RangeError(problem)
  const first = periodEnd(start, timing, 0, calendars, host)
  const every = timing.repeat?.every
  if (!every || first.day >= today) return first
  // Occurrences grow strictly (a month or more apart): jump near today, then step to the first one on or after it.
  const occurrence = (k: number) => periodEnd(start, timing, k * every, calendars, host)
  let k = Math.max(1, Math.floor(monthsBetween(first.day, today) / every))
  while (k > 1 && occurrence(k - 1).day >= today) k--
  while (occurrence(k).day < today) k++
  return occurrence(k)
}

function monthsBetween(from: string, to: string): number {
  const a = parseDay(from)
  const b = parseDay(to)
  return (b.year - a.year) * 12 + (b.month - a.month)
}

/**
 * One step worked out for the reader, `today` being the host country's day:
 * its due day from the reader's date it counts from, or, when they did not
 * give that date (or gave one that does not exist), which date it needs.
 */
export function dateStep(
  rule: StepRule,
  situation: Situation,
  calendars: readonly HolidayCalendar[],
  today: string,
): DatedStep {
  const start = situation.dates[rule.timing.from]
  if (!isDay(start)) return { rule, needs: rule.timing.from }
  const { day: due, calendarMissing } = dueDay(start, rule.timing, today, calendars, situation.host)
  const daysLeft = daysBetween(today, due)
  return {
    rule,
    due,
    ...(calendarMissing && { calendarMissing }),
    state: daysLeft < 0 ? 'overdue' : daysLeft === 0 ? 'today' : 'upcoming',
    daysLeft,
  }
}

/**
 * The reader's checklist: the steps that apply to them, dated, soonest
 * first; steps waiting for a date they did not give come last; steps due the
 * same day follow the editors' `order` (then the slug, so the list never
 * shuffles). `today` is the calendar day in the host country at `now`.
 */
export function stepsFor(situation: Situation, rules: SituationRules, now: Date): DatedStep[] {
  const today = todayIn(situation.host, now)
  return rules.steps
    .filter((rule) => appliesTo(rule, situation, rules.groups))
    .map((rule) => dateStep(rule, situation, rules.calendars, today))
    .sort(
      (a, b) =>
        compareDue(a.due, b.due) ||
        a.rule.order - b.rule.order ||
        (a.rule.slug < b.rule.slug ? -1 : a.rule.slug > b.rule.slug ? 1 : 0),
    )
}

function compareDue(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0
  if (a === undefined) return 1
  if (b === undefined) return -1
  return a < b ? -1 : 1
}
