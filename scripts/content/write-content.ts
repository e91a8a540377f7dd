import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
  ValidationError,
} from 'payload'

import { type Locale, localeCodes, sourceLocale } from '../../content-models/locales'
import type { ArticleInput, ContentDir, TopicInput } from './read-content-dir'
import { ContentError, type Problem } from './problems'

export type Outcome = 'created' | 'updated' | 'unchanged'

export interface WriteReport {
  articles: Record<Outcome, number>
  translations: number
  topics: Record<Outcome, number>
  glossary: Record<Outcome, number>
  /** Topic slugs used by articles but missing from topics.yml and the database. */
  createdWithoutTitles: string[]
}

export interface WriteOptions {
  /** Called once per article, for progress output. */
  onArticle?: (slug: string, outcome: Outcome, locales: Locale[]) => void
}

type Doc = Record<string, unknown> & { id: number | string }

/** Source language first, so a new document is created from the original text. */
function orderedLocales(article: ArticleInput): Locale[] {
  return localeCodes
    .filter((l) => article.translations[l])
    .sort((a, b) => Number(b === sourceLocale) - Number(a === sourceLocale))
}

function sameJSON(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null)
}

function relationIds(value: unknown): (string | number)[] {
  if (!Array.isArray(value)) return []
  return value.map((v) => (v && typeof v === 'object' ? (v as Doc).id : (v as string | number)))
}

/** The document whose unique `field` is `value`, with every locale's values. */
async function findAllLocales(
  payload: Payload,
  req: PayloadRequest,
  collection: 'topics' | 'glossary-terms',
  field: string,
  value: string,
): Promise<Doc | undefined> {
  const found = await payload.find({ collection, where: { [field]: { equals: value } }, locale: 'all', limit: 1, depth: 0, req })
  return found.docs[0] as unknown as Doc | undefined
}

async function writeTopics(
  payload: Payload,
  req: PayloadRequest,
  content: ContentDir,
  report: WriteReport,
): Promise<Map<string, string | number>> {
  const wanted = new Map<string, TopicInput>(content.topics.map((t) => [t.slug, t]))
  for (const article of content.articles) {
    for (const slug of article.topics) if (!wanted.has(slug)) wanted.set(slug, { slug, titles: {} })
  }
  const ids = new Map<string, string | number>()
  for (const topic of wanted.values()) {
    let doc = await findAllLocales(payload, req, 'topics', 'slug', topic.slug)
    let outcome: Outcome = 'unchanged'
    if (!doc) {
      const titles = Object.keys(topic.titles).length > 0 ? topic.titles : { [sourceLocale]: topic.slug }
      if (Object.keys(topic.titles).length === 0) report.createdWithoutTitles.push(topic.slug)
      const [first, ...rest] = localeCodes.filter((l) => titles[l])
      doc = (await payload.create({
        collection: 'topics',
        locale: first,
        data: { slug: topic.slug, title: titles[first] as string },
        req,
      })) as unknown as Doc
      for (const locale of rest) {
        await payload.update({ collection: 'topics', id: doc.id, locale, data: { title: titles[locale] }, req })
      }
      outcome = 'created'
    } else {
      const current = (doc.title ?? {}) as Record<string, string>
      for (const locale of localeCodes) {
        const title = topic.titles[locale]
        if (title && current[locale] !== title) {
          await payload.update({ collection: 'topics', id: doc.id, locale, data: { title }, req })
          outcome = 'updated'
        }
      }
    }
    report.topics[outcome]++
    ids.set(topic.slug, doc.id)
  }
  return ids
}

async function writeGlossary(payload: Payload, req: PayloadRequest, content: ContentDir, report: WriteReport): Promise<void> {
  for (const entry of content.glossary) {
    const existing = await findAllLocales(payload, req, 'glossary-terms', 'key', entry.key)
    const current = (existing?.terms ?? {}) as Record<string, string[] | null>
    const locales = localeCodes.filter((l) => entry.terms[l] && !sameJSON(current[l], entry.terms[l]))
    let id = existing?.id
    for (const locale of locales) {
      const data = { key: entry.key, terms: entry.terms[locale] }
      if (id === undefined) id = (await payload.create({ collection: 'glossary-terms', locale, data, req })).id
      else await payload.update({ collection: 'glossary-terms', id, locale, data, req })
    }
    report.glossary[!existing ? 'created' : locales.length > 0 ? 'updated' : 'unchanged']++
  }
}

