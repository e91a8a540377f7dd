import type { Payload, Where } from 'payload'

import { type Locale, localeCodes, sourceLocale, translatedCollections } from '../content-models'
import { documentLanguages } from '../content-models/rules/documentLanguages'
import { changedSinceReview } from '../content-models/rules/legalReview'
import {
  localeFacts,
  type TranslationState,
  type TranslationStatus,
  translationStatuses,
} from '../content-models/rules/translationStatus'

export type TranslatedCollection = (typeof translatedCollections)[number]['slug']

export interface ReportRow {
  collection: TranslatedCollection
  id: string | number
  slug: string
  /** The title in the source language, or the first language that has one. */
  title: string
  statuses: Record<Locale, TranslationStatus>
  /** The languages it should exist in (rules/documentLanguages.ts): the only ones counted and listed as to do. */
  languages: Locale[]
}

/** A reviewed article whose text changed, in some of its languages, after the review. */
export interface ChangedSinceReview {
  id: string | number
  slug: string
  title: string
  reviewedAt: string
  languages: Locale[]
}

/** An article whose next legal review date has passed. */
export interface OverdueReview {
  id: string | number
  slug: string
  title: string
  reviewDue: string
  reviewedAt?: string
}

export interface TranslationReport {
  rows: ReportRow[]
  /** Per language: how many documents are missing, draft or outdated there. */
  totals: Record<Locale, Record<TranslationState, number>>
  /** Articles whose next legal review date has passed, most overdue first: all of them, or the page asked for. */
  overdueReviews: OverdueReview[]
  /** How many articles are overdue for review in all. */
  overdueTotal: number
  /** The page of `overdueReviews` (1 when all are there), after clamping to the pages there are. */
  overduePage: number
  /** Reviewed articles whose text changed after the review: for the legal reviewers to check again. */
  changedSinceReview: ChangedSinceReview[]
}

export interface ReportOptions {
  /** The moment a review date is compared with. */
  now?: Date
  /** Read only this page of the overdue reviews (`limit` per page) rather than all of them. */
  overdue?: { page: number; limit: number }
}

type Doc = Record<string, unknown> & { id: string | number }

/** Every document of `collection` in all languages, with only the fields in `select` (never the bodies). */
async function all(
  payload: Payload,
  collection: TranslatedCollection,
  draft: boolean,
  select: Record<string, true>,
  where?: Where,
): Promise<Doc[]> {
  const result = await payload.find({
    collection,
    locale: 'all',
    draft,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: select as never,
    ...(where ? { where } : {}),
  })
  return result.docs as unknown as Doc[]
}

/** A collection's documents as last read (latest versions and published ones), and its newest version's time. */
interface Snapshot {
  newest: string
  latest: Map<Doc['id'], Doc>
  published: Map<Doc['id'], Doc>
}

// The documents each Payload instance last read, so a dashboard view reads only what changed since:
// reading every document through the Local API takes about a second per thousand.
const snapshots = new WeakMap<Payload, Map<TranslatedCollection, Snapshot>>()
/** Documents changed since the last read that are read again and merged; more, and all are read again. */
const MERGE_AT_MOST = 500

/**
 * Every document of `collection`, latest versions and published ones, read
 * again only where something changed. Every save, draft or published, writes a
 * version: the newest version's time and the number of documents (one cheap
 * query) say whether the last read still holds; if not, the documents with a
 * version since then are read again and merged, and everything is read again
 * only when the number of documents still differs (one was deleted).
 */
