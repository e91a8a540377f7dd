import path from 'node:path'

import type { Payload } from 'payload'

import { ensureDemoUsers } from './demo-user'
import { importDir, progressLine, summarize } from './import-dir'

/** The demo content: Markdown in the import format, so seeding is just an import. */
export const DEMO_CONTENT_DIR = path.resolve(process.cwd(), 'content/demo')

/** Seeds demo content and the demo admin; safe to run again (updates in place). */
export async function seed(payload: Payload, log: (line: string) => void = console.log): Promise<string> {
  const report = await importDir(payload, DEMO_CONTENT_DIR, {
    onDocument: (...args) => log(progressLine(...args)),
  })
  const createdUsers = await ensureDemoUsers(payload)
  return `Seeded ${summarize(report)}${createdUsers ? ', and the demo users (one per role)' : ''}`
}
