import type { Payload } from 'payload'

import type { Locale } from '../../content-models/locales'
import type { User } from '../../content-models/payload-types'

/** The password of every account the tests create. */
const PASSWORD = 'correct horse battery staple'

let seq = 0

/** An account with one role (a translator's with the languages they may edit), created by trusted server code. */
export function createUser(payload: Payload, role: User['role'], languages: Locale[] = []): Promise<User> {
  return payload.create({
    collection: 'users',
    data: { email: `${role}-${++seq}@example.org`, password: PASSWORD, role, languages },
  })
}
