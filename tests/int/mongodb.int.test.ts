import { spawnSync } from 'node:child_process'

import { describe, expect, it } from 'vitest'

import { bins } from '../../scripts/lib/run'

describe('DATABASE_URI=mongodb://…', () => {
  it('fails within seconds with a clear message when no MongoDB server answers', () => {
    const started = Date.now()
    // Port 9 (discard) on loopback: nothing listens there on our machines.
    const result = spawnSync(process.execPath, [bins.tsx(), 'scripts/seed.ts'], {
      env: { ...process.env, DATABASE_URI: 'mongodb://127.0.0.1:9/portal', PAYLOAD_SECRET: 'test' },
      encoding: 'utf8',
      timeout: 30_000,
    })
    const seconds = (Date.now() - started) / 1000
    expect(result.status).not.toBe(0)
    expect(result.stdout + result.stderr).toMatch(/cannot connect to MongoDB/)
    expect(seconds).toBeLessThan(20)
  })
})
