import type { Field } from 'payload'

/** A collection or global config, as far as its limits go. */
interface FieldsConfig {
  slug: string
  fields: Field[]
}

/**
 * The field named `name` among `fields`, looking through the layout-only
 * wrappers (rows, collapsibles, unnamed tabs and groups) whose fields are
 * stored at the top level; a named tab or group nests its fields one level
 * down, so its fields are not this document's.
 */
function findField(fields: Field[], name: string): Field | undefined {
  for (const field of fields) {
    if ('name' in field && field.name) {
      if (field.name === name) return field
      continue
    }
    if (field.type === 'tabs') {
      const found = findField(
        field.tabs.flatMap((tab) => ('name' in tab && tab.name ? [] : tab.fields)),
        name,
      )
      if (found) return found
    } else if ('fields' in field) {
      const found = findField(field.fields, name)
      if (found) return found
    }
  }
  return undefined
}

/**
 * The `maxLength` of field `name` in a Payload collection or global config.
 * The importer reports a too-long value with its own message, naming file and
 * field, so it takes the limit from the config rather than declaring its own:
 * two copies had drifted. Throws when the field is missing or has no limit, so
 * the importer refuses to start rather than accept text the CMS would reject.
 */
export function maxLengthOf(config: FieldsConfig, name: string): number {
  const field = findField(config.fields, name)
  if (!field) throw new Error(`The importer limits "${name}", but ${config.slug} has no such field`)
  const max = 'maxLength' in field ? field.maxLength : undefined
  if (typeof max !== 'number') {
    throw new Error(
      `The importer limits "${name}", but ${config.slug} gives it no maxLength: add one to its field in content-models/`,
    )
  }
  return max
}
