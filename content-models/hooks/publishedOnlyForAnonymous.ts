import type { CollectionAfterReadHook, CollectionBeforeOperationHook, Field } from 'payload'

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

function localizedFieldNames(fields: Field[]): string[] {
  return fields.flatMap((f) => ('name' in f && 'localized' in f && f.localized ? [f.name] : []))
}

/**
 * With `?locale=all` a document published in one language comes back with
 * every language; for anonymous readers, drop the languages not published.
 */
export const stripUnpublishedLocales: CollectionAfterReadHook = ({ doc, req, collection, overrideAccess }) => {
  if (req.user || overrideAccess || !doc || typeof doc._status !== 'object' || doc._status === null) return doc
  const status = doc._status as Record<string, string>
  for (const name of localizedFieldNames(collection.fields)) {
    const value = doc[name]
    if (!value || typeof value !== 'object' || Array.isArray(value)) continue
    for (const locale of Object.keys(value)) {
      if (isLocale(locale) && status[locale] !== 'published') delete (value as Record<string, unknown>)[locale]
    }
  }
  return doc
}
