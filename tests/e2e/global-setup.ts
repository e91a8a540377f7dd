import fs from 'node:fs'

import { buildAdminIfStale } from '../../scripts/cms/build-admin'
import { bins, run, start } from '../../scripts/lib/run'
import { e2e, e2eEnv } from './env'

async function waitFor(url: string, seconds: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url)
      if (res.status < 500) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not answer within ${seconds} s`)
}

/**
 * A fresh database with the demo content plus test fixtures (including drafts
 * that must never be published), a built site, and both servers running.
 */
export default async function globalSetup(): Promise<void> {
  fs.rmSync(e2e.work, { recursive: true, force: true })
  fs.mkdirSync(e2e.work, { recursive: true })
  const env = e2eEnv
  await run(bins.tsx(), ['scripts/seed.ts'], { env })
  await run(bins.tsx(), ['scripts/import.ts', 'tests/fixtures/import/valid'], { env })
  // A later change to the Russian original, with its public change note: the
  // English translation of test-patent is now outdated.
  await run(bins.tsx(), ['scripts/import.ts', 'tests/fixtures/import/update'], { env })
  await run(bins.tsx(), ['tests/fixtures/schedule-future-publish.ts'], { env })
  await run(bins.tsx(), ['scripts/build.ts', '--out', e2e.distDir], { env })
  await buildAdminIfStale()

  for (const url of [e2e.siteUrl, e2e.cmsUrl]) {
    const answered = await fetch(url).then(
      () => true,
      () => false,
    )
    if (answered) throw new Error(`${url} is already in use (a server left by an earlier run?); stop it first`)
  }
  // Served as a plain static host serves it (scripts/serve.ts), CORS headers included.
  const site = start(
    bins.tsx(),
    ['scripts/serve.ts', '--dir', e2e.distDir, '--port', String(e2e.sitePort), '--host', '127.0.0.1'],
    { env, inherit: false },
  )
  const cms = start(bins.next(), ['start', 'cms', '--port', String(e2e.cmsPort), '--hostname', '127.0.0.1'], {
    env,
    inherit: false,
  })
  fs.writeFileSync(e2e.pidFile, JSON.stringify([site.pid, cms.pid]))
  await waitFor(`${e2e.siteUrl}/ru/`, 60)
  await waitFor(`${e2e.cmsUrl}/admin/login`, 120)
}
