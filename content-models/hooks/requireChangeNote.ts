import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { sourceLocale } from '../locales'
import { textChanged } from './textChanged'

/**
 * A major change to a published article must tell readers what changed, as
 * GOV.UK does: publishing new source-language text needs a new entry in the
 * public change history, unless the editor marks it a minor change.
 */
export const requireChangeNote =
  (textFields: readonly string[]): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, operation, req }) => {
    if (operation !== 'update' || req.locale !== sourceLocale || data._status !== 'published' || data.minorChange)
      return data
    if (!originalDoc?.id) return data
    // The draft may already hold the new text: compare with what readers see now.
    const published = await req.payload
      .findByID({
        collection: collection.slug as 'articles',
        id: originalDoc.id,
        locale: sourceLocale,
        fallbackLocale: false,
        draft: false,
        depth: 0,
        overrideAccess: true,
        req,
      })
      .catch(() => null)
    if (!published || published._status !== 'published') return data
    const current = published as unknown as Record<string, unknown>
    const changed = textChanged(textFields, data, current)
    const notesBefore = (current.changeHistory as unknown[] | null | undefined)?.length ?? 0
    const notesNow = (data.changeHistory as unknown[] | null | undefined)?.length ?? notesBefore
    if (!changed || notesNow > notesBefore) return data
    throw new ValidationError({
      collection: collection.slug,
      id: originalDoc.id,
      req,
      errors: [
        {
          path: 'changeHistory',
          message: `Article "${String(current.slug)}" (${sourceLocale}): publishing a change to its text needs a public change note. Add a row to "Change history" saying what changed for readers, or tick "Minor change" for a typo or wording fix.`,
        },
      ],
    })
  }
