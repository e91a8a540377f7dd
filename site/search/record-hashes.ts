import { createHash } from 'node:crypto'

import type { SearchRecord } from './index-records'

/**
 * Each search record's page by its URL, hashed: what a build's index was made
 * of, kept with its inputs (site/integrations/incremental.ts tells from them
 * which languages a later build indexes again).
 */
export type RecordHashes = Record<string, string>

/** The hash of one search record's page. */
export const recordHash = (record: SearchRecord) => createHash('sha1').update(record.content).digest('base64url')

/** Passes `records` through, noting each one's hash in `into`. */
export function* hashingRecords(records: Iterable<SearchRecord>, into: RecordHashes): Generator<SearchRecord> {
  for (const record of records) {
    into[record.url] = recordHash(record)
    yield record
  }
}
