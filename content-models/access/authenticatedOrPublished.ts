import type { Access } from 'payload'

/**
 * Logged-in users read everything; anonymous readers only published versions.
 * Returning a query rather than `true` is what keeps drafts out of the REST,
 * GraphQL and Local API answers for anonymous readers.
 */
export const authenticatedOrPublished: Access = ({ req: { user } }) => {
  if (user) return true
  return { _status: { equals: 'published' } }
}
