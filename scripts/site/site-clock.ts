import { isRealDate } from '../../content-models/rules/calendarDate'
import { UsageError } from '../lib/cli'

/** The environment variable that sets the moment the site is built as of. */
export const AS_OF_ENV = 'SITE_AS_OF'

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/

/**
 * The moment whose view of the content the site shows: which law changes are in
 * force, which events are upcoming, whether the alert is still on.
 *
 * Normally now. `SITE_AS_OF=2027-01-01` (a day, read as midnight UTC, or a date
 * and time with its offset) builds the site as it will read then: an editor can
 * preview the day a law change takes effect, and a build can be reproduced. A
 * site built as of a fixed moment does not go stale, so the publisher then
 * rebuilds only when content changes.
 */
export function siteClock(env: Record<string, string | undefined> = process.env): { now: Date; pinned: boolean } {
  const value = env[AS_OF_ENV]?.trim()
  if (!value) return { now: new Date(), pinned: false }
  const now = new Date(DATE_ONLY.test(value) ? `${value}T00:00:00Z` : value)
  const wellFormed = (DATE_ONLY.test(value) || DATE_TIME.test(value)) && !Number.isNaN(now.getTime())
  if (!wellFormed || !isRealDate(value.slice(0, 10))) {
    throw new UsageError(
      `${AS_OF_ENV}="${value}" is not a date: write a day such as 2027-01-01, or a date and time with its offset such as 2027-01-01T09:00:00+03:00`,
    )
  }
  return { now, pinned: true }
}
