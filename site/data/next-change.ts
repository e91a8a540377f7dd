import { zonedToUtc } from '../../content-models/rules/zonedTime'
import { countryTimeZone } from '../../content-models/taxonomy'
import type { SiteContent } from './types'

/**
 * The first moment after `now` at which the built pages go stale without
 * anyone editing: a law change takes effect or expires (midnight in its
 * country), an event ends (it moves to "past"), or the alert expires. The
 * publisher rebuilds the site then.
 */
export function nextChangeAt(content: SiteContent, now: Date): Date | undefined {
  const moments: number[] = []
  for (const a of content.articles) {
    const tz = countryTimeZone[a.country]
    for (const day of [a.effectiveDate, a.expiryDate]) if (day) moments.push(Date.parse(zonedToUtc(`${day}T00:00`, tz)))
  }
  for (const e of content.events) moments.push(Date.parse(e.end))
  if (content.alert) moments.push(Date.parse(content.alert.expiresAt))
  const future = moments.filter((m) => m > now.getTime())
  return future.length ? new Date(Math.min(...future)) : undefined
}
