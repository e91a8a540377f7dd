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
import { sameText } from '../../content-models/rules/sameText'
import { zonedToUtc } from '../../content-models/rules/zonedTime'
import { articleType, type DocType, type DocumentInput, eventType, helpCentreType } from './doc-types'
import { ContentError, type Problem } from './problems'
import type { ContentDir, TopicInput } from './read-content-dir'

export type Outcome = 'created' | 'updated' | 'unchanged'
type Counts = Record<Outcome, number>

export interface WriteReport {
  articles: Counts
  events: Counts
  helpCentres: Counts
  translations: number
  topics: Counts
  regions: Counts
  glossary: Counts
  alert?: Outcome
  /** Topic slugs used by articles but missing from topics.yml and the database. */
  createdWithoutTitles: string[]
}

export interface WriteOptions {
  /** Called once per document, for progress output. */
  onDocument?: (folder: DocType['folder'], slug: string, outcome: Outcome, locales: Locale[]) => void
}

type Doc = Record<string, unknown> & { id: number | string }
type Id = string | number
type EditorConfig = Awaited<ReturnType<typeof editorConfigFactory.default>>
const counts = (): Counts => ({ created: 0, updated: 0, unchanged: 0 })

/** Source language first, so a new document is created from the original text. */
function orderedLocales(doc: DocumentInput): Locale[] {
  return localeCodes
    .filter((l) => doc.translations[l])
    .sort((a, b) => Number(b === sourceLocale) - Number(a === sourceLocale))
}

function sameJSON(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null)
}

/** A stored value as the importer writes it: relations as ids, array rows without their ids. */
function normalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(normalize)
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>
    if ('id' in o && ('slug' in o || 'createdAt' in o)) return o.id
    return Object.fromEntries(
      Object.entries(o)
        .filter(([k]) => k !== 'id')
        .map(([k, v]) => [k, normalize(v)]),
    )
  }
  return value ?? null
}

const day = (value: unknown) => (value ? `${String(value)}T00:00:00.000Z` : null)

/** Lookups from slugs in the files to the ids of documents in the database. */
interface Refs {
  topics: Map<string, Id>
  regions: Map<string, Id>
  helpCentres: Map<string, Id>
  articles: Map<string, Id>
}

function refIds(slugs: unknown, map: Map<string, Id>): Id[] {
  return ((slugs as string[] | undefined) ?? []).map((s) => map.get(s)).filter((id): id is Id => id !== undefined)
}

/** The language-independent data of a document, as Payload field values. */
function sharedData(type: DocType, doc: DocumentInput, refs: Refs): Record<string, unknown> {
  const s = doc.shared
  const pick = (...names: string[]) => Object.fromEntries(names.map((n) => [n, s[n] ?? null]))
  if (type === articleType) {
    return {
      slug: doc.slug,
      ...pick('kind', 'country', 'legalUrl'),
      affectedCitizenships: s.affectedCitizenships ?? [],
      affectedStatuses: s.affectedStatuses ?? [],
      topics: refIds(s.topics, refs.topics),
      effectiveDate: day(s.effectiveDate),
      expiryDate: day(s.expiryDate),
      reviewedAt: day(s.reviewedAt),
      reviewDue: day(s.reviewDue),
    }
  }
  if (type === eventType) {
    const tz = s.timeZone as string
    return {
      slug: doc.slug,
      ...pick('eventKind', 'country', 'onlineUrl', 'registrationUrl', 'registrationPhone'),
      languages: s.languages ?? [],
      start: zonedToUtc(s.start as string, tz),
      start_tz: tz,
      end: zonedToUtc(s.end as string, tz),
      end_tz: tz,
      region: s.region ? (refs.regions.get(s.region as string) ?? null) : null,
      helpCentre: s.helpCentre ? (refs.helpCentres.get(s.helpCentre as string) ?? null) : null,
      topics: refIds(s.topics, refs.topics),
    }
  }
  return {
    slug: doc.slug,
    ...pick('country', 'hotline', 'hotlineFree', 'whatsapp', 'telegram', 'viber', 'email', 'website'),
    phones: s.phones ?? [],
    languages: s.languages ?? [],
    services: s.services ?? [],
    region: refs.regions.get(s.region as string) ?? null,
  }
}

