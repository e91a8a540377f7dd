import type { Payload } from 'payload'

import { type Locale, localeCodes, sourceLocale, translatedCollections } from '../content-models'
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
}

export interface TranslationReport {
  rows: ReportRow[]
  /** Per language: how many documents are missing, draft or outdated there. */
  totals: Record<Locale, Record<TranslationState, number>>
  /** Articles whose next legal review date has passed. */
  overdueReviews: { id: string | number; slug: string; title: string; reviewDue: string; reviewedAt?: string }[]
}

type Doc = Record<string, unknown> & { id: string | number }

/** Every document of `collection` in all languages, with only the fields in `select` (never the bodies). */
async function all(
  payload: Payload,
  collection: TranslatedCollection,
  draft: boolean,
  select: Record<string, true>,
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
  })
  return result.docs as unknown as Doc[]
}

/** One collection's rows: its latest texts and dates, and which languages are published. */
async function collectionRows(
  { slug: collection, titleField }: (typeof translatedCollections)[number],
  payload: Payload,
): Promise<ReportRow[]> {
  const [latest, published] = await Promise.all([
    all(payload, collection, true, { slug: true, [titleField]: true, textUpdatedAt: true }),
    all(payload, collection, false, { _status: true }),
  ])
  const publishedById = new Map(published.map((d) => [d.id, d]))
  return latest.map((doc) => {
    const titles = (doc[titleField] ?? {}) as Partial<Record<Locale, string>>
    return {
      collection,
      id: doc.id,
      slug: doc.slug as string,
      title: titles[sourceLocale] ?? localeCodes.map((l) => titles[l]).find(Boolean) ?? String(doc.slug),
      statuses: translationStatuses(localeFacts(doc, publishedById.get(doc.id), titleField)),
    }
  })
}

/** Where every document stands in every language, and which articles are due for legal review. */
export async function translationReport(payload: Payload, now: Date = new Date()): Promise<TranslationReport> {
  const rows = (await Promise.all(translatedCollections.map((c) => collectionRows(c, payload)))).flat()
  const totals = Object.fromEntries(
    localeCodes.map((l) => {
      const count = (state: TranslationState) => rows.filter((r) => r.statuses[l].state === state).length
      return [
        l,
        {
          missing: count('missing'),
          draft: count('draft'),
          published: count('published'),
          outdated: count('outdated'),
        },
      ]
    }),
  ) as Record<Locale, Record<TranslationState, number>>
  const overdue = await payload.find({
    collection: 'articles',
    where: { reviewDue: { less_than: now.toISOString() } },
    locale: sourceLocale,
    fallbackLocale: false,
    draft: true,
    depth: 0,
    limit: 0,
    pagination: false,
    sort: 'reviewDue',
    overrideAccess: true,
    select: { slug: true, title: true, reviewDue: true, reviewedAt: true },
  })
  return {
    rows,
    totals,
    overdueReviews: (overdue.docs as unknown as Doc[]).map((d) => ({
      id: d.id,
      slug: d.slug as string,
      title: (d.title as string) ?? String(d.slug),
      reviewDue: String(d.reviewDue).slice(0, 10),
      reviewedAt: d.reviewedAt ? String(d.reviewedAt).slice(0, 10) : undefined,
    })),
  }
}
