import { getPayload, type Payload } from 'payload'

import config from '../../cms/payload.config'
import { UsageError } from './cli'

/** The database in use, for messages (credentials stripped). */
export function describeDatabase(uri = process.env.DATABASE_URI): string {
  if (!uri) return 'the embedded SQLite file .data/portal.db'
  return uri.replace(/\/\/[^@/]*@/, '//***@')
}

/**
 * Opens the Local API on the database DATABASE_URI names (the embedded SQLite
 * file when unset), bringing its schema up to date first.
 */
export async function openPayload(): Promise<Payload> {
  try {
    return await getPayload({ config })
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^Error: /, '') : String(error)
    throw new UsageError(`Could not open ${describeDatabase()}: ${reason}`, { cause: error })
  }
}