/** One language's data; `rowIds` keeps change-history rows (and their other languages' notes). */
function textData(
  type: DocType,
  doc: DocumentInput,
  locale: Locale,
  editorConfig: EditorConfig,
  rowIds: Map<string, string>,
): Record<string, unknown> {
  const t = doc.translations[locale]!
  const text = t.text
  const pick = (...names: string[]) => Object.fromEntries(names.map((n) => [n, text[n] ?? null]))
  const body = t.markdown ? convertMarkdownToLexical({ editorConfig, markdown: t.markdown }) : null
  if (type === articleType) {
    // Change-note dates are shared: every language's list contributes its dates.
    const dates = new Set<string>()
    for (const tr of Object.values(doc.translations))
      for (const c of (tr?.text.changes as { date: string }[]) ?? []) dates.add(c.date)
    const notes = new Map(((text.changes as { date: string; note: string }[]) ?? []).map((c) => [c.date, c.note]))
    return {
      ...pick('title', 'summary', 'legalAct', 'legalArticle'),
      body,
      searchKeywords: text.keywords ?? [],
      // Oldest first, so a new note is a new last row and the rows holding
      // other languages' notes keep their places.
      changeHistory: [...dates]
        .sort()
        .map((d) => ({ ...(rowIds.has(d) ? { id: rowIds.get(d) } : {}), date: day(d), note: notes.get(d) ?? null })),
    }
  }
  if (type === eventType) return { ...pick('title', 'summary', 'address', 'organiser'), body }
  return { ...pick('name', 'organisation', 'city', 'address', 'openingHours'), body }
}

/** Database fields stored under another name than the front-matter key the author wrote (textData, sharedData). */
const FRONT_MATTER_KEYS: Record<string, string> = {
  searchKeywords: 'keywords',
  changeHistory: 'changes',
  start_tz: 'timeZone',
  end_tz: 'timeZone',
}

/** The front-matter key of a database field path such as `changeHistory.0.note` (rows are stored in another order than written, so no row number). */
const frontMatterKey = (fieldPath: string) => {
  const field = fieldPath.split('.')[0]
  return Object.hasOwn(FRONT_MATTER_KEYS, field) ? FRONT_MATTER_KEYS[field] : field
}

/** Turns a Payload validation error into problems naming file, locale and front-matter key. */
function problemsFrom(error: unknown, file: string, locale: Locale): Problem[] {
  if (error instanceof ValidationError) {
    return error.data.errors.map((e) => ({
      file,
      locale,
      field: frontMatterKey(e.path),
      message:
        e.path === 'changeHistory'
          ? 'publishing a change to the text of a published article needs a public change note: add "- { date: YYYY-MM-DD, note: … }" to changes, or set minorChange: true for a typo fix'
          : e.message,
    }))
  }
  return [{ file, locale, message: error instanceof Error ? error.message : String(error) }]
}

/**
 * Creates or updates one document, language by language, skipping languages
 * that did not change. `existingId` is the stored document of that slug, if any.
 */
async function writeDocument(
  payload: Payload,
  req: PayloadRequest,
  type: DocType,
  doc: DocumentInput,
  existingId: Id | undefined,
  refs: Refs,
  editorConfig: EditorConfig,
): Promise<{ outcome: Outcome; id: Id }> {
  const collection = type.collection
  const shared = sharedData(type, doc, refs)
  let id = existingId
  let outcome: Outcome = id === undefined ? 'created' : 'unchanged'

  for (const locale of orderedLocales(doc)) {
    const t = doc.translations[locale]!
    const status = t.published ? 'published' : 'draft'
    try {
      const current =
        id === undefined
          ? undefined
          : ((await payload.findByID({
              collection,
              id,
              locale,
              fallbackLocale: false,
              draft: true,
              depth: 0,
              req,
            })) as unknown as Doc)
      const rowIds = new Map(
        ((current?.changeHistory as { id: string; date: string }[] | undefined) ?? []).map((r) => [
          String(r.date).slice(0, 10),
          r.id,
        ]),
      )
      const data: Record<string, unknown> = {
        ...shared,
        ...textData(type, doc, locale, editorConfig, rowIds),
        _status: status,
      }
      if (id === undefined) {
        id = (await payload.create({ collection, locale, data: data as never, draft: !t.published, req })).id
        continue
      }
      const unchanged =
        current!._status === status &&
        Object.entries(data).every(([k, v]) =>
          k === 'body' ? sameText(current![k], v) : sameJSON(normalize(current![k]), normalize(v)),
        )
      if (unchanged) continue
      if (t.text.minorChange === true) data.minorChange = true
      await payload.update({ collection, id, locale, data: data as never, draft: !t.published, req })
      if (outcome !== 'created') outcome = 'updated'
    } catch (error) {
      throw new ContentError(problemsFrom(error, t.file, locale), { cause: error })
    }
  }
  return { outcome, id: id! }
}

