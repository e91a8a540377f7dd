import type { FlattenedField } from 'payload'

import type { Locale } from '../../content-models/locales'

type Data = Record<string, unknown>
const isObject = (v: unknown): v is Data => Boolean(v) && typeof v === 'object' && !Array.isArray(v)

/**
 * `data`, read with every language (`locale: 'all'`), as the Local API returns
 * it in `locale` with no fallback: each localized value replaced by its
 * value in that language, through groups, tabs, array rows and blocks, or
 * the field's default where that language has none. A default worked out by
 * a function is not: no localized field of ours has one.
 */
export function inLocale(data: Data, fields: FlattenedField[], locale: Locale): Data {
  const out: Data = { ...data }
  for (const field of fields) {
    if (!(field.name in data)) continue
    let value = data[field.name]
    if (field.localized) {
      value = isObject(value) ? value[locale] : undefined
      // As Payload's afterRead gives a language without a value its field's default (`_status`: 'draft').
      const fallback = 'defaultValue' in field ? field.defaultValue : undefined
      if (value === undefined && fallback !== undefined && typeof fallback !== 'function') value = fallback
    }
    if (field.type === 'array' && Array.isArray(value))
      value = value.map((row) => (isObject(row) ? inLocale(row, field.flattenedFields, locale) : row))
    else if ((field.type === 'group' || field.type === 'tab') && isObject(value))
      value = inLocale(value, field.flattenedFields, locale)
    else if (field.type === 'blocks' && Array.isArray(value))
      value = value.map((row) => {
        const block = isObject(row) ? field.blocks.find((b) => b.slug === row.blockType) : undefined
        return block && isObject(row) ? inLocale(row, block.flattenedFields, locale) : row
      })
    if (value === undefined) delete out[field.name]
    else out[field.name] = value
  }
  return out
}
