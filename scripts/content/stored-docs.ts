import type { Payload, PayloadRequest, Where } from 'payload'

import type { Locale } from '../../content-models/locales'
import { inLocale } from '../lib/in-locale'
import type { DocType } from './doc-types'
import type { Id, StoredDoc } from './references'

/** How many documents the importer reads at once (readStored): a few queries each, not two per language. */
export const READ_BATCH = 50

/** One language of a stored document, as `findByID` returns it to the importer. */
export interface StoredRequest {
  id: Id
  locale: Locale
}

const key = (id: Id, locale: string) => `${String(id)}:${locale}`

/** What decides whether `findByID` with `draft: true` answers from a version. */
interface VersionMeta {
  parent: Id
  version?: { _status?: Record<string, string | null> | null }
}

/**
 * The stored documents of `requests`, each in its language, as
 * `payload.findByID({ locale, fallbackLocale: false, draft: true, depth: 0 })`
 * returns them, read with a few queries for all of them instead of two per
 * document and language: a no-change re-import otherwise spends most of its
 * time reading. Callers pass up to READ_BATCH documents.
 *
 * Payload reads every language of a document's row whatever the language
 * asked for, bodies included, and keeps one: seven reads of one document
 * move its seven bodies seven times. So the documents come from one `find`
 * in every language (`locale: 'all'`), each language then taken from it as
 * its own read gives it (scripts/lib/in-locale.ts): at 7,000 article files a
 * no-change re-import read for 9.3–9.7 s with a read per language.
 *
 * `findByID` with `draft: true` returns the published row, unless a version
 * newer than it (or the latest one) has this language as a draft; then it
 * returns that version (Payload's replaceWithDraftIfAvailable). The few
 * languages a draft replaces are read by `findByID` itself, so that nothing
 * here copies Payload's rules beyond which languages those are.
 */
export async function readStored(
  payload: Payload,
  req: PayloadRequest,
  collection: DocType['collection'],
  requests: StoredRequest[],
): Promise<Map<string, StoredDoc>> {
  const stored = new Map<string, StoredDoc>()
  if (requests.length === 0) return stored
  const ids = [...new Set(requests.map((r) => r.id))]
  const { docs } = await payload.find({
    collection,
    where: { id: { in: ids } },
    locale: 'all',
    fallbackLocale: false,
    draft: false,
    depth: 0,
    limit: 0,
    pagination: false,
    req,
  })
  const fields = payload.collections[collection].config.flattenedFields
  const all = new Map(docs.map((doc) => [String(doc.id), doc as unknown as Record<string, unknown>]))
  const rows = new Map<string, StoredDoc>()
  for (const { id, locale } of requests) {
    const doc = all.get(String(id))
    if (doc) rows.set(key(id, locale), inLocale(doc, fields, locale) as unknown as StoredDoc)
  }
  const drafts = await draftLanguages(payload, req, collection, rows)
  for (const { id, locale } of requests) {
    const row = rows.get(key(id, locale))
    // A missing document is left to findByID, which reports it as before.
    if (!row) continue
    if (!drafts.has(key(id, locale))) {
      stored.set(key(id, locale), row)
      continue
    }
    const draft = await payload.findByID({ collection, id, locale, fallbackLocale: false, draft: true, depth: 0, req })
    stored.set(key(id, locale), draft as unknown as StoredDoc)
  }
  return stored
}

/** Looks up one language of a document read by `readStored`. */
export const storedIn = (stored: Map<string, StoredDoc>, id: Id, locale: Locale) => stored.get(key(id, locale))

/**
 * Goes through `docs` {@link READ_BATCH} at a time: the stored languages
 * `wanted` names for a batch are read together ({@link readStored}) before
 * `each` saves any of its documents (saving one document changes no other),
 * and `each` finds them with `stored(id, locale)`.
 */
export async function inStoredBatches<D>(
  payload: Payload,
  req: PayloadRequest,
  collection: DocType['collection'],
  docs: D[],
  wanted: (doc: D) => StoredRequest[],
  each: (doc: D, stored: (id: Id, locale: Locale) => StoredDoc | undefined) => Promise<void>,
): Promise<void> {
  for (let start = 0; start < docs.length; start += READ_BATCH) {
    const batch = docs.slice(start, start + READ_BATCH)
    const stored = await readStored(payload, req, collection, batch.flatMap(wanted))
    for (const doc of batch) await each(doc, (id, locale) => storedIn(stored, id, locale))
  }
}

/**
 * The languages (as `id:locale`) whose `findByID` with `draft: true` would
 * answer from a version rather than the published row: a version of the
 * document newer than the row, or the latest one, holds the language as a
 * draft (replaceWithDraftIfAvailable, for collections with a status per
 * language). Only the versions' statuses are read, not their text.
 */
async function draftLanguages(
  payload: Payload,
  req: PayloadRequest,
  collection: DocType['collection'],
  rows: Map<string, StoredDoc>,
): Promise<Set<string>> {
  const drafts = payload.collections[collection].config.versions?.drafts
  if (!drafts || typeof drafts !== 'object' || !drafts.localizeStatus) {
    throw new Error(`readStored expects ${collection} to have a status per language (versions.drafts.localizeStatus)`)
  }
  // Every language of a document has the same row date.
  const docs = new Map([...rows.values()].map((row) => [String(row.id), row]))
  if (docs.size === 0) return new Set()
  const versions = await payload.findVersions({
    collection,
    where: {
      or: [...docs.values()].map((row): Where => ({
        and: [
          { parent: { equals: row.id } },
          { or: [{ latest: { equals: true } }, { updatedAt: { greater_than: String(row.updatedAt) } }] },
        ],
      })),
    },
    select: { parent: true, version: { _status: true } } as never,
    locale: 'all',
    depth: 0,
    limit: 0,
    pagination: false,
    req,
  })
  const found = new Set<string>()
  for (const v of versions.docs as unknown as VersionMeta[]) {
    for (const [locale, status] of Object.entries(v.version?._status ?? {}))
      if (status === 'draft') found.add(key(v.parent, locale))
  }
  return found
}
