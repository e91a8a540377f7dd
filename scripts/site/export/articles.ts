import type { Locale } from '../../../content-models/locales'
import { documentLanguages } from '../../../content-models/rules/documentLanguages'
import { inLocaleOrFallback } from '../../../content-models/rules/fallback'
import type { SiteArticle } from '../../../site/data/types'
import { urls } from '../../../site/utils/urls'
import { bodyText } from './bodies'
import { day, list, refId, str, type Id, type Row, updatedAt, webUrl } from './read'
import type { TranslatedCollection } from './translated'

interface ArticleRefs {
  topics: (Id | undefined)[]
  affectedArticles: (Id | undefined)[]
}

// Law-change fields left behind when an editor changed the kind are not shown.
const isLawChange = (doc: Row) => doc.kind === 'law-change'

/** Articles in the snapshot: the facts every language shares, and each published language's text. */
export const articles: TranslatedCollection<SiteArticle, ArticleRefs> = {
  collection: 'articles',
  titleField: 'title',
  shared(doc) {
    const lawChange = isLawChange(doc)
    return {
      slug: doc.slug as string,
      kind: doc.kind as SiteArticle['kind'],
      country: doc.country as SiteArticle['country'],
      topics: [],
      effectiveDate: lawChange ? day(doc.effectiveDate) : undefined,
      expiryDate: lawChange ? day(doc.expiryDate) : undefined,
      affectedCitizenships: lawChange ? list(doc.affectedCitizenships) : [],
      affectedStatuses: lawChange ? list(doc.affectedStatuses) : [],
      legalUrl: lawChange ? webUrl(doc.legalUrl) : undefined,
      affectedArticles: [],
      reviewedAt: day(doc.reviewedAt),
      reviewRecordedAt: str(doc.reviewRecordedAt),
      neededIn: documentLanguages(doc as { targetLanguages?: unknown[]; country?: unknown }),
      translations: {},
    }
  },
  translation(doc) {
    const lawChange = isLawChange(doc)
    return {
      title: doc.title as string,
      summary: str(doc.summary),
      html: '',
      text: bodyText(doc.body),
      keywords: list<string>(doc.searchKeywords).filter(Boolean),
      updatedAt: updatedAt(doc),
      legalAct: lawChange ? str(doc.legalAct) : undefined,
      legalArticle: lawChange ? str(doc.legalArticle) : undefined,
      // A note not yet translated into this language is left out rather than shown empty.
      changes: list<{ date: string; note?: string | null }>(doc.changeHistory)
        .filter((c) => str(c.note))
        .map((c) => ({ date: c.date.slice(0, 10), note: c.note as string }))
        .sort((a, b) => b.date.localeCompare(a.date)),
    }
  },
  refs: (doc) => ({
    topics: list<unknown>(doc.topics).map(refId),
    affectedArticles: isLawChange(doc) ? list<unknown>(doc.affectedArticles).map(refId) : [],
  }),
  link(article, refs, slugs) {
    article.topics = slugs.topics.all(refs.topics)
    article.affectedArticles = slugs.articles.all(refs.affectedArticles)
  },
}

/**
 * Where an editor's link to another article leads a reader of `locale`: that
 * article in the same language, else its fallback language, else nowhere.
 */
export function articleHref(articles: Map<Id, SiteArticle>): (id: Id | undefined, locale: Locale) => string {
  return (id, locale) => {
    const target = articles.get(id as Id)
    if (!target) return '#'
    const shown = inLocaleOrFallback(target.translations, locale)?.locale
    return shown ? urls.article(shown, target.slug) : '#'
  }
}