/** Links law changes to the articles they affect, once every article has an id. */
async function linkAffectedArticles(
  payload: Payload,
  req: PayloadRequest,
  docs: DocumentInput[],
  refs: Refs,
): Promise<void> {
  for (const doc of docs) {
    const wanted = refIds(doc.shared.affectedArticles, refs.articles)
    const missing = ((doc.shared.affectedArticles as string[] | undefined) ?? []).filter((s) => !refs.articles.has(s))
    const file = Object.values(doc.translations)[0]!.file
    if (missing.length)
      throw new ContentError([
        { file, field: 'affectedArticles', message: `no article with slug ${missing.join(', ')}` },
      ])
    const id = refs.articles.get(doc.slug)!
    const locale = orderedLocales(doc)[0]
    const current = (await payload.findByID({
      collection: 'articles',
      id,
      locale,
      draft: true,
      depth: 0,
      req,
    })) as unknown as Doc
    if (sameJSON(normalize(current.affectedArticles ?? []), normalize(wanted))) continue
    const published = doc.translations[locale]!.published
    await payload.update({
      collection: 'articles',
      id,
      locale,
      data: { affectedArticles: wanted, _status: published ? 'published' : 'draft' } as never,
      draft: !published,
      req,
    })
  }
}

/** The document whose unique `field` is `value`, with every locale's values. */
async function findAllLocales(
  payload: Payload,
  req: PayloadRequest,
  collection: 'topics' | 'regions' | 'glossary-terms',
  field: string,
  value: string,
): Promise<Doc | undefined> {
  const found = await payload.find({
    collection,
    where: { [field]: { equals: value } },
    locale: 'all',
    limit: 1,
    depth: 0,
    req,
  })
  return found.docs[0] as unknown as Doc | undefined
}

/** Writes a slug-keyed list with one localized name field (topics, regions). */
async function writeNamed(
  payload: Payload,
  req: PayloadRequest,
  collection: 'topics' | 'regions',
  nameField: 'title' | 'name',
  items: { slug: string; names: Partial<Record<Locale, string>>; extra?: Record<string, unknown> }[],
  report: Counts,
  onNew?: (slug: string) => void,
): Promise<Map<string, Id>> {
  const ids = new Map<string, Id>()
  const stored = await payload.find({ collection, locale: 'all', limit: 0, depth: 0, req })
  const bySlug = new Map((stored.docs as unknown as Doc[]).map((d) => [d.slug as string, d]))
  for (const item of items) {
    let doc = bySlug.get(item.slug)
    let outcome: Outcome = 'unchanged'
    const names = Object.keys(item.names).length > 0 ? item.names : { [sourceLocale]: item.slug }
    if (!doc) {
      if (Object.keys(item.names).length === 0) onNew?.(item.slug)
      const [first, ...rest] = localeCodes.filter((l) => names[l])
      doc = (await payload.create({
        collection,
        locale: first,
        data: { slug: item.slug, [nameField]: names[first], ...item.extra } as never,
        req,
      })) as unknown as Doc
      for (const locale of rest)
        await payload.update({ collection, id: doc.id, locale, data: { [nameField]: names[locale] } as never, req })
      outcome = 'created'
    } else {
      const current = (doc[nameField] ?? {}) as Record<string, string>
      for (const locale of localeCodes) {
        if (item.names[locale] && current[locale] !== item.names[locale]) {
          await payload.update({
            collection,
            id: doc.id,
            locale,
            data: { [nameField]: item.names[locale] } as never,
            req,
          })
          outcome = 'updated'
        }
      }
      const extra = Object.entries(item.extra ?? {})
      if (extra.some(([key, value]) => doc![key] !== value)) {
        await payload.update({ collection, id: doc.id, data: item.extra as never, req })
        outcome = 'updated'
      }
    }
    report[outcome]++
    ids.set(item.slug, doc.id)
  }
  return ids
}

async function existingIds(
  payload: Payload,
  req: PayloadRequest,
  collection: 'topics' | 'regions' | 'help-centres' | 'articles' | 'events',
) {
  const all = await payload.find({ collection, limit: 0, depth: 0, draft: true, req, select: { slug: true } as never })
  return new Map((all.docs as unknown as { slug: string; id: Id }[]).map((d) => [d.slug, d.id]))
}

