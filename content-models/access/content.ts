import type { Access, CollectionConfig, FieldAccess, PayloadRequest } from 'payload'

import { isAdmin, isEditor, isLegalReviewer, mayEditLocale, mayPublishLocale, type RoleUser } from '../roles'
import { authenticatedOrPublished } from './authenticatedOrPublished'

export const roleUser = (user: unknown) => user as RoleUser | null

/**
 * Updating translatable content: editors always; translators only in their own
 * languages, publishing the source language excepted; legal reviewers where
 * review dates exist (their field access leaves them only those, and
 * `reviewPublishesNothingPending` stops a review that would publish a draft).
 * `req.locale` is the language being written, for REST (`?locale=`), GraphQL
 * and the Local API alike, and for scheduled publishing, which runs as the
 * user who scheduled it. Access only answers yes or no: the admin asks it
 * while a form is being filled in, so it must never throw.
 */
export const updateTranslatable =
  ({ legalReviewers = false }: { legalReviewers?: boolean } = {}): Access =>
  ({ req, data }) => {
    const user = roleUser(req.user)
    if (isEditor(user)) return true
    if (isLegalReviewer(user)) return legalReviewers
    if (!mayEditLocale(user, req.locale)) return false
    const publishing = (data as { _status?: unknown } | undefined)?._status === 'published'
    return !publishing || mayPublishLocale(user, req.locale)
  }

export const editorsOnly: Access = ({ req }) => isEditor(roleUser(req.user))
/** Admins only; typed to serve as collection and as field access. */
export const adminsOnly = ({ req }: { req: PayloadRequest }): boolean => isAdmin(roleUser(req.user))
export const signedIn: Access = ({ req }) => Boolean(req.user)

/** Content with drafts (articles, events, help centres). */
export const draftableContent = ({
  legalReviewers,
}: { legalReviewers?: boolean } = {}): CollectionConfig['access'] => ({
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
