import type { CollectionSlug, Payload } from 'payload'

import type { Locale } from '../../../content-models/locales'
import type { PendingBody } from './bodies'
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
}

/**
 * Reads the published translations of a collection: a document enters the
 * snapshot with the first language it is published in, each published
 * language adds its text, and each body is queued on `bodies` to be rendered
 * once every article is known.
 */
export async function readTranslated<S extends Translatable, Refs>(
  payload: Payload,
  mapper: TranslatedCollection<S, Refs>,
  bodies: PendingBody[],
): Promise<TranslatedItems<S>> {
  const refs = new Map<S, Refs>()
  const items = await readEachLocale<S>(
    payload,
    { collection: mapper.collection, sort: 'slug', draft: false },
    {
      // A document published in another language has no text of its own here.
      accept: (doc) => doc._status === 'published' && Boolean(doc[mapper.titleField]),
      create(doc) {
        const item = mapper.shared(doc)
        refs.set(item, mapper.refs(doc))
        return item
      },
      add(item, doc, locale) {
        const translation = mapper.translation(doc)
        item.translations[locale] = translation
        if (doc.body) bodies.push({ target: translation, locale, body: doc.body })
      },
    },
  )
  return { items, link: (slugs) => refs.forEach((r, item) => mapper.link(item, r, slugs)) }
}
