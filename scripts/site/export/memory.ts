import type { CollectionSlug, Payload } from 'payload'

import type { Id } from './read'

/** What an export made of one document the reader sees, kept for the next export. */
export interface Remembered<S, Refs> {
  id: Id
  item: S
  refs: Refs
}

/** What the last export of one collection read, and when each document had last changed then. */
export interface CollectionMemory<S, Refs> {
  /** Every document's `updatedAt` (drafts never published included), listed before it was read. */
  listed: Map<string, string>
  /**
   * What other documents' items depend on in each document the reader sees
   * (its slug, published languages, languages with an item): see {@link identityOf}.
   */
  identities: Map<string, string>
  /** The items, in the order a full export makes them. */
  docs: Map<string, Remembered<S, Refs>>
}

/**
 * What one export leaves for the next in the same process, so that the next
 * reads only the documents saved since (ADR 0007, «Export»). The publisher
 * keeps one for its Payload: a publish reads one article instead of all of
 * them. Forgotten by a full build.
 */
export class ExportMemory {
  private readonly collections = new Map<CollectionSlug, CollectionMemory<unknown, unknown>>()
  private readonly created = new Map<CollectionSlug, Map<string, string>>()

  get<S, Refs>(collection: CollectionSlug): CollectionMemory<S, Refs> | undefined {
    return this.collections.get(collection) as CollectionMemory<S, Refs> | undefined
  }

  set<S, Refs>(collection: CollectionSlug, memory: CollectionMemory<S, Refs>): void {
    this.collections.set(collection, memory as CollectionMemory<unknown, unknown>)
  }

  /**
   * Notes the documents (id and creation time, {@link listDates}) of a
   * collection the remembered items point to and that is read whole on every
   * export (topics, regions). When one seen before is gone, everything is
   * forgotten: its references were removed from the remembered documents
   * without a save (ON DELETE), and SQLite may give its id to the next new
   * document.
   */
  seeDocuments(collection: CollectionSlug, created: Map<string, string>): void {
    const before = this.created.get(collection)
    if (before && [...before].some(([id, at]) => created.get(id) !== at)) this.forget()
    this.created.set(collection, created)
  }

  /** Forgets everything: the next export reads every document (after a failed export, or a deletion above). */
  forget(): void {
    this.collections.clear()
    this.created.clear()
  }
}

/**
 * Every document of `collection` with its `updatedAt`, drafts never published
 * included (a publish makes them visible). One small query: no language rows,
 * no bodies. Every save the site can show moves `updatedAt` (a publish writes
 * the document's row; a draft save writes only a version, which an anonymous
 * read never returns).
 */
export const listUpdated = (payload: Payload, collection: CollectionSlug) => listDates(payload, collection, 'updatedAt')

/** Every document of `collection` with its `updatedAt` or `createdAt`, in one small query. */
export async function listDates(
  payload: Payload,
  collection: CollectionSlug,
  field: 'updatedAt' | 'createdAt',
): Promise<Map<string, string>> {
  const { docs } = (await payload.find({
    collection,
    select: { [field]: true } as never,
    draft: false,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })) as unknown as { docs: (Record<string, unknown> & { id: Id })[] }
  return new Map(docs.map((doc) => [String(doc.id), String(doc[field])]))
}

/**
 * The documents saved since `before` was listed (new ones included), or
 * undefined when the next export must read everything: a document the reader
 * saw is gone, or more changed than reading them one by one is worth.
 */
export function changedSince<S, Refs>(
  before: CollectionMemory<S, Refs>,
  listed: Map<string, string>,
  most: number,
): string[] | undefined {
  for (const id of before.listed.keys()) if (!listed.has(id) && before.identities.has(id)) return undefined
  const changed = [...listed].filter(([id, at]) => before.listed.get(id) !== at).map(([id]) => id)
  return changed.length > most ? undefined : changed
}

/**
 * What other documents' items depend on in a document the reader sees: its
 * slug (links and references name it), the languages it is published in
 * (a reference to it is kept while it is published in one:
 * content-models/hooks/publishedOnlyForAnonymous.ts dropDraftReferences), and
 * the languages it has an item text in (where a link to it leads, and the
 * order of the items). While none of these changes, the other documents'
 * items stay what they were.
 */
export function identityOf(slug: unknown, status: unknown, itemLanguages: readonly string[] | undefined): string {
  const published =
    status && typeof status === 'object'
      ? Object.entries(status)
          .filter(([, s]) => s === 'published')
          .map(([l]) => l)
          .sort()
      : [String(status)]
  return JSON.stringify([slug, published, itemLanguages ?? []])
}
