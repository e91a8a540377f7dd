import { spawnSync } from 'node:child_process'

import { describe, expect, it } from 'vitest'

import { databaseAdapter } from '../../cms/database'
import { bins } from '../../scripts/lib/run'

// Port 9 (discard) on loopback: nothing listens there on our machines.
const UNREACHABLE = 'mongodb://127.0.0.1:9/portal'

/**
 * How long the failure takes is for benchmarks, not tests (a busy machine is
 * slower): these check what makes it quick, the driver setting, and what the
 * person sees.
 */
describe('DATABASE_URI=mongodb://…', () => {
  it('gives up on an unanswering server after a few seconds, not the driver’s 30', () => {
    // init() only builds the adapter (it connects later, in payload.init), so no server is needed.
    const adapter = databaseAdapter(UNREACHABLE).init({ payload: { config: {} } as never }) as unknown as {
      url?: string
      connectOptions?: { serverSelectionTimeoutMS?: number }
    }
    expect(adapter.url).toBe(UNREACHABLE)
    // Without the option the driver waits its default 30 000 ms.
    expect(adapter.connectOptions?.serverSelectionTimeoutMS).toBeGreaterThan(0)
    expect(adapter.connectOptions?.serverSelectionTimeoutMS).toBeLessThanOrEqual(5000)
  })

  it('fails with a message that names the database it could not reach', () => {
    const result = spawnSync(process.execPath, [bins.tsx(), 'scripts/seed.ts'], {
      env: { ...process.env, DATABASE_URI: UNREACHABLE, PAYLOAD_SECRET: 'test' },
      encoding: 'utf8',
      // A guard against a hang, not an expectation: killed, the run has no message and fails below.
      timeout: 50_000,
    })
    expect(result.status).not.toBe(0)
    const output = result.stdout + result.stderr
    expect(output).toContain(`Could not open ${UNREACHABLE}`)
    expect(output).toMatch(/cannot connect to MongoDB/)
  })
})
