import type { CollectionBeforeChangeHook } from 'payload'

import { roleUser } from '../access/content'
import { isEditor, mayEditLocale } from '../roles'

interface Row {
  id?: string
  date?: string
  note?: string | null
}

/**
 * The public change history belongs to editors: a translator may translate
 * the notes of the language they are editing, but not add, remove, reorder or
 * redate entries, and a legal reviewer changes nothing in it.
 */
export const protectChangeHistory: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  const user = roleUser(req.user)
  if (operation !== 'update' || !user || isEditor(user) || !('changeHistory' in data)) return data
  const incoming = new Map(((data.changeHistory as Row[] | null) ?? []).filter((r) => r.id).map((r) => [r.id, r]))
  const translates = mayEditLocale(user, req.locale)
  data.changeHistory = ((originalDoc?.changeHistory as Row[] | null) ?? []).map((row) => ({
    ...row,
    note: translates && incoming.has(row.id) ? (incoming.get(row.id)!.note ?? null) : (row.note ?? null),
  }))
  return data
}
