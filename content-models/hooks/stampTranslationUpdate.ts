import type { CollectionBeforeChangeHook } from 'payload'

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
 */
export const stampTranslationUpdate =
  (textFields: readonly string[]): CollectionBeforeChangeHook =>
  ({ data, originalDoc, operation }) => {
    const previous = (originalDoc?.textUpdatedAt as string | null | undefined) ?? null
    const changed =
      operation === 'create' ||
      !previous ||
      textFields.some((f) => f in data && JSON.stringify(data[f] ?? null) !== JSON.stringify(originalDoc?.[f] ?? null))
    const minor = Boolean(data.minorChange) && Boolean(previous)
    data.textUpdatedAt = (changed && !minor) || data.translationChecked ? new Date().toISOString() : previous
    return data
  }