async function documents(
  payload: Payload,
  collection: TranslatedCollection,
  latestFields: Record<string, true>,
): Promise<Omit<Snapshot, 'newest'>> {
  const read = (draft: boolean, where?: Where) =>
    all(payload, collection, draft, draft ? latestFields : { _status: true }, where)
  const byCollection = snapshots.get(payload) ?? new Map<TranslatedCollection, Snapshot>()
  snapshots.set(payload, byCollection)
  const last = byCollection.get(collection)
  const head = await payload.findVersions({
    collection,
    where: { latest: { equals: true } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { updatedAt: true } as never,
  })
  const newest = String((head.docs[0] as { updatedAt?: string } | undefined)?.updatedAt ?? '')
  if (last && last.newest === newest && last.latest.size === head.totalDocs) return last
  let next: Snapshot | undefined
  if (last && newest >= last.newest) {
    // From the last newest time itself: a save in the same millisecond is read again, not missed.
    const versions = await payload.findVersions({
      collection,
      where: { updatedAt: { greater_than_equal: last.newest } },
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { parent: true } as never,
    })
    const ids = [...new Set(versions.docs.map((v) => (v as { parent: Doc['id'] }).parent))]
    // After an import that touched most documents, reading them all is as quick.
    if (ids.length <= MERGE_AT_MOST) {
      const where: Where = { id: { in: ids } }
      const [latest, published] = ids.length ? await Promise.all([read(true, where), read(false, where)]) : [[], []]
      next = { newest, latest: new Map(last.latest), published: new Map(last.published) }
      for (const id of ids) {
        next.latest.delete(id)
        next.published.delete(id)
      }
      for (const doc of latest) next.latest.set(doc.id, doc)
      for (const doc of published) next.published.set(doc.id, doc)
      if (next.latest.size !== head.totalDocs) next = undefined
    }
  }
  if (!next) {
    const [latest, published] = await Promise.all([read(true), read(false)])
    next = {
      newest,
      latest: new Map(latest.map((d) => [d.id, d])),
      published: new Map(published.map((d) => [d.id, d])),
    }
  }
  byCollection.set(collection, next)
  return next
}

/** One collection's rows, by title: its latest texts and dates, and which languages are published. */
async function collectionRows(
  { slug: collection, titleField }: (typeof translatedCollections)[number],
  payload: Payload,
): Promise<
  (ReportRow & {
    reviewedAt?: string
    reviewRecordedAt?: string
    textUpdatedAt?: Partial<Record<Locale, string | null>>
  })[]
> {
  const { latest, published } = await documents(payload, collection, {
    slug: true,
    [titleField]: true,
    textUpdatedAt: true,
    country: true,
    targetLanguages: true,
    ...(collection === 'articles' ? { reviewedAt: true, reviewRecordedAt: true } : {}),
  })
  return [...latest.values()]
    .map((doc) => {
      const titles = (doc[titleField] ?? {}) as Partial<Record<Locale, string>>
      return {
        collection,
        id: doc.id,
        slug: doc.slug as string,
        title: titles[sourceLocale] ?? localeCodes.map((l) => titles[l]).find(Boolean) ?? String(doc.slug),
        statuses: translationStatuses(localeFacts(doc, published.get(doc.id), titleField)),
        languages: documentLanguages(doc as { targetLanguages?: unknown[]; country?: unknown }),
        reviewedAt: doc.reviewedAt ? String(doc.reviewedAt).slice(0, 10) : undefined,
        reviewRecordedAt: (doc.reviewRecordedAt as string | null | undefined) ?? undefined,
        textUpdatedAt: doc.textUpdatedAt as Partial<Record<Locale, string | null>> | undefined,
      }
    })
    .sort((a, b) => byTitle.compare(a.title, b.title) || String(a.id).localeCompare(String(b.id)))
}

// Rows in a fixed order, whatever order the documents were read in, so a page of the dashboard's lists stays put.
const byTitle = new Intl.Collator(sourceLocale)

/** The articles overdue for legal review at `now`, most overdue first: all of them, or one page counted by the database. */
async function overdueReviews(
  payload: Payload,
  now: Date,
  page?: { page: number; limit: number },
): Promise<Pick<TranslationReport, 'overdueReviews' | 'overdueTotal' | 'overduePage'>> {
  const find = (p?: number) =>
    payload.find({
      collection: 'articles',
      where: { reviewDue: { less_than: now.toISOString() } },
      locale: sourceLocale,
      fallbackLocale: false,
      draft: true,
      depth: 0,
      ...(page ? { limit: page.limit, page: p } : { limit: 0, pagination: false }),
      sort: 'reviewDue',
      overrideAccess: true,
      select: { slug: true, title: true, reviewDue: true, reviewedAt: true },
    })
  let result = await find(page?.page)
  // A page past the end (the list shrank since the link was made) shows the last one.
  if (page && result.docs.length === 0 && result.totalPages > 0 && page.page > result.totalPages) {
    result = await find(result.totalPages)
  }
  return {
    overdueReviews: (result.docs as unknown as Doc[]).map((d) => ({
      id: d.id,
      slug: d.slug as string,
      title: (d.title as string) ?? String(d.slug),
      reviewDue: String(d.reviewDue).slice(0, 10),
      reviewedAt: d.reviewedAt ? String(d.reviewedAt).slice(0, 10) : undefined,
    })),
    overdueTotal: result.totalDocs,
    overduePage: result.page ?? 1,
  }
}

/**
 * Reads ahead what the editorial dashboard's report is made of (every
 * translated document's titles and dates), which the reports after it only
 * bring up to date: the first editor to open the dashboard does not wait for
 * all of it to be read (1.5 s at 3,000 articles in seven languages, where a
 * report after it takes 0.08–0.16 s). For the admin's server, once Payload is
 * ready (payload.config.ts `onInit`).
 */
export async function readReportAhead(payload: Payload): Promise<void> {
  await Promise.all(translatedCollections.map((c) => collectionRows(c, payload)))
}

/**
 * Where every document stands in every language, and which articles are due
 * for legal review. The statuses need every document's titles and dates (only
 * those fields are read); the overdue reviews can be read a page at a time.
 */
export async function translationReport(
  payload: Payload,
  { now = new Date(), overdue }: ReportOptions = {},
): Promise<TranslationReport> {
  const [read, reviews] = await Promise.all([
    Promise.all(translatedCollections.map((c) => collectionRows(c, payload))).then((r) => r.flat()),
    overdueReviews(payload, now, overdue),
  ])
  const totals = Object.fromEntries(
    localeCodes.map((l) => [l, { missing: 0, draft: 0, published: 0, outdated: 0 }]),
  ) as Record<Locale, Record<TranslationState, number>>
  for (const row of read) for (const l of row.languages) totals[l][row.statuses[l].state]++
  const changed = read.flatMap(
    ({ collection, id, slug, title, reviewedAt, reviewRecordedAt, textUpdatedAt, languages }) => {
      if (collection !== 'articles' || !reviewedAt) return []
      const since = changedSinceReview({ reviewedAt, reviewRecordedAt }, textUpdatedAt, languages)
      return since.length ? [{ id, slug, title, reviewedAt, languages: since }] : []
    },
  )
  const rows = read.map(({ collection, id, slug, title, statuses, languages }) => ({
    collection,
    id,
    slug,
    title,
    statuses,
    languages,
  }))
  // Reviewed longest ago first: the oldest reviews vouch for the most changed text.
  changed.sort((a, b) => a.reviewedAt.localeCompare(b.reviewedAt))
  return { rows, totals, ...reviews, changedSinceReview: changed }
}
