import { type FlattenedField, Forbidden, type PayloadRequest, ValidationError } from 'payload'

import { adminLanguageOf, type AdminText, say } from '../i18n/adminText'
import { isLocale, localeInfo } from '../locales'

/**
 * How our rules refuse a save in the editor's admin language
 * (docs/adr/0008-admin-languages.md), so the admin shows the reason where it
 * applies and says what to do:
 * - at a field: a ValidationError whose error has the field's `path` (the
 *   edit view puts the message at that field, an array field included, above
 *   its rows), its `label` in the request's language (the toast names the
 *   field by it, not by its database name), and Payload's own words for the
 *   toast's "The following field is invalid" in that language (`req.t`);
 * - where no field applies: a 403 whose message is the reason, which the admin
 *   shows as a toast. The admin's toast reads a colon as the start of a list of
 *   fields, so these messages have none.
 */

type Req = Partial<PayloadRequest>

/** A content language by its own name (Oʻzbekcha, Русский), as the admin's language menu shows it. */
export function languageName(code: string | null | undefined): string {
  return code && isLocale(code) ? localeInfo(code).label : String(code ?? '')
}

/**
 * A field's label in the request's admin language: the field's own when its
 * config gives one per language, otherwise `fallback`.
 */
export function fieldLabel(req: Req, fields: readonly FlattenedField[] | undefined, name: string, fallback: AdminText) {
  const field = fields?.find((f) => 'name' in f && f.name === name) as { label?: unknown } | undefined
  const own = field?.label
  if (own && typeof own === 'object') {
    const text = (own as Record<string, unknown>)[adminLanguageOf(req)]
    if (typeof text === 'string' && text.trim()) return text
  }
  return say(req, fallback)
}

/** A save refused at one field, for the admin to show there (see above). */
export function fieldRefusal({
  req,
  collection,
  global,
  id,
  path,
  label,
  message,
}: {
  req: Req
  collection?: string
  global?: string
  id?: number | string
  path: string
  label: string
  message: string
}): ValidationError {
  return new ValidationError({ collection, global, id, req, errors: [{ path, label, message }] }, req.t)
}

/**
 * A refusal no field can show: Payload's 403 (so clients and tests that know
 * it still do), saying why and what to do instead of Payload's "You are not
 * allowed to perform this action".
 */
export function refusal(message: string): Forbidden {
  const error = new Forbidden()
  error.message = message
  return error
}
