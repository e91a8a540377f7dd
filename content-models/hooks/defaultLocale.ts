import type { CollectionBeforeOperationHook } from 'payload'

import { sourceLocale } from '../locales'

/**
 * A REST or GraphQL request without `?locale=` reads and writes the source
 * language. Payload only applies its default locale when fallback is on, which
 * the portal turns off (ADR 0001); without this, such a request would match
 * nothing, since each language's status is stored on its own.
 */
export const defaultToSourceLocale: CollectionBeforeOperationHook = ({ args, req }) => {
  if (!req.locale) req.locale = sourceLocale
  return args
}
