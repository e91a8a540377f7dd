import type { Payload } from 'payload'

import type { Locale } from '../../content-models/locales'
import type { Role } from '../../content-models/roles'

const DEMO_PASSWORD = 'demo-password-change-me'

/** The demo accounts printed by `npm start`, one per role; created only while no user exists. */
export const DEMO_USERS: { email: string; password: string; name: string; role: Role; languages?: Locale[] }[] = [
  { email: 'admin@example.org', password: DEMO_PASSWORD, name: 'Demo admin', role: 'admin' },
  { email: 'editor@example.org', password: DEMO_PASSWORD, name: 'Demo editor', role: 'editor' },
  {
    email: 'translator@example.org',
    password: DEMO_PASSWORD,
    name: 'Demo translator (uz, tg, ky)',
    role: 'translator',
    languages: ['uz', 'tg', 'ky'],
  },
  { email: 'lawyer@example.org', password: DEMO_PASSWORD, name: 'Demo legal reviewer', role: 'legal-reviewer' },
]

/**
 * Creates the demo accounts when the database has no users; returns whether it
 * did. Only on the embedded SQLite database: a shared or production database
 * must not get accounts whose password is in the README. There, the admin
 * asks for the first user at /admin, who becomes its administrator.
 */
export async function ensureDemoUsers(payload: Payload): Promise<boolean> {
  if (payload.db.name !== 'sqlite') return false
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return false
  for (const user of DEMO_USERS) await payload.create({ collection: 'users', data: user as never })
  return true
}
