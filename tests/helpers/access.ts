import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
import { expect } from 'vitest'

import type { Locale } from '../../content-models/locales'
import type { User } from '../../content-models/payload-types'

/** Local API options acting as `user`, with access control applied as for REST or GraphQL. */
export const as = (user: User) => ({ user: { ...user, collection: 'users' as const }, overrideAccess: false as const })

/** Local API options for an anonymous reader of the public API. */
export const anonymous = { overrideAccess: false as const, fallbackLocale: false as const, depth: 0 }

/** Expects `action` to be refused for lack of rights (403), not to fail for another reason. */
export async function expectForbidden(action: Promise<unknown>): Promise<void> {
  await expect(action).rejects.toMatchObject({ status: 403 })
}

/** The collections whose documents the tests change one language at a time. */
export type LocalizedCollection = 'articles' | 'events' | 'help-centres' | 'topics'

/**
 * Saves `data` into one language of a document through the Local API as
 * `user`, with their access rules applied, or as an anonymous visitor when
 * `user` is null.
 */
export function updateAs<S extends LocalizedCollection>(
  payload: Payload,
  user: User | null,
  collection: S,
  id: number,
  data: Partial<RequiredDataFromCollectionSlug<S>>,
  locale: Locale = 'ru',
) {
  // `data as never`: Payload's deep-partial type of `data` cannot be matched for a collection not yet known.
  return payload.update({
    collection,
    id,
    locale,
    data: data as never,
    ...(user ? as(user) : { overrideAccess: false }),
  })
}

/**
 * Expects the save `updateAs(...update)` to be refused for lack of rights (403),
 * and returns that language of the document as stored afterwards, to check that
 * nothing changed.
 */
export async function expectUpdateRefused<S extends LocalizedCollection>(...update: Parameters<typeof updateAs<S>>) {
  const [payload, , collection, id, , locale = 'ru'] = update
  await expectForbidden(updateAs(...update))
  return payload.findByID({ collection, id, locale, depth: 0 })
}

/** What an anonymous reader of the public API gets for one language of a document (refused when none is published). */
export function readAsAnonymous<S extends LocalizedCollection>(
  payload: Payload,
  collection: S,
  id: number,
  locale: Locale = 'ru',
) {
  return payload.findByID({ collection, id, locale, ...anonymous })
}
