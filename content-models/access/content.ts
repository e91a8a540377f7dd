import { type Access, APIError, type CollectionConfig, type CollectionSlug, type FieldAccess, type PayloadRequest } from 'payload'

import { isAdmin, isEditor, isLegalReviewer, mayEditLocale, mayPublishLocale, type RoleUser } from '../roles'
import { authenticatedOrPublished } from './authenticatedOrPublished'

export const roleUser = (user: unknown) => user as RoleUser | null

/**
 * Updating translatable content: editors always; translators only in their own
 * languages, publishing the source language excepted. `req.locale` is the
 * language being written, for REST (`?locale=`), GraphQL and the Local API
 * alike, and for scheduled publishing, which runs as the user who scheduled it.
 */
export const updateTranslatable =
  ({ legalReviewers }: { legalReviewers?: CollectionSlug } = {}): Access =>
  async ({ req, id, data }) => {
    const user = roleUser(req.user)
    if (isEditor(user)) return true
    if (legalReviewers && isLegalReviewer(user)) return reviewerMayPublish(req, legalReviewers, id, data)
    if (!mayEditLocale(user, req.locale)) return false
    const publishing = (data as { _status?: unknown } | undefined)?._status === 'published'
    return !publishing || mayPublishLocale(user, req.locale)
  }

/**
 * A legal reviewer's save publishes whatever the language's latest version
 * holds. When an editor or translator has unpublished changes there, that would
 * put text nobody approved online, so the reviewer is stopped and told why.
 */
async function reviewerMayPublish(req: PayloadRequest, collection: CollectionSlug, id: unknown, data: unknown): Promise<boolean> {
  if ((data as { _status?: unknown } | undefined)?._status !== 'published' || id === undefined) return true
  const latest = await req.payload
    .findByID({ collection, id: id as string, locale: req.locale, draft: true, depth: 0, overrideAccess: true, req })
    .catch(() => undefined)
  if (!latest || (latest as { _status?: unknown })._status === 'published') return true
  throw new APIError(
    `This ${collection === 'articles' ? 'article' : 'document'} has unpublished changes in "${req.locale}". Mark it reviewed after an editor has published or discarded them, so the review does not publish text nobody approved.`,
    403,
    undefined,
    true,
  )
}

export const editorsOnly: Access = ({ req }) => isEditor(roleUser(req.user))
/** Admins only; typed to serve as collection and as field access. */
export const adminsOnly = ({ req }: { req: PayloadRequest }): boolean => isAdmin(roleUser(req.user))
export const signedIn: Access = ({ req }) => Boolean(req.user)

/** Content with drafts (articles, events, help centres). */
export const draftableContent = ({ legalReviewers }: { legalReviewers?: CollectionSlug } = {}): CollectionConfig['access'] => ({
  read: authenticatedOrPublished,
  readVersions: signedIn,
  create: editorsOnly,
  update: updateTranslatable({ legalReviewers }),
  delete: editorsOnly,
})

/** Fields every language shares (kind, dates, links…): a translator's save leaves them as they were. */
export const sharedFieldAccess: { update: FieldAccess; create: FieldAccess } = {
  create: ({ req }) => isEditor(roleUser(req.user)) || !req.user,
  update: ({ req }) => isEditor(roleUser(req.user)),
}

/** Per-language text: anyone who may edit the language, but not a legal reviewer. */
export const textFieldAccess: { update: FieldAccess } = {
  update: ({ req }) => mayEditLocale(roleUser(req.user), req.locale),
}

/** The legal review dates: legal reviewers and admins. */
export const reviewFieldAccess: { update: FieldAccess; create: FieldAccess } = {
  create: ({ req }) => !req.user || isLegalReviewer(roleUser(req.user)) || isAdmin(roleUser(req.user)),
  update: ({ req }) => isLegalReviewer(roleUser(req.user)) || isAdmin(roleUser(req.user)),
}
