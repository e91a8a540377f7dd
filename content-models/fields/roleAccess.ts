import type { Field } from 'payload'

import { reviewFieldAccess, sharedFieldAccess, textFieldAccess } from '../access/content'

/**
 * Gives every data field the access its kind calls for, so the admin shows a
 * translator the shared fields read-only and the API ignores what a role may
 * not change: per-language text for whoever may edit that language, shared
 * fields for editors, the legal review dates for legal reviewers.
 */
export function withRoleAccess(fields: Field[], reviewFields: string[] = []): Field[] {
  return fields.map((field): Field => {
    if (!('name' in field)) {
      return 'fields' in field ? ({ ...field, fields: withRoleAccess(field.fields, reviewFields) } as Field) : field
    }
    if (field.type === 'ui' || field.access || field.virtual) return field
    const access = reviewFields.includes(field.name)
      ? reviewFieldAccess
      : 'localized' in field && field.localized
        ? textFieldAccess
        : sharedFieldAccess
    const withAccess = { ...field, access } as Field
    // An array of per-language notes is translated row by row: its shared subfields stay with editors.
    if (field.type === 'array')
      return { ...withAccess, access: textFieldAccess, fields: withRoleAccess(field.fields, reviewFields) } as Field
    return withAccess
  })
}
