import type { Access } from 'payload'

/** Any logged-in CMS user. */
export const authenticated: Access = ({ req: { user } }) => Boolean(user)
