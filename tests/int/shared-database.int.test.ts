import { spawn } from 'node:child_process'
import readline from 'node:readline'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { bins } from '../../scripts/lib/run'
import { freshPayload } from '../helpers/payload'

/**
 * `npm start` runs the admin and the publisher as two processes on one SQLite
 * file, and an import or a build may run beside them. None of them may fail
 * with "database is locked" because another holds the file for a moment.
 */

let payload: Payload

beforeAll(async () => {
  payload = await freshPayload()
})

/** Starts tests/helpers/busy-process.ts on this test's database; resolves once it is running. */
async function busyProcess(seconds: number) {
  const child = spawn(process.execPath, [bins.tsx(), 'tests/helpers/busy-process.ts', String(seconds)], {
    env: { ...process.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  child.stderr!.on('data', (chunk) => (stderr += chunk))
  const lines = readline.createInterface({ input: child.stdout! })
  const report = new Promise<{ rounds: number; errors: string[] }>((resolve, reject) => {
    let last = ''
    lines.on('line', (line) => (last = line))
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(last)) : reject(new Error(`busy-process exited with ${code}:\n${stderr}`)),
    )
  })
  await new Promise<void>((resolve, reject) => {
    lines.on('line', (line) => line === 'ready' && resolve())
    child.on('exit', () => reject(new Error(`busy-process stopped before it was ready:\n${stderr}`)))
  })
  return { report }
}

describe('two processes on one SQLite file', () => {
  it('an editor’s saves succeed while another process runs jobs and reads, and that process does not fail either', async () => {
    const other = await busyProcess(8)
    const failed: string[] = []
    for (let i = 0; i < 40; i++) {
      try {
        await payload.create({
          collection: 'articles',
          locale: 'ru',
          data: {
            slug: `busy-${i}`,
            title: `Черновик ${i}`,
            summary: 'Кратко',
            kind: 'rights',
            country: 'ru',
            _status: 'draft',
          },
          draft: true,
        })
      } catch (error) {
        failed.push(error instanceof Error ? error.message : String(error))
      }
      await new Promise((r) => setTimeout(r, 50))
    }
    const { rounds, errors } = await other.report
    expect(failed).toEqual([])
    expect(errors).toEqual([])
    // The other process really was working the whole time.
    expect(rounds).toBeGreaterThan(20)
    const { totalDocs } = await payload.count({ collection: 'articles', where: { slug: { like: 'busy-' } } })
    expect(totalDocs).toBe(40)
  })

  it('an editor’s save waits behind another process’s long transaction (an import) instead of failing', async () => {
    // Longer than SQLite's own busy wait ever was (10 s): the save must queue, not give up.
    const holder = spawn(process.execPath, [bins.tsx(), 'tests/helpers/hold-write-lock.ts', '12'], {
      env: { ...process.env },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    const lines = readline.createInterface({ input: holder.stdout! })
    await new Promise<void>((resolve, reject) => {
      lines.on('line', (line) => line === 'locked' && resolve())
      holder.on('exit', (code) => reject(new Error(`hold-write-lock exited with ${code} before locking`)))
    })
    const released = new Promise<void>((resolve) => lines.on('line', (line) => line === 'released' && resolve()))
    const saves = await Promise.allSettled(
      [1, 2, 3].map((i) =>
        payload.create({ collection: 'topics', locale: 'ru', data: { slug: `queued-${i}`, title: `Очередь ${i}` } }),
      ),
    )
    await released
    expect(
      saves.filter((s) => s.status === 'rejected').map((s) => String((s as PromiseRejectedResult).reason)),
    ).toEqual([])
    const stored = await payload.find({
      collection: 'topics',
      where: { slug: { like: 'queued-' } },
      sort: 'slug',
      depth: 0,
    })
    expect(stored.docs.map((t) => t.slug)).toEqual(['queued-1', 'queued-2', 'queued-3'])
  })
})
