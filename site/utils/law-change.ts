import { type LawChangeStatus, dayIn, lawChangeStatus } from '../../content-models/rules/lawChangeStatus'
import { countryTimeZone } from '../../content-models/taxonomy'
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
export function lawChangeState(article: SiteArticle, now: Date = buildTime()): LawChangeState | undefined {
  if (article.kind !== 'law-change' || !article.effectiveDate) return undefined
  const today = dayIn(countryTimeZone[article.country], now)
  const status = lawChangeStatus(article.effectiveDate, article.expiryDate, today)
  return { status, key: keys[status], date: status === 'expired' ? article.expiryDate! : article.effectiveDate }
}
