import type { CollectionBeforeChangeHook } from 'payload'

/** The fields whose change means a translation's text changed. */
const TEXT_FIELDS = ['title', 'summary', 'body'] as const

/**
 * Records when the text of the language being saved last changed, so readers
 * of one translation are not told it was updated when another language was.
 * Publishing without edits keeps the date.
 */
export const stampTranslationUpdate: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  const changed =
    operation === 'create' ||
    !originalDoc?.textUpdatedAt ||
    TEXT_FIELDS.some((f) => f in data && JSON.stringify(data[f] ?? null) !== JSON.stringify(originalDoc?.[f] ?? null))
  if (changed) data.textUpdatedAt = new Date().toISOString()
  return data
}
