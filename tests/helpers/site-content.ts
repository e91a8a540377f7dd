import type { SiteArticle, SiteTranslation } from '../../site/data/types'

/** A published translation in a snapshot, with defaults for what a test does not care about. */
export const translation = (title: string, extra: Partial<SiteTranslation> = {}): SiteTranslation => ({
  title,
  html: '<p>Text.</p>',
  text: 'Text.',
  keywords: [],
  updatedAt: '2026-11-01T00:00:00.000Z',
  changes: [],
  ...extra,
})

/** An article in a snapshot, with no translations unless given. */
export function snapshotArticle(slug: string, extra: Partial<SiteArticle>): SiteArticle {
  return {
    slug,
    kind: 'rights',
    country: 'ru',
    topics: [],
    affectedCitizenships: [],
    affectedStatuses: [],
    affectedArticles: [],
    translations: {},
    ...extra,
  }
}
