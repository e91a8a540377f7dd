import { expect } from 'vitest'

import type { User } from '../../content-models/payload-types'

/** Local API options acting as `user`, with access control applied as for REST or GraphQL. */
export const as = (user: User) => ({ user: { ...user, collection: 'users' as const }, overrideAccess: false as const })

/** Local API options for an anonymous reader of the public API. */
export const anonymous = { overrideAccess: false as const, fallbackLocale: false as const, depth: 0 }

/** Expects `action` to be refused for lack of rights (403), not to fail for another reason. */
export async function expectForbidden(action: Promise<unknown>): Promise<void> {
  await expect(action).rejects.toMatchObject({ status: 403 })
}
