import type { CollectionBeforeChangeHook } from 'payload'

import { roleUser } from '../access/content'
import { mayEditLocale } from '../roles'
import { textChanged } from './textChanged'

/**
 * Records when the text of the language being saved last changed, so readers
 * of one translation are not told it was updated when another language was, and
 * translations of a changed original show as outdated. The stored date is never
 * taken from the request:
 * - a change to one of `textFields` stamps now;
 * - `minorChange` (a typo, formatting) keeps the previous date, so translations
 *   are not flagged and readers are not told the page changed;
 * - `translationChecked` stamps now without a text change: the translator
 *   compared it with the current original and it still matches.
 * The two checkboxes count only from someone who may edit this language's text.
 */
export const stampTranslationUpdate =
  (textFields: readonly string[]): CollectionBeforeChangeHook =>
  ({ data, originalDoc, operation, req }) => {
    const previous = (originalDoc?.textUpdatedAt as string | null | undefined) ?? null
    const trusted = !req.user || mayEditLocale(roleUser(req.user), req.locale)
    const changed = operation === 'create' || !previous || textChanged(textFields, data, originalDoc)
    const minor = trusted && Boolean(data.minorChange) && Boolean(previous)
    const checked = trusted && Boolean(data.translationChecked)
    data.textUpdatedAt = (changed && !minor) || checked ? new Date().toISOString() : previous
    return data
  }