async function writeGlossary(
  payload: Payload,
  req: PayloadRequest,
  content: ContentDir,
  report: Counts,
): Promise<void> {
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
    report[!existing ? 'created' : locales.length > 0 ? 'updated' : 'unchanged']++
  }
}

async function writeAlert(
  payload: Payload,
  req: PayloadRequest,
  alert: NonNullable<ContentDir['alert']>,
): Promise<Outcome> {
  let outcome: Outcome = 'unchanged'
  const shared = { active: alert.active, level: alert.level, expiresAt: alert.expiresAt, link: alert.link ?? null }
  for (const locale of localeCodes.filter((l) => alert.message[l])) {
    const current = (await payload.findGlobal({
      slug: 'site-alert',
      locale,
      fallbackLocale: false,
      depth: 0,
      req,
    })) as unknown as Doc
    const data = { ...shared, message: alert.message[locale] }
    if (Object.entries(data).every(([k, v]) => sameJSON(current[k], v))) continue
    await payload.updateGlobal({ slug: 'site-alert', locale, data: data as never, req })
    outcome = 'updated'
  }
  return outcome
}

/**
 * Writes validated content to the database in one transaction: every document
 * is created or updated in place (matched by slug or key), or, on any error,
 * nothing at all is changed.
 */
export async function writeContent(
  payload: Payload,
  content: ContentDir,
  options: WriteOptions = {},
): Promise<WriteReport> {
  const report: WriteReport = {
    articles: counts(),
    events: counts(),
    helpCentres: counts(),
    translations: 0,
    topics: counts(),
    regions: counts(),
    glossary: counts(),
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
    const topics: TopicInput[] = [...content.topics]
    for (const doc of [...content.articles, ...content.events]) {
      for (const slug of (doc.shared.topics as string[]) ?? []) {
        if (!topics.some((t) => t.slug === slug)) topics.push({ slug, titles: {} })
      }
    }
    const refs: Refs = {
      topics: await writeNamed(
        payload,
        req,
        'topics',
        'title',
        topics.map((t) => ({ slug: t.slug, names: t.titles })),
        report.topics,
        (s) => report.createdWithoutTitles.push(s),
      ),
      regions: await existingIds(payload, req, 'regions'),
      helpCentres: await existingIds(payload, req, 'help-centres'),
      articles: await existingIds(payload, req, 'articles'),
    }
    const regionIds = await writeNamed(
      payload,
      req,
      'regions',
      'name',
      content.regions.map((r) => ({ slug: r.slug, names: r.names, extra: { country: r.country } })),
      report.regions,
    )
    for (const [slug, id] of regionIds) refs.regions.set(slug, id)
    await writeGlossary(payload, req, content, report.glossary)
    // Each type's stored ids by slug; written documents are added, so later references resolve.
    const steps: [DocType, DocumentInput[], Counts, Map<string, Id>][] = [
      [helpCentreType, content.helpCentres, report.helpCentres, refs.helpCentres],
      [articleType, content.articles, report.articles, refs.articles],
      [eventType, content.events, report.events, await existingIds(payload, req, 'events')],
    ]
    for (const [type, docs, tally, ids] of steps) {
      for (const doc of docs) {
        const problems = unresolved(type, doc, refs)
        if (problems.length) throw new ContentError(problems)
        const { outcome, id } = await writeDocument(payload, req, type, doc, ids.get(doc.slug), refs, editorConfig)
        ids.set(doc.slug, id)
        tally[outcome]++
        const locales = orderedLocales(doc)
        report.translations += locales.length
        options.onDocument?.(type.folder, doc.slug, outcome, locales)
      }
    }
    await linkAffectedArticles(payload, req, content.articles, refs)
    if (content.alert) report.alert = await writeAlert(payload, req, content.alert)
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  return report
}

/** Slugs a document refers to that exist neither in the files nor in the database. */
function unresolved(type: DocType, doc: DocumentInput, refs: Refs): Problem[] {
  const file = Object.values(doc.translations)[0]!.file
  const problems: Problem[] = []
  const check = (field: string, map: Map<string, Id>, what: string) => {
    const slug = doc.shared[field] as string | undefined
    if (slug && !map.has(slug))
      problems.push({ file, field, message: `no ${what} with slug "${slug}" in the import or the database` })
  }
  if (type !== articleType) check('region', refs.regions, 'region (regions.yml)')
  if (type === eventType) check('helpCentre', refs.helpCentres, 'help centre')
  return problems
}
