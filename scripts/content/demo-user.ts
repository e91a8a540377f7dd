import type { Payload } from 'payload'

/** The demo login printed by `npm start`; created only while no user exists. */
export const DEMO_ADMIN = {
  email: 'admin@example.org',
  password: 'demo-password-change-me',
  name: 'Demo editor',
}

/**
 * Creates the demo admin when the database has no users; returns whether it
 * did. Only on the embedded SQLite database: a shared or production database
 * must not get an account whose password is in the README. There, the admin
 * asks for the first user at /admin.
 */
export async function ensureDemoAdmin(payload: Payload): Promise<boolean> {
  if (payload.db.name !== 'sqlite') return false
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return false
  await payload.create({ collection: 'users', data: DEMO_ADMIN })
  return true
}
