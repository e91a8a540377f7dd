import type { CollectionAfterReadHook, CollectionBeforeOperationHook, FlattenedField } from 'payload'

import { isLocale } from '../locales'

/**
 * Anonymous reads never ask for drafts or borrow another language's text:
 * `?draft=true` and `?fallback-locale=…` are ignored without a login, because
 * the access rule can only see the requested language's status.
 */
export const anonymousReadsPublished: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  // Trusted server code (Local API with access checks off) reads what it asks for.
  if (operation !== 'read' || req.user || overrideAccess) return args
  req.fallbackLocale = false
  return { ...args, draft: false }
}

/**
 * Deletes the unpublished languages from every localized value in `data`,
 * including those inside rows, collapsibles, groups and array rows (Payload's
 * `flattenedFields` already lifts the layout-only ones to their parent).
 */
function stripLocales(data: Record<string, unknown>, fields: FlattenedField[], published: (locale: string) => boolean): void {
  for (const field of fields) {
    const value = data[field.name]
    if (!value || typeof value !== 'object') continue
    if (field.localized && !Array.isArray(value)) {
      for (const locale of Object.keys(value)) {
        if (isLocale(locale) && !published(locale)) delete (value as Record<string, unknown>)[locale]
      }
    } else if (field.type === 'array' && Array.isArray(value)) {
      for (const row of value) if (row && typeof row === 'object') stripLocales(row as Record<string, unknown>, field.flattenedFields, published)
    } else if ((field.type === 'group' || field.type === 'tab') && !Array.isArray(value)) {
      stripLocales(value as Record<string, unknown>, field.flattenedFields, published)
    }
  }
}

/**
 * With `?locale=all` a document published in one language comes back with
 * every language; for anonymous readers, drop the languages not published.
 */
export const stripUnpublishedLocales: CollectionAfterReadHook = ({ doc, req, collection, overrideAccess }) => {
  if (req.user || overrideAccess || !doc || typeof doc._status !== 'object' || doc._status === null) return doc
  const status = doc._status as Record<string, string>
  stripLocales(doc, collection.flattenedFields, (locale) => status[locale] === 'published')
  return doc
}
