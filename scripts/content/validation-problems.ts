import { ValidationError } from 'payload'

import type { Locale } from '../../content-models/locales'
import type { DocType } from './doc-types'
import type { Problem } from './problems'

/**
 * The front-matter key of a database field path such as `changeHistory.0.note`:
 * the author fixes what they wrote. No row number, as rows are stored in
 * another order than written.
 */
function frontMatterKey(type: DocType, fieldPath: string): string {
  const field = fieldPath.split('.')[0]
  const keys = type.frontMatterKeys ?? {}
  return Object.hasOwn(keys, field) ? keys[field] : field
}

/** Turns an error from saving one language of a document into problems naming file, locale and front-matter key. */
export function problemsFrom(error: unknown, type: DocType, file: string, locale: Locale): Problem[] {
  if (error instanceof ValidationError) {
    const messages = type.errorMessages ?? {}
    return error.data.errors.map((e) => ({
      file,
      locale,
      field: frontMatterKey(type, e.path),
      message: Object.hasOwn(messages, e.path) ? messages[e.path] : e.message,
    }))
  }
  return [{ file, locale, message: error instanceof Error ? error.message : String(error) }]
}
