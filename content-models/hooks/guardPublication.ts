import { type CollectionBeforeOperationHook, Forbidden } from 'payload'

import { roleUser } from '../access/content'
import { isEditor } from '../roles'

/**
 * Two kinds of publishing only editors may do:
 * - "publish all languages": it would publish languages a translator may not
 *   touch, and access rules only see the language of the request;
 * - restoring a version: it replaces every language and every shared field at
 *   once (a translator's restore of an early version left title, body and slug
 *   empty in every language).
 */
export const guardPublication: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const user = roleUser(req.user)
  if (!user || isEditor(user)) return args
  if (operation === 'restoreVersion') throw new Forbidden(req.t)
  if (operation !== 'update' && operation !== 'create') return args
  const a = args as { publishAllLocales?: boolean; unpublishAllLocales?: boolean }
  if (a.publishAllLocales || a.unpublishAllLocales) throw new Forbidden(req.t)
  return args
}
