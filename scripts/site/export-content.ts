import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { Payload } from 'payload'

import { localeCodes } from '../../content-models/locales'
import type { SiteArticle, SiteContent, SiteGlossaryTerm, SiteTopic } from '../../site/data/types'

type Row = Record<string, unknown> & { id: string | number }

/** Pages through a collection so large sites never load in one query. */
async function* allDocs(
  payload: Payload,
  args: Omit<Parameters<Payload['find']>[0], 'page' | 'limit'>,
): AsyncGenerator<Row> {
  for (let page = 1; ; page++) {
    const result = await payload.find({ ...args, page, limit: 200 })
    yield* result.docs as unknown as Row[]
    if (!result.hasNextPage) return
  }
}

/**
 * Reads everything the public site shows, as an anonymous reader would
 * (`overrideAccess: false`, no user), one locale at a time with no fallback:
 * a draft or an unpublished translation cannot reach the site because the API
 * itself refuses to return it.
 */
export async function exportContent(payload: Payload): Promise<SiteContent> {
  const topics = new Map<string | number, SiteTopic>()
  const articles = new Map<string | number, SiteArticle>()
  const glossary = new Map<string | number, SiteGlossaryTerm>()
  for (const locale of localeCodes) {
    const common = { locale, fallbackLocale: false as const, overrideAccess: false, depth: 0 }
    for await (const doc of allDocs(payload, { ...common, collection: 'topics', sort: 'slug' })) {
      const topic = topics.get(doc.id) ?? { slug: doc.slug as string, titles: {}, descriptions: {} }
      if (doc.title) topic.titles[locale] = doc.title as string
      if (doc.description) topic.descriptions[locale] = doc.description as string
      topics.set(doc.id, topic)
    }
    for await (const doc of allDocs(payload, { ...common, collection: 'glossary-terms', sort: 'key' })) {
      const entry = glossary.get(doc.id) ?? { key: doc.key as string, terms: {} }
      const terms = (doc.terms as string[] | null | undefined)?.filter(Boolean)
      if (terms?.length) entry.terms[locale] = terms
      glossary.set(doc.id, entry)
    }
    for await (const doc of allDocs(payload, { ...common, collection: 'articles', sort: 'slug', draft: false })) {
      // A document published in another language has no text of its own here.
      if (doc._status !== 'published' || !doc.title) continue
      const article = articles.get(doc.id) ?? {
        slug: doc.slug as string,
        kind: doc.kind as SiteArticle['kind'],
        country: doc.country as SiteArticle['country'],
        topics: (doc.topics as (string | number)[] | undefined)?.map(String) ?? [],
        effectiveDate: typeof doc.effectiveDate === 'string' ? doc.effectiveDate.slice(0, 10) : undefined,
        translations: {},
      }
      article.translations[locale] = {
        title: doc.title as string,
        summary: (doc.summary as string | null) || undefined,
        html: doc.body ? convertLexicalToHTML({ data: doc.body as never, disableContainer: true }) : '',
        text: doc.body ? convertLexicalToPlaintext({ data: doc.body as never }) : '',
        keywords: ((doc.searchKeywords as string[] | null | undefined) ?? []).filter(Boolean),
        updatedAt: doc.updatedAt as string,
      }
      articles.set(doc.id, article)
    }
  }
  const topicSlug = new Map([...topics].map(([id, t]) => [String(id), t.slug]))
  for (const article of articles.values()) {
    article.topics = article.topics.map((id) => topicSlug.get(id)).filter((s): s is string => Boolean(s))
  }
  return {
    generatedAt: new Date().toISOString(),
    topics: [...topics.values()],
    articles: [...articles.values()],
    glossary: [...glossary.values()],
  }
}
