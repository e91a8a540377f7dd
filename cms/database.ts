import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj, Migration, Payload } from 'payload'

import { migrations } from './migrations'
import { productData } from './product-data'
import { withQueuedWrites } from './sqlite-writes'

/** The embedded database used when DATABASE_URI is unset. */
export const DEFAULT_SQLITE_FILE = '.data/portal.db'

/**
 * How long an SQLite write waits for other writers before failing: long enough
 * to queue an editor's save behind an import or a build in another process.
 */
const SQLITE_WRITE_WAIT_MS = 120_000

/** How long to wait for a MongoDB server before failing with a clear message. */
const MONGO_TIMEOUT_MS = 5000

export type DatabaseKind = 'sqlite' | 'mongodb'

/** Which adapter a DATABASE_URI selects; throws on a scheme we do not support. */
export function databaseKind(uri: string | undefined): DatabaseKind {
  if (!uri || uri.startsWith('file:')) return 'sqlite'
  if (uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')) return 'mongodb'
  throw new Error(`DATABASE_URI "${uri}" is not supported: use file:<path> (embedded SQLite) or mongodb://…`)
}

/**
 * Database adapter for DATABASE_URI. SQLite never pushes its schema: the schema
 * comes only from the committed migrations in cms/migrations, applied on start
 * (see `applyMigrations`), so no run can stop at an interactive prompt and no
 * database is ever left behind its code.
 */
export function databaseAdapter(uri = process.env.DATABASE_URI): DatabaseAdapterObj {
  if (databaseKind(uri) === 'mongodb') {
    return mongooseAdapter({
      url: uri as string,
      connectOptions: { serverSelectionTimeoutMS: MONGO_TIMEOUT_MS },
    })
  }
  const url = uri || `file:${path.resolve(process.cwd(), DEFAULT_SQLITE_FILE)}`
  fs.mkdirSync(path.dirname(url.slice('file:'.length)), { recursive: true })
  const sqlite = sqliteAdapter({
    client: { url },
    push: false,
    // Transactions are off by default on SQLite; imports need all-or-nothing.
    transactionOptions: {},
    // The admin and the publisher are two processes on one file. WAL lets
    // readers and a writer work at once; a writer waits its turn behind
    // another instead of failing with "database is locked": SQLite blocks
    // for 100 ms at a time, queueWrites waits out the rest (cms/sqlite-writes.ts).
    wal: true,
    busyTimeout: 100,
    migrationDir: path.resolve(process.cwd(), 'cms/migrations'),
  })
  return withQueuedWrites(sqlite, { waitMs: SQLITE_WRITE_WAIT_MS })
}

/**
 * Brings an SQLite database up to the committed schema (MongoDB needs none),
 * then gives any database the product data it lacks (cms/product-data.ts).
 */
export async function applyMigrations(payload: Payload): Promise<void> {
  // Generated migrations are typed for the SQLite adapter; migrate() takes the generic shape.
  if (payload.db.name === 'sqlite') await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  await payload.db.migrate({ migrations: productData })
}
