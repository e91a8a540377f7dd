import { type CollectionBeforeOperationHook, Forbidden } from 'payload'

import { roleUser } from '../access/content'
import { isEditor } from '../roles'

/**
 * Translators publish one language at a time: "publish all languages" would
 * publish languages they may not touch, and access rules only see the language
 * of the request.
 */
export const guardPublication: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'update' && operation !== 'create') return args
  const user = roleUser(req.user)
  if (!user || isEditor(user)) return args
  const a = args as { publishAllLocales?: boolean; unpublishAllLocales?: boolean }
  if (a.publishAllLocales || a.unpublishAllLocales) throw new Forbidden(req.t)
  return args
}
