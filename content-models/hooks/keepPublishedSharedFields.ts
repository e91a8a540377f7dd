import type {
  CollectionAfterChangeHook,
  CollectionSlug,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  FlattenedField,
  PayloadRequest,
} from 'payload'

import { roleUser } from '../access/content'
import { sourceLocale } from '../locales'
import { isEditor } from '../roles'

/**
 * Shared fields (kind, country, topics, dates, links…) have one value for every
 * language, but Payload builds a one-language publish from the latest draft, so
 * an editor's unpublished change to them went live whenever anyone published
 * any translation. The rule instead:
 * - publishing the source language (or "publish all languages") publishes them;
 * - publishing a translation publishes only the shared values its request
 *   sends and its author may change (an editor saving the whole form, a legal
 *   reviewer's review date); every other shared field keeps what readers see
 *   now, and the pending change stays in the draft for the source language;
 * - a document whose source language was never published has nothing else to
 *   publish them with: there an editor's publish of any language carries them.
 * The change history's rows are shared too: a translation's publish shows the
 * published rows with its own language's notes, unless an editor sent them.
 */

type Doc = Record<string, unknown>
const NOT_SHARED = new Set(['id', '_status', 'createdAt', 'updatedAt'])
const contextKey = (collection: string, id: unknown) => `publishedShared:${collection}:${String(id)}`

/** Fields every language shares: not localized, not virtual, not Payload's bookkeeping. */
function sharedFields(fields: FlattenedField[]): FlattenedField[] {
  return fields.filter(
    (f) => !('localized' in f && f.localized) && !('virtual' in f && f.virtual) && !NOT_SHARED.has(f.name),
  )
}

const localizedSubfields = (field: FlattenedField): string[] =>
  field.type === 'array' ? field.flattenedFields.filter((f) => 'localized' in f && f.localized).map((f) => f.name) : []
const localizedSubfieldsByName = (fields: FlattenedField[], name: string): string[] => {
  const field = fields.find((f) => f.name === name)
  return field ? localizedSubfields(field) : []
}

/**
 * Remembers, before Payload merges the request into the stored document,
 * whether it publishes every language at once and which fields it sends that
 * its author may change (field access, as Payload will apply it).
 */
export const noteWhatIsSent: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}) => {
  if (operation !== 'update') return args
  const a = args as { publishAllLocales?: boolean | string; data?: Doc; id?: unknown }
  if (a.publishAllLocales === true || a.publishAllLocales === 'true') req.context.publishAllLocales = true
  // Only a one-language publish of a translation needs to know (see rememberPublishedSharedFields).
  if (a.data?._status !== 'published' || req.locale === sourceLocale) return args
  const sent: string[] = []
  for (const name of Object.keys(a.data ?? {})) {
    const field = collection.flattenedFields.find((f) => f.name === name)
    const access = field && 'access' in field ? field.access?.update : undefined
    if (
      field &&
      (overrideAccess ||
        !access ||
        (await access({ req, id: a.id as string, data: a.data, siblingData: a.data } as never)))
    )
      sent.push(name)
  }
  req.context.sentFields = sent
  return args
}

/**
 * Set in `req.context` by a caller that knows the published row is exactly the
 * latest version, which the save starts from, and that sends the array rows
 * with the ids stored there: the importer, for a document it created in the
 * same transaction and has only published since (scripts/content/write-document.ts).
 * Every shared value this hook would put back is then the value being saved,
 * so the published row is not read (a whole document, in every language).
 */
export const PUBLISHED_IS_LATEST = 'publishedIsLatest'

async function publishedRow(req: PayloadRequest, collection: CollectionSlug, id: unknown): Promise<Doc | null> {
  return (await req.payload.db.findOne({ collection, where: { id: { equals: id } }, locale: 'all', req })) as Doc | null
}

/** Before a one-language publish of a translation: keep the shared values readers see now. */
export const rememberPublishedSharedFields: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || data._status !== 'published' || !originalDoc?.id) return data
  if (req.context.publishAllLocales || !req.locale || req.locale === 'all' || req.locale === sourceLocale) return data
  if (req.context[PUBLISHED_IS_LATEST] === true) return data
  const published = await publishedRow(req, collection.slug as CollectionSlug, originalDoc.id)
  if (!published) return data
  const status = published._status as Record<string, string> | string | undefined
  const sourcePublished = typeof status === 'object' ? status?.[sourceLocale] === 'published' : status === 'published'
  const editor = isEditor(roleUser(req.user))
  if (!sourcePublished && editor) return data
  const sentFields = (req.context.sentFields as string[] | undefined) ?? []
  const sent = new Set(
    sentFields.filter((name) => editor || !localizedSubfieldsByName(collection.flattenedFields, name).length),
  )
  req.context[contextKey(collection.slug, originalDoc.id)] = { published, sent }
  return data
}

/**
 * After the publish: put the remembered shared values back on the published
 * document. Rows of an array that holds per-language text (the change history)
 * come back as published, with the text of the language just published.
 */
export const restorePublishedSharedFields: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  const key = contextKey(collection.slug, doc.id)
  const remembered = req.context[key] as { published: Doc; sent: Set<string> } | undefined
  if (operation !== 'update' || !remembered) return doc
  delete req.context[key]
  const { published, sent } = remembered
  const locale = req.locale as string
  const restore: Doc = {}
  for (const field of sharedFields(collection.flattenedFields)) {
    if (sent.has(field.name)) continue
    const texts = localizedSubfields(field)
    if (!texts.length) {
      restore[field.name] = published[field.name] ?? null
      continue
    }
    const now = new Map(((doc[field.name] as Doc[] | null) ?? []).map((row) => [row.id, row]))
    restore[field.name] = ((published[field.name] as Doc[] | null) ?? []).map((row) => {
      const current = now.get(row.id)
      const merged = { ...row }
      for (const name of texts)
        merged[name] = {
          ...(row[name] as Doc | null),
          [locale]: current ? current[name] : (row[name] as Doc | null)?.[locale],
        }
      return merged
    })
  }
  if (!Object.keys(restore).length) return doc
  await req.payload.db.updateOne({
    collection: collection.slug as CollectionSlug,
    id: doc.id,
    data: restore,
    locale: 'all',
    req,
  })
  for (const [name, value] of Object.entries(restore)) {
    const texts = localizedSubfields(collection.flattenedFields.find((f) => f.name === name)!)
    doc[name] = texts.length
      ? (value as Doc[]).map((row) => ({
          ...row,
          ...Object.fromEntries(texts.map((t) => [t, (row[t] as Doc | null)?.[locale] ?? null])),
        }))
      : value
  }
  return doc
}
