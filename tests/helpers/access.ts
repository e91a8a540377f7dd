import type { User } from '../../content-models/payload-types'

/** Local API options acting as `user`, with access control applied as for REST or GraphQL. */
export const as = (user: User) => ({ user: { ...user, collection: 'users' as const }, overrideAccess: false as const })

/** Local API options for an anonymous reader of the public API. */
export const anonymous = { overrideAccess: false as const, fallbackLocale: false as const, depth: 0 }
