import type { Locale } from '../locales'

/** When an article was reviewed, and when that review date was entered. */
export interface ReviewFacts {
  /** YYYY-MM-DD (or an instant): the day of the lawyer's review. */
  reviewedAt?: string | null
  /** The instant the review date was entered (fields/reviewRecorded.ts). */
  reviewRecordedAt?: string | null
}

/**
 * Whether a lawyer's review still vouches for a translation's text: it does
 * unless the text changed both after the review date was entered and on a
 * later day than the review (a change on the day of the review is taken as
 * reviewed; text imported together with its review date starts reviewed).
 * Minor changes do not move the text's date (hooks/stampTranslationUpdate.ts),
 * so a typo fix keeps the review. Otherwise the site says when the text was
 * last reviewed and that it changed since, and the legal reviewers' to-do
 * list shows the article.
 */
export function reviewHolds(
  { reviewedAt, reviewRecordedAt }: ReviewFacts,
  textUpdatedAt: string | null | undefined,
): boolean {
  if (!reviewedAt || !textUpdatedAt) return true
  if (reviewRecordedAt && textUpdatedAt <= reviewRecordedAt) return true
  return textUpdatedAt.slice(0, 10) <= reviewedAt.slice(0, 10)
}

/** The languages among `languages` whose text changed since the review. */
export function changedSinceReview(
  review: ReviewFacts,
  textUpdatedAt: Partial<Record<Locale, string | null>> | null | undefined,
  languages: readonly Locale[],
): Locale[] {
  if (!review.reviewedAt) return []
  return languages.filter((l) => !reviewHolds(review, textUpdatedAt?.[l]))
}
