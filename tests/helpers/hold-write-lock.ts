/**
 * Another process holding SQLite's write lock for a long time, as a large
 * import's all-or-nothing transaction does: BEGIN IMMEDIATE, one write, then
 * `seconds` of waiting before COMMIT. Prints "locked" once it holds the lock.
 * Usage: tsx tests/helpers/hold-write-lock.ts <seconds>   (DATABASE_URI from the environment)
 */
import { createClient } from '@libsql/client'

const seconds = Number(process.argv[2] ?? 5)
const client = createClient({ url: process.env.DATABASE_URI! })
const tx = await client.transaction('write')
await tx.execute('UPDATE topics SET slug = slug WHERE 1 = 0')
console.log('locked')
await new Promise((resolve) => setTimeout(resolve, seconds * 1000))
await tx.commit()
console.log('released')
process.exit(0)
