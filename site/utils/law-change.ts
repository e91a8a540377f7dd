import { type LawChangeStatus, dayIn, lawChangeStatus } from '../../content-models/rules/lawChangeStatus'
import { countryTimeZone } from '../../content-models/taxonomy'
import { readingClockFor } from '../data/dependencies'
import type { SiteArticle } from '../data/types'
import type { UIKey } from '../i18n'
import { buildTime } from './content'

export interface LawChangeState {
  status: LawChangeStatus
  /** The date the sentence names: effect for upcoming and in force, expiry for expired. */
  date: string
  /** UI string for the sentence ("Takes effect on {date}"…). */
  key: UIKey
}

const keys: Record<LawChangeStatus, UIKey> = {
  upcoming: 'lawChange.upcoming',
  'in-force': 'lawChange.inForce',
  expired: 'lawChange.expired',
}

/** Where a law change stands on the build day, in its country's calendar. */
export function lawChangeState(article: SiteArticle, now?: Date): LawChangeState | undefined {
  if (article.kind !== 'law-change' || !article.effectiveDate) return undefined
  const effective = article.effectiveDate
  // Pages that show the status depend on it, not on the build moment itself (site/data/dependencies.ts).
  return readingClockFor('clock:law', () => {
    const today = dayIn(countryTimeZone[article.country], now ?? buildTime())
    const status = lawChangeStatus(effective, article.expiryDate, today)
    return { status, key: keys[status], date: status === 'expired' ? article.expiryDate! : effective }
  })
}
