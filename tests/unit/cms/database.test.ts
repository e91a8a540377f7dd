import { describe, expect, it } from 'vitest'

import { databaseKind } from '../../../cms/database'

describe('databaseKind', () => {
  it('uses the embedded SQLite file when DATABASE_URI is unset or a file URL', () => {
    expect(databaseKind(undefined)).toBe('sqlite')
    expect(databaseKind('file:./.data/other.db')).toBe('sqlite')
  })

  it('uses MongoDB for mongodb:// and mongodb+srv:// URIs', () => {
    expect(databaseKind('mongodb://db.example:27017/portal')).toBe('mongodb')
    expect(databaseKind('mongodb+srv://cluster.example/portal')).toBe('mongodb')
  })

  it('rejects other schemes with a message that says what to use', () => {
    expect(() => databaseKind('postgres://localhost/portal')).toThrow(/file:<path>.*mongodb:\/\//)
  })
})