async function writeArticle(
  payload: Payload,
  req: PayloadRequest,
  article: ArticleInput,
  topicIds: Map<string, string | number>,
  editorConfig: Awaited<ReturnType<typeof editorConfigFactory.default>>,
): Promise<Outcome> {
  const shared = {
    slug: article.slug,
    kind: article.kind,
    country: article.country,
    topics: article.topics.map((t) => topicIds.get(t) as string | number),
    effectiveDate: article.effectiveDate ? `${article.effectiveDate}T00:00:00.000Z` : null,
  }
  const existing = await payload.find({
    collection: 'articles',
    where: { slug: { equals: article.slug } },
    draft: true,
    limit: 1,
    depth: 0,
    req,
  })
  let id = existing.docs[0]?.id as string | number | undefined
  let outcome: Outcome = id === undefined ? 'created' : 'unchanged'

  for (const locale of orderedLocales(article)) {
    const t = article.translations[locale]!
    const status = t.published ? 'published' : 'draft'
    const data = {
      ...shared,
      title: t.title,
      summary: t.summary ?? null,
      body: convertMarkdownToLexical({ editorConfig, markdown: t.markdown }),
      searchKeywords: t.keywords,
      _status: status,
    }
    try {
      if (id === undefined) {
        const created = await payload.create({
          collection: 'articles',
          locale,
          data: data as never,
          draft: !t.published,
          req,
        })
        id = created.id
        continue
      }
      const current = (await payload.findByID({
        collection: 'articles',
        id,
        locale,
        fallbackLocale: false,
        draft: true,
        depth: 0,
        req,
      })) as unknown as Doc
      const unchanged =
        current.title === data.title &&
        (current.summary ?? null) === data.summary &&
        sameJSON(current.body, data.body) &&
        sameJSON(current.searchKeywords ?? [], data.searchKeywords) &&
        current._status === status &&
        current.kind === shared.kind &&
        current.country === shared.country &&
        sameJSON(relationIds(current.topics), shared.topics) &&
        (current.effectiveDate ?? null) === shared.effectiveDate
      if (unchanged) continue
      await payload.update({
        collection: 'articles',
        id,
        locale,
        data: data as never,
        draft: !t.published,
        req,
      })
      if (outcome !== 'created') outcome = 'updated'
    } catch (error) {
      throw new ContentError(problemsFrom(error, t.file, locale), { cause: error })
    }
  }
  return outcome
}

/** Turns a Payload validation error into problems naming file, locale and field. */
function problemsFrom(error: unknown, file: string, locale: Locale): Problem[] {
  if (error instanceof ValidationError) {
    return error.data.errors.map((e) => ({ file, locale, field: e.path, message: e.message }))
  }
  return [{ file, locale, message: error instanceof Error ? error.message : String(error) }]
}

/**
 * Writes validated content to the database in one transaction: every article,
 * topic and glossary concept is created or updated in place (matched by slug), or, on any
 * error, nothing at all is changed.
 */
export async function writeContent(
  payload: Payload,
  content: ContentDir,
  options: WriteOptions = {},
): Promise<WriteReport> {
  const report: WriteReport = {
    articles: { created: 0, updated: 0, unchanged: 0 },
    translations: 0,
    topics: { created: 0, updated: 0, unchanged: 0 },
    glossary: { created: 0, updated: 0, unchanged: 0 },
    createdWithoutTitles: [],
  }
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  if (!req.transactionID) {
    // Payload silently runs without transactions on a standalone MongoDB server.
    throw new ContentError([
      {
        file: 'DATABASE_URI',
        message:
          'the database cannot run transactions, so an import could be left half done. MongoDB must be a replica set (add ?replicaSet=<name> to the URI; Atlas always is).',
      },
    ])
  }
  try {
    const topicIds = await writeTopics(payload, req, content, report)
    await writeGlossary(payload, req, content, report)
    for (const article of content.articles) {
      const outcome = await writeArticle(payload, req, article, topicIds, editorConfig)
      report.articles[outcome]++
      report.translations += orderedLocales(article).length
      options.onArticle?.(article.slug, outcome, orderedLocales(article))
    }
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  return report
}
