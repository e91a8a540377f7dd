import type { Payload, PayloadRequest } from 'payload'

import { TEXT_WITH_REVIEW_DATE } from '../../content-models/fields/reviewRecorded'
import { PUBLISHED_IS_LATEST } from '../../content-models/hooks/keepPublishedSharedFields'
import type { Locale } from '../../content-models/locales'
import { holdsAll } from './compare'
import type { DocType } from './doc-types'
import { type DocumentInput, orderedLocales } from './document'
import type { BodyConverter } from './markdown-bodies'
import type { Outcome } from './outcomes'
import { ContentError } from './problems'
import type { Id, Refs, StoredDoc } from './references'
import { problemsFrom } from './validation-problems'

/**
 * Creates or updates one document of any type, language by language, skipping
 * languages that did not change: an unchanged language keeps its version
 * history and its translation date. `existingId` is the stored document of
 * that slug, if any; `prefetched` may give its languages as `findByID` with
 * `draft: true` returns them (readStored), read before this call saved
 * anything. An error names the file and language it came from.
 */
export async function writeDocument(
  payload: Payload,
  req: PayloadRequest,
  type: DocType,
  doc: DocumentInput,
  existingId: Id | undefined,
  refs: Refs,
  convert: BodyConverter,
  prefetched?: (locale: Locale) => StoredDoc | undefined,
): Promise<{ outcome: Outcome; id: Id }> {
  const collection = type.collection
  const shared = type.shared(doc, refs)
  let id = existingId
  let outcome: Outcome = id === undefined ? 'created' : 'unchanged'
  // While a document this call created has only been published, its published
  // row is its latest version and is what the last save returned. A later
  // language then needs no read: it was never saved, so it cannot hold its
  // required title yet, and the change-history rows' ids come from that save.
  // Nor does keepPublishedSharedFields need to read the row (PUBLISHED_IS_LATEST).
  let created: StoredDoc | undefined
  let saved = false
  // A file's review date covers the text it first brings in (fields/reviewRecorded.ts).
  req.context[TEXT_WITH_REVIEW_DATE] = true
  try {
    for (const locale of orderedLocales(doc)) {
      const t = doc.translations[locale]!
      const status = t.published ? 'published' : 'draft'
      try {
        const stored =
          id === undefined
            ? undefined
            : (created ??
              (saved ? undefined : prefetched?.(locale)) ??
              ((await payload.findByID({
                collection,
                id,
                locale,
                fallbackLocale: false,
                draft: true,
                depth: 0,
                req,
              })) as unknown as StoredDoc))
        const data: Record<string, unknown> = {
          ...shared,
          ...type.text(doc, locale, { stored }),
          ...(type.plainBody
            ? { [type.plainBody.field]: t.markdown || null }
            : { body: t.markdown ? convert(t.markdown) : null }),
          _status: status,
        }
        if (id === undefined) {
          const result = (await payload.create({
            collection,
            locale,
            data: data as never,
            draft: !t.published,
            depth: 0,
            req,
          })) as unknown as StoredDoc
          id = result.id
          created = t.published ? result : undefined
          saved = true
          continue
        }
        if (!created && stored!._status === status && holdsAll(stored!, data)) continue
        if (t.text.minorChange === true) data.minorChange = true
        const update = () =>
          payload.update({ collection, id: id!, locale, data: data as never, draft: !t.published, depth: 0, req })
        const result = (await (created
          ? withContext(req, PUBLISHED_IS_LATEST, update)
          : update())) as unknown as StoredDoc
        created = created && t.published ? result : undefined
        saved = true
        if (outcome !== 'created') outcome = 'updated'
      } catch (error) {
        throw new ContentError(problemsFrom(error, type, t.file, locale), { cause: error })
      }
    }
  } finally {
    delete req.context[TEXT_WITH_REVIEW_DATE]
  }
  return { outcome, id: id! }
}

/** Runs `work` with `flag` set in the request context, for the hooks of the operations it runs. */
async function withContext<T>(req: PayloadRequest, flag: string, work: () => Promise<T>): Promise<T> {
  req.context[flag] = true
  try {
    return await work()
  } finally {
    // Each Local API call gives the request a copy of its context: unset it on the current one.
    delete req.context[flag]
  }
}
