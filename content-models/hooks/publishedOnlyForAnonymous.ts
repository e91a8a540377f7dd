import type {
  CollectionAfterReadHook,
  CollectionBeforeOperationHook,
  CollectionSlug,
  FlattenedField,
  PayloadRequest,
} from 'payload'

import { isLocale } from '../locales'

/**
 * Anonymous reads never ask for drafts or borrow another language's text:
 * `?draft=true` and `?fallback-locale=…` are ignored without a login, because
 * the access rule can only see the requested language's status.
 */
export const anonymousReadsPublished: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  // Trusted server code (Local API with access checks off) reads what it asks for.
  if (operation !== 'read' || req.user || overrideAccess) return args
  req.fallbackLocale = false
  return { ...args, draft: false }
}

/**
 * Deletes the unpublished languages from every localized value in `data`,
 * including those inside rows, collapsibles, groups and array rows (Payload's
 * `flattenedFields` already lifts the layout-only ones to their parent).
 */
function stripLocales(
  data: Record<string, unknown>,
  fields: FlattenedField[],
  published: (locale: string) => boolean,
): void {
  for (const field of fields) {
    const value = data[field.name]
    if (!value || typeof value !== 'object') continue
    if (field.localized && !Array.isArray(value)) {
      for (const locale of Object.keys(value)) {
        if (isLocale(locale) && !published(locale)) delete (value as Record<string, unknown>)[locale]
      }
    } else if (field.type === 'array' && Array.isArray(value)) {
      for (const row of value)
        if (row && typeof row === 'object')
          stripLocales(row as Record<string, unknown>, field.flattenedFields, published)
    } else if ((field.type === 'group' || field.type === 'tab') && !Array.isArray(value)) {
      stripLocales(value as Record<string, unknown>, field.flattenedFields, published)
    }
  }
}

/**
 * With `?locale=all` a document published in one language comes back with
 * every language; for anonymous readers, drop the languages not published.
 */
export const stripUnpublishedLocales: CollectionAfterReadHook = ({ doc, req, collection, overrideAccess }) => {
  if (req.user || overrideAccess || !doc || typeof doc._status !== 'object' || doc._status === null) return doc
  const status = doc._status as Record<string, string>
  stripLocales(doc, collection.flattenedFields, (locale) => status[locale] === 'published')
  return doc
}

type Refs = Map<string, Set<unknown>>
const refId = (value: unknown): unknown => (value && typeof value === 'object' ? (value as { id?: unknown }).id : value)

/** Calls `visit` for each relationship value in `data`, through groups and array rows. */
function eachRelationship(
  data: Record<string, unknown>,
  fields: FlattenedField[],
  visit: (field: FlattenedField & { relationTo: string }, holder: Record<string, unknown>) => void,
): void {
  for (const field of fields) {
    const value = data[field.name]
    if (value === null || value === undefined) continue
    // At depth 0 a single-value relationship is the bare id (a number), not an object.
    if (field.type === 'relationship' && typeof field.relationTo === 'string')
      visit(field as FlattenedField & { relationTo: string }, data)
    else if (typeof value !== 'object') continue
    else if (field.type === 'array' && Array.isArray(value)) {
      for (const row of value)
        if (row && typeof row === 'object')
          eachRelationship(row as Record<string, unknown>, field.flattenedFields, visit)
    } else if ((field.type === 'group' || field.type === 'tab') && !Array.isArray(value))
      eachRelationship(value as Record<string, unknown>, field.flattenedFields, visit)
  }
}

/** Ids among `ids` of documents published in at least one language. */
async function publishedIds(req: PayloadRequest, collection: CollectionSlug, ids: unknown[]): Promise<Set<unknown>> {
  const found = await req.payload.db.find({
    collection,
    where: { id: { in: ids } },
    locale: 'all',
    // Only the status: a whole document in every language (bodies included) would be read to answer yes or no.
    select: { _status: true },
    limit: 0,
    pagination: false,
    req,
  })
  const published = (status: unknown) =>
    status === 'published' ||
    (Boolean(status) && typeof status === 'object' && Object.values(status as object).includes('published'))
  return new Set(found.docs.filter((doc) => published((doc as { _status?: unknown })._status)).map((doc) => doc.id))
}

type Batch = Map<CollectionSlug, { id: unknown; settle: (published: boolean) => void; fail: (e: unknown) => void }[]>

/**
 * Whether document `id` of `collection` is published in some language, as this
 * request knows it. A list's documents run their afterRead hooks together, so
 * the questions they ask in one turn of the event loop go to the database as
 * one query per collection, and each document is asked about once.
 */
function isPublished(req: PayloadRequest, collection: CollectionSlug, id: unknown): Promise<boolean> {
  const context = req.context as { publishedRefs?: Map<string, Promise<boolean>>; publishedBatch?: Batch }
  const known = (context.publishedRefs ??= new Map())
  const key = `${collection}:${String(id)}`
  let answer = known.get(key)
  if (!answer) {
    answer = new Promise<boolean>((settle, fail) => {
      let batch = context.publishedBatch
      if (!batch) {
        const next: Batch = (batch = context.publishedBatch = new Map())
        setImmediate(() => {
          context.publishedBatch = undefined
          for (const [slug, asked] of next) {
            publishedIds(
              req,
              slug,
              asked.map((a) => a.id),
            ).then(
              (published) => asked.forEach((a) => a.settle(published.has(a.id))),
              (error: unknown) => asked.forEach((a) => a.fail(error)),
            )
          }
        })
      }
      const asked = batch.get(collection) ?? []
      asked.push({ id, settle, fail })
      batch.set(collection, asked)
    })
    known.set(key, answer)
  }
  return answer
}

/**
 * A published document may point at a draft (a law change listing an article
 * still being written). Anonymous readers get only the references to
 * documents published in some language: a draft's id tells them it exists.
 */
export const dropDraftReferences: CollectionAfterReadHook = async ({ doc, req, collection, overrideAccess }) => {
  if (req.user || overrideAccess || !doc) return doc
  const refs: Refs = new Map()
  const drafted = (slug: string) => Boolean(req.payload.collections[slug as CollectionSlug]?.config.versions?.drafts)
  eachRelationship(doc, collection.flattenedFields, (field, holder) => {
    if (!drafted(field.relationTo)) return
    const values = Array.isArray(holder[field.name]) ? (holder[field.name] as unknown[]) : [holder[field.name]]
    // Most documents point at nothing: no query for them (the site's export reads every document this way).
    if (!values.length) return
    const set = refs.get(field.relationTo) ?? new Set()
    for (const v of values) set.add(refId(v))
    refs.set(field.relationTo, set)
  })
  if (!refs.size) return doc
  const allowed = new Map<string, Set<unknown>>()
  for (const [slug, ids] of refs) {
    const answers = await Promise.all([...ids].map((id) => isPublished(req, slug as CollectionSlug, id)))
    allowed.set(slug, new Set([...ids].filter((_, i) => answers[i])))
  }
  eachRelationship(doc, collection.flattenedFields, (field, holder) => {
    const ok = allowed.get(field.relationTo)
    if (!ok) return
    const value = holder[field.name]
    holder[field.name] = Array.isArray(value)
      ? value.filter((v) => ok.has(refId(v)))
      : ok.has(refId(value))
        ? value
        : null
  })
  return doc
}
