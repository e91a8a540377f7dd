/**
 * `npm start`: the whole portal on one machine. Seeds the database if it is
 * empty, builds the static site for every language, builds the admin if its
 * sources changed, then serves the site on :4321 and the CMS on :3000.
 */
import type { ChildProcess } from 'node:child_process'

import { buildAdminIfStale } from './cms/build-admin'
import { DEMO_ADMIN } from './content/demo-user'
import { seed } from './content/seed'
import { openPayload } from './lib/payload'
import { bins, start } from './lib/run'
import { buildSite } from './site/build-site'

const SITE_PORT = process.env.SITE_PORT ?? '4321'
const CMS_PORT = process.env.CMS_PORT ?? '3000'

const payload = await openPayload()
const { totalDocs } = await payload.count({ collection: 'articles', overrideAccess: true })
if (totalDocs === 0) {
  console.log('The database is empty: seeding the demo content…')
  console.log(await seed(payload))
} else {
  console.log(`The database has ${totalDocs} articles; not seeding.`)
}

const site = await buildSite(payload, 'dist')
console.log(`Built ${site.pages} pages in ${site.seconds.toFixed(1)} s`)
await buildAdminIfStale()

const children: ChildProcess[] = [
  start(bins.next(), ['start', 'cms', '--port', CMS_PORT]),
  start(bins.astro(), ['preview', '--port', SITE_PORT]),
]
const stop = () => {
  for (const child of children) child.kill('SIGTERM')
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
for (const child of children) child.on('exit', (code) => code && code !== 0 && stop())

const login =
  payload.db.name === 'sqlite'
    ? `(demo login: ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password})`
    : '(the first visit asks you to create the admin user)'
console.log(`
  Site:  http://localhost:${SITE_PORT}/
  Admin: http://localhost:${CMS_PORT}/admin   ${login}

  After publishing in the admin, run "npm run build" to rebuild the site. Ctrl+C stops both servers.
`)
