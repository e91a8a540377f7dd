import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { roleUser } from '../access/content'
import { isLegalReviewer } from '../roles'

/**
 * A legal reviewer's save publishes whatever the language's latest version
 * holds. When an editor or translator has unpublished changes there, that
 * would put text nobody approved online: the save is refused, and the review
 * date says why and what to do. (A hook, not access: the admin asks access
 * while the form is being filled in, where a refusal must not throw.)
 */
export const reviewPublishesNothingPending: CollectionBeforeChangeHook = ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || data._status !== 'published' || !isLegalReviewer(roleUser(req.user))) return data
  if (originalDoc?._status === 'published') return data
  throw new ValidationError({
    collection: collection.slug,
    id: originalDoc?.id,
    req,
    errors: [
      {
        path: 'reviewedAt',
        message: `This ${collection.slug === 'articles' ? 'article' : 'document'} has unpublished changes in "${req.locale}". Mark it reviewed after an editor has published or discarded them, so the review does not publish text nobody approved.`,
      },
    ],
  })
}
