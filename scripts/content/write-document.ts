import { convertMarkdownToLexical, type editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { Payload, PayloadRequest } from 'payload'

import { holdsAll } from './compare'
import type { DocType } from './doc-types'
import { type DocumentInput, orderedLocales } from './document'
import type { Outcome } from './outcomes'
import { ContentError } from './problems'
import type { Id, Refs, StoredDoc } from './references'
import { problemsFrom } from './validation-problems'

export type EditorConfig = Awaited<ReturnType<typeof editorConfigFactory.default>>

/**
 * Creates or updates one document of any type, language by language, skipping
 * languages that did not change: an unchanged language keeps its version
 * history and its translation date. `existingId` is the stored document of
 * that slug, if any. An error names the file and language it came from.
 */
export async function writeDocument(
  payload: Payload,
  req: PayloadRequest,
  type: DocType,
  doc: DocumentInput,
  existingId: Id | undefined,
  refs: Refs,
  editorConfig: EditorConfig,
): Promise<{ outcome: Outcome; id: Id }> {
  const collection = type.collection
  const shared = type.shared(doc, refs)
  let id = existingId
  let outcome: Outcome = id === undefined ? 'created' : 'unchanged'

  for (const locale of orderedLocales(doc)) {
    const t = doc.translations[locale]!
    const status = t.published ? 'published' : 'draft'
    try {
      const stored =
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
            })) as unknown as StoredDoc)
      const data: Record<string, unknown> = {
        ...shared,
        ...type.text(doc, locale, { stored }),
        body: t.markdown ? convertMarkdownToLexical({ editorConfig, markdown: t.markdown }) : null,
        _status: status,
      }
      if (id === undefined) {
        id = (await payload.create({ collection, locale, data: data as never, draft: !t.published, req })).id
        continue
      }
      if (stored!._status === status && holdsAll(stored!, data)) continue
      if (t.text.minorChange === true) data.minorChange = true
      await payload.update({ collection, id, locale, data: data as never, draft: !t.published, req })
      if (outcome !== 'created') outcome = 'updated'
    } catch (error) {
      throw new ContentError(problemsFrom(error, type, t.file, locale), { cause: error })
    }
  }
  return { outcome, id: id! }
}
