import { convertLexicalToHTML, defaultHTMLConverters, LinkHTMLConverter } from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { Payload } from 'payload'

import { type Locale, localeCodes } from '../../content-models/locales'
import type { SiteArticle, SiteContent, SiteGlossaryTerm, SiteTopic } from '../../site/data/types'
import { fallbackFor } from '../../site/utils/content'
import { urls } from '../../site/utils/urls'

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
  /**
   * Where an editor's link to another article leads a reader of `locale`: that
   * article in the same language, else its fallback language, else nowhere.
   */
  const articleHref = (linkNode: { fields: { doc?: { value?: unknown } | null } }, locale: Locale): string => {
    const value = linkNode.fields.doc?.value
    const id = value && typeof value === 'object' ? (value as Row).id : value
    const target = articles.get(id as string | number)
    if (!target) return '#'
    const shown = target.translations[locale] ? locale : fallbackFor(target)?.locale
    return shown ? urls.article(shown, target.slug) : '#'
  }
  const topics = new Map<string | number, SiteTopic>()
  const articles = new Map<string | number, SiteArticle>()
  const glossary = new Map<string | number, SiteGlossaryTerm>()
  // Bodies are rendered once every article is known, so links between articles resolve.
  const bodies: { article: SiteArticle; locale: Locale; body: unknown }[] = []
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
        // A date left behind when an editor changed the kind is not shown.
        effectiveDate:
          doc.kind === 'law-change' && typeof doc.effectiveDate === 'string' ? doc.effectiveDate.slice(0, 10) : undefined,
        translations: {},
      }
      article.translations[locale] = {
        title: doc.title as string,
        summary: (doc.summary as string | null) || undefined,
        html: '',
        text: doc.body ? convertLexicalToPlaintext({ data: doc.body as never }) : '',
        keywords: ((doc.searchKeywords as string[] | null | undefined) ?? []).filter(Boolean),
        updatedAt: ((doc.textUpdatedAt as string | null) || (doc.updatedAt as string)),
      }
      articles.set(doc.id, article)
      if (doc.body) bodies.push({ article, locale, body: doc.body })
    }
  }
  for (const { article, locale, body } of bodies) {
    article.translations[locale]!.html = convertLexicalToHTML({
      data: body as never,
      disableContainer: true,
      converters: { ...defaultHTMLConverters, ...LinkHTMLConverter({ internalDocToHref: ({ linkNode }) => articleHref(linkNode, locale) }) },
    })
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
