import config from '../../cms/payload.config'
import { getPayload, type Payload } from 'payload'

/**
 * Opens the Local API on the database DATABASE_URI names (the embedded SQLite
 * file when unset), bringing its schema up to date first.
 */
export async function openPayload(): Promise<Payload> {
  return getPayload({ config })
}
