import type { Access, CollectionConfig, FieldAccess } from 'payload'

import { isEditor, isLegalReviewer, mayEditLocale, mayPublishLocale, type RoleUser } from '../roles'
import { authenticatedOrPublished } from './authenticatedOrPublished'

const roleUser = (user: unknown) => user as RoleUser | null

/**
 * Updating translatable content: editors always; translators only in their own
 * languages, publishing the source language excepted. `req.locale` is the
 * language being written, for REST (`?locale=`), GraphQL and the Local API
 * alike, and for scheduled publishing, which runs as the user who scheduled it.
 */
export const updateTranslatable =
  ({ legalReviewers = false } = {}): Access =>
  ({ req, data }) => {
    const user = roleUser(req.user)
    if (isEditor(user)) return true
    if (legalReviewers && isLegalReviewer(user)) return true
    if (!mayEditLocale(user, req.locale)) return false
    const publishing = (data as { _status?: unknown } | undefined)?._status === 'published'
    return !publishing || mayPublishLocale(user, req.locale)
  }

export const editorsOnly: Access = ({ req }) => isEditor(roleUser(req.user))

/** Content with drafts (articles, events, help centres). */
export const draftableContent = ({ legalReviewers = false } = {}): CollectionConfig['access'] => ({
  read: authenticatedOrPublished,
  readVersions: ({ req }) => Boolean(req.user),
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
  create: ({ req }) => !req.user || isLegalReviewer(roleUser(req.user)) || roleUser(req.user)?.role === 'admin',
  update: ({ req }) => isLegalReviewer(roleUser(req.user)) || roleUser(req.user)?.role === 'admin',
}
