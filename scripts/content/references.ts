import type { Payload, PayloadRequest } from 'payload'

import { normalize, sameJSON } from './compare'
import type { DocType } from './doc-types'
import { type DocumentInput, firstFile, orderedLocales } from './document'
import type { RefTarget } from './field-rules'
import { ContentError, type Problem } from './problems'
import { inStoredBatches } from './stored-docs'

export type Id = string | number

/** A document as the Local API returns it with depth 0. */
export type StoredDoc = Record<string, unknown> & { id: Id }

/** Lookups from slugs in the files to the ids of documents in the database, one per collection a slug can name. */
export type Refs = Record<RefTarget, Map<string, Id>>

/** What a slug names, in problem messages. */
const NOUNS: Record<RefTarget, string> = {
  topics: 'topic',
  regions: 'region (regions.yml)',
  articles: 'article',
  events: 'event',
  'help-centres': 'help centre',
  'situation-steps': 'situation step (steps/)',
  'citizenship-groups': 'citizenship group (citizenship-groups.yml)',
}

/** The ids of the slugs in `map`; by then every other slug has been created (topics) or reported (unresolved, linkAfterWrite). */
export function refIds(slugs: unknown, map: Map<string, Id>): Id[] {
  return ((slugs as string[] | undefined) ?? []).map((s) => map.get(s)).filter((id): id is Id => id !== undefined)
}

/** The stored documents of a collection, drafts included, as ids by slug. */
export async function existingIds(payload: Payload, req: PayloadRequest, collection: RefTarget) {
  const all = await payload.find({ collection, limit: 0, depth: 0, draft: true, req, select: { slug: true } as never })
  return new Map((all.docs as unknown as { slug: string; id: Id }[]).map((d) => [d.slug, d.id]))
}

/** Slugs a document refers to (its `refersTo` fields) that exist neither in the files nor in the database. */
export function unresolved(type: DocType, doc: DocumentInput, refs: Refs): Problem[] {
  const file = firstFile(doc)
  const problems: Problem[] = []
  for (const [field, rule] of Object.entries(type.fields)) {
    if (!rule.refersTo) continue
    // One slug (a region) or a list of them (citizenship groups).
    const slugs = [doc.shared[field] as string | string[] | undefined].flat()
    for (const slug of slugs)
      if (slug && !refs[rule.refersTo].has(slug))
        problems.push({
          file,
          field,
          message: `no ${NOUNS[rule.refersTo]} with slug "${slug}" in the import or the database`,
        })
  }
  return problems
}

/**
 * Writes a type's `linkedAfterWrite` fields, once every document of the import
 * has an id: a law change may name articles of the same import, written after it.
 */
export async function linkAfterWrite(
  payload: Payload,
  req: PayloadRequest,
  type: DocType,
  docs: DocumentInput[],
  refs: Refs,
): Promise<void> {
  const links = Object.entries(type.linkedAfterWrite ?? {})
  if (links.length === 0) return
  const idOf = (doc: DocumentInput) => refs[type.collection].get(doc.slug)!
  const firstLocale = (doc: DocumentInput) => orderedLocales(doc)[0]
  await inStoredBatches(
    payload,
    req,
    type.collection,
    docs,
    (doc) => [{ id: idOf(doc), locale: firstLocale(doc) }],
    async (doc, stored) => {
      const data: Record<string, Id[]> = {}
      for (const [field, target] of links) {
        const slugs = (doc.shared[field] as string[] | undefined) ?? []
        const missing = slugs.filter((s) => !refs[target].has(s))
        if (missing.length)
          throw new ContentError([
            { file: firstFile(doc), field, message: `no ${NOUNS[target]} with slug ${missing.join(', ')}` },
          ])
        data[field] = refIds(slugs, refs[target])
      }
      const id = idOf(doc)
      const locale = firstLocale(doc)
      const current =
        stored(id, locale) ??
        ((await payload.findByID({
          collection: type.collection,
          id,
          locale,
          draft: true,
          depth: 0,
          req,
        })) as unknown as StoredDoc)
      if (Object.entries(data).every(([k, v]) => sameJSON(normalize(current[k] ?? []), normalize(v)))) return
      const published = doc.translations[locale]!.published
      await payload.update({
        collection: type.collection,
        id,
        locale,
        data: { ...data, _status: published ? 'published' : 'draft' } as never,
        draft: !published,
        depth: 0,
        req,
      })
    },
  )
}
