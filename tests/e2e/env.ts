import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')
/**
 * E2E_SLOT=1, 2… runs a second end-to-end run beside the first on the same
 * machine (its own database, build and ports); CI leaves it unset.
 */
const slot = Number(process.env.E2E_SLOT ?? 0)
const work = path.join(root, slot ? `.cache/e2e-${slot}` : '.cache/e2e')

/** Where the end-to-end run keeps its own database, build and servers. */
export const e2e = {
  root,
  work,
  databaseUri: `file:${path.join(work, 'portal.db')}`,
  distDir: path.join(work, 'dist'),
  sitePort: 4391 + slot * 10,
  cmsPort: 3091 + slot * 10,
  siteUrl: `http://127.0.0.1:${4391 + slot * 10}`,
  cmsUrl: `http://127.0.0.1:${3091 + slot * 10}`,
  pidFile: path.join(work, 'servers.json'),
}

/** The environment every command of the e2e run gets. */
export const e2eEnv: Record<string, string> = {
  DATABASE_URI: e2e.databaseUri,
  PAYLOAD_SECRET: 'e2e-secret',
  SITE_URL: e2e.siteUrl,
  // The admin's address as the browser sees it: its login cookie counts only on requests from there.
  CMS_URL: e2e.cmsUrl,
  // The site reads as of this moment whatever day the tests run, so the demo's
  // law changes, events and alert keep the status the tests expect.
  SITE_AS_OF: '2026-11-21T12:00:00Z',
}
