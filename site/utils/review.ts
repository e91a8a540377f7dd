import type { Locale } from '../../content-models/locales'
import { reviewHolds } from '../../content-models/rules/legalReview'
import type { SiteArticle, SiteTranslation } from '../data/types'
import type { Translate } from '../i18n'
import { formatDate } from './format'

/**
 * What a page says of a translation's legal review: "checked by a lawyer on
 * …" while the review still vouches for the text, else when it was last
 * reviewed and that the text changed since (content-models/rules/legalReview.ts).
 * Nothing for an article never reviewed.
 */
export function reviewNote(
  article: Pick<SiteArticle, 'reviewedAt' | 'reviewRecordedAt'>,
  translation: Pick<SiteTranslation, 'updatedAt'>,
  locale: Locale,
  t: Translate,
): { date: string; text: string; holds: boolean } | undefined {
  const { reviewedAt } = article
  if (!reviewedAt) return undefined
  const holds = reviewHolds(article, translation.updatedAt)
  const date = formatDate(reviewedAt, locale)
  return { date: reviewedAt, text: t(holds ? 'article.reviewed' : 'article.reviewedChanged', { date }), holds }
}
