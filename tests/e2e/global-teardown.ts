import fs from 'node:fs'

import { e2e } from './env'

/** Stops the servers global-setup started. */
export default async function globalTeardown(): Promise<void> {
  if (!fs.existsSync(e2e.pidFile)) return
  for (const pid of JSON.parse(fs.readFileSync(e2e.pidFile, 'utf8')) as number[]) {
    try {
      process.kill(pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
}
