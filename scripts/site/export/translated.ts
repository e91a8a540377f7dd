import type { CollectionSlug, Payload } from 'payload'

import type { Locale } from '../../../content-models/locales'
import type { PendingBody } from './bodies'
import {
  changedSince,
  type CollectionMemory,
  type ExportMemory,
  identityOf,
  listUpdated,
  type Remembered,
} from './memory'
import { type Id, readEachLocale, type Row } from './read'
import type { Slugs } from './slugs'

/** A snapshot item with a text per published language. */
export interface Translatable {
  slug: string
  translations: Partial<Record<Locale, { html: string }>>
}

type TranslationOf<S extends Translatable> = NonNullable<S['translations'][Locale]>

/** How a collection with drafts and per-language publishing becomes snapshot items. */
export interface TranslatedCollection<S extends Translatable, Refs> {
  collection: CollectionSlug
  /** The localized field a language's translation cannot exist without. */
  titleField: string
  /** What every language shares, with links to other documents left empty until `link`. */
  shared(doc: Row): S
  /** One language's text; its `html` is filled in when the bodies are rendered. */
  translation(doc: Row): TranslationOf<S>
  /** The ids of the other documents this one points to. */
  refs(doc: Row): Refs
  /** Writes the slugs of `refs` into the item, once every collection is read. */
  link(item: S, refs: Refs, slugs: Slugs): void
}

/** A translated collection as read: its items by id, and the step that links them to others. */
export interface TranslatedItems<S> {
  items: Map<Id, S>
  link(slugs: Slugs): void
  /** Whether every document was read (none remembered, or a save changed what others depend on). */
  readAll: boolean
}

/** More saved documents than this since the last export, and the next reads them all. */
const MOST_CHANGED = 200

/**
 * Reads the published translations of a collection: a document enters the
 * snapshot with the first language it is published in, each published
 * language adds its text, and each body is queued on `bodies` to be rendered
 * once every article is known.
 *
 * With a `memory` of the last export (in this process), only the documents
 * saved since are read, and the others keep their items, bodies rendered:
 * what a full read gives, as long as no saved document changed what the
 * others' items depend on (memory.ts identityOf). When one did, or a
 * document the reader saw is gone, everything is read, as without a memory;
 * `readAll` says so, and so does the caller when something outside this
 * collection changed what its items show (links in bodies to articles).
 */
export async function readTranslated<S extends Translatable, Refs>(
  payload: Payload,
  mapper: TranslatedCollection<S, Refs>,
  bodies: PendingBody[],
  memory?: ExportMemory,
  readAll = false,
): Promise<TranslatedItems<S>> {
  const listed = memory && (await listUpdated(payload, mapper.collection))
  const before = readAll ? undefined : memory?.get<S, Refs>(mapper.collection)
  const changed = before && listed && changedSince(before, listed, MOST_CHANGED)
  let read: CollectionMemory<S, Refs> | undefined
  if (before && listed && changed) {
    const queued: PendingBody[] = []
    const fresh = changed.length ? await readDocs(payload, mapper, queued, changed) : undefined
    if (!fresh || changed.every((id) => fresh.identities.get(id) === before.identities.get(id))) {
      const docs = new Map([...before.docs].map(([id, doc]) => [id, fresh?.docs.get(id) ?? doc]))
      read = { listed, identities: before.identities, docs }
      bodies.push(...queued)
    }
  }
  const incremental = Boolean(read)
  if (!read) read = { ...(await readDocs(payload, mapper, bodies)), listed: listed ?? new Map() }
  if (memory) memory.set(mapper.collection, read)
  const docs = [...read.docs.values()]
  return {
    items: new Map(docs.map((doc) => [doc.id, doc.item])),
    link: (slugs) => docs.forEach((doc) => mapper.link(doc.item, doc.refs, slugs)),
    readAll: !incremental,
  }
}

/** The documents `ids` names (all when not given) as items, with what others depend on in each. */
async function readDocs<S extends Translatable, Refs>(
  payload: Payload,
  mapper: TranslatedCollection<S, Refs>,
  bodies: PendingBody[],
  ids?: readonly Id[],
): Promise<Omit<CollectionMemory<S, Refs>, 'listed'>> {
  const docs = new Map<string, Remembered<S, Refs>>()
  const statuses = new Map<string, [slug: unknown, status: unknown]>()
  await readEachLocale<S>(
    payload,
    { collection: mapper.collection, sort: 'slug', draft: false },
    {
      // A document published in another language has no text of its own here.
      accept: (doc) => doc._status === 'published' && Boolean(doc[mapper.titleField]),
      seen: (all) => statuses.set(String(all.id), [all.slug, all._status]),
      create(doc) {
        const item = mapper.shared(doc)
        docs.set(String(doc.id), { id: doc.id, item, refs: mapper.refs(doc) })
        return item
      },
      add(item, doc, locale) {
        const translation = mapper.translation(doc)
        item.translations[locale] = translation
        if (doc.body) bodies.push({ target: translation, locale, body: doc.body })
      },
    },
    undefined,
    ids,
  )
  const identities = new Map<string, string>()
  for (const [id, [slug, status]] of statuses) {
    const item = docs.get(id)?.item
    identities.set(id, identityOf(slug, status, item && Object.keys(item.translations)))
  }
  return { identities, docs }
}
