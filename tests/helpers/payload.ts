import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Payload } from 'payload'

/**
 * Opens the Local API on a new, empty SQLite file (migrated on start). Each
 * test file runs in its own worker, so each gets its own database.
 */
export async function freshPayload(): Promise<Payload> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-test-'))
  process.env.DATABASE_URI = `file:${path.join(dir, 'portal.db')}`
  process.env.PAYLOAD_SECRET ??= 'test-secret'
  const { openPayload } = await import('../../scripts/lib/payload')
  return openPayload()
}

/** A content directory under tests/fixtures/import. */
export const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url))
