import { spawnSync } from 'node:child_process'

import { describe, expect, it } from 'vitest'

import { databaseAdapter } from '../../cms/database'
import { bins } from '../../scripts/lib/run'

describe('DATABASE_URI=mongodb://…', () => {
  it('gives up on an unanswering server after a few seconds, not the driver’s 30', () => {
    const adapter = databaseAdapter('mongodb://127.0.0.1:9/portal').init({
      payload: { config: {} } as never,
    }) as unknown as {
      connectOptions?: { serverSelectionTimeoutMS?: number }
    }
    expect(adapter.connectOptions?.serverSelectionTimeoutMS).toBeLessThanOrEqual(5000)
  })

  it('fails with a clear message when no MongoDB server answers', () => {
    // Port 9 (discard) on loopback: nothing listens there on our machines.
    // How long it takes is for benchmarks, not tests: a busy machine is slower.
    const result = spawnSync(process.execPath, [bins.tsx(), 'scripts/seed.ts'], {
      env: { ...process.env, DATABASE_URI: 'mongodb://127.0.0.1:9/portal', PAYLOAD_SECRET: 'test' },
      encoding: 'utf8',
      timeout: 50_000,
    })
    expect(result.status).not.toBe(0)
    expect(result.stdout + result.stderr).toMatch(/cannot connect to MongoDB/)
  })
})
