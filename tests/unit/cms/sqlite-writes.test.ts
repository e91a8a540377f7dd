import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { describe, expect, it } from 'vitest'

import { queueWrites } from '../../../cms/sqlite-writes'

async function freshClient(waitMs: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-writes-'))
  const client = createClient({ url: `file:${path.join(dir, 'test.db')}` })
  await client.execute('PRAGMA journal_mode = WAL')
  await client.execute('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)')
  queueWrites(client as never, { waitMs, sliceMs: 20 })
  return client
}

describe('queueWrites', () => {
  it('runs this process’s write transactions one after another, and every one is stored', async () => {
    const client = await freshClient(5000)
    await Promise.all(
      [1, 2, 3, 4, 5].map(async (i) => {
        const tx = await client.transaction('write')
        await tx.execute({ sql: 'INSERT INTO notes (text) VALUES (?)', args: [`note ${i}`] })
        await new Promise((resolve) => setTimeout(resolve, 10))
        await tx.commit()
      }),
    )
    const { rows } = await client.execute('SELECT count(*) AS n FROM notes')
    expect(Number(rows[0].n)).toBe(5)
  })

  it('gives up with a clear error when a transaction waits on one this process holds, and the queue goes on', async () => {
    const client = await freshClient(300)
    const held = await client.transaction('write')
    await expect(client.transaction('write')).rejects.toThrow(/Waited 1 s for this process's other database writes/)
    await held.commit()
    const next = await client.transaction('write')
    await next.execute("INSERT INTO notes (text) VALUES ('after')")
    await next.commit()
    const { rows } = await client.execute("SELECT text FROM notes WHERE text = 'after'")
    expect(rows).toHaveLength(1)
  })
})
