/**
 * `npm start`: the whole portal on one machine. Seeds the database if it is
 * empty, builds the static site for every language and serves it on
 * SITE_PORT (4321) with the publisher running (scheduled publishing, and a
 * rebuild whenever published content changes or a date on the site passes),
 * then builds the admin if its sources changed and serves it on CMS_PORT (3000).
 */
import type { ChildProcess } from 'node:child_process'

import { buildAdminIfStale } from './cms/build-admin'
import { DEMO_USERS } from './content/demo-user'
import { seed } from './content/seed'
import { openPayload } from './lib/payload'
import { bins, start } from './lib/run'
import { serveStatic } from './lib/static-server'
import { buildSite } from './site/build-site'
import { startPublisher } from './site/publisher'

const SITE_PORT = process.env.SITE_PORT ?? '4321'
const CMS_PORT = process.env.CMS_PORT ?? '3000'
// Loopback unless told otherwise: in production the CMS sits behind a reverse
// proxy with TLS, which is also what tells it each client's address (docs/security.md).
const CMS_HOST = process.env.CMS_HOST ?? '127.0.0.1'

const payload = await openPayload()
const { totalDocs } = await payload.count({ collection: 'articles', overrideAccess: true })
if (totalDocs === 0) {
  console.log('The database is empty: seeding the demo content…')
  console.log(await seed(payload))
} else {
  console.log(`The database has ${totalDocs} articles; not seeding.`)
}

const site = await buildSite(payload, 'dist', console.log, { prepareNext: true })
console.log(`Built ${site.pages} pages in ${site.seconds.toFixed(1)} s`)

// The site first: readers' pages need nothing from the admin, which can take
// minutes to build on a small machine.
const server = await serveStatic('dist', Number(SITE_PORT), 'localhost')
const publisher = startPublisher(payload, 'dist', site)
console.log(`\n  Site ready:  ${server.url}/\n`)

const children: ChildProcess[] = []
const stop = async () => {
  for (const child of children) child.kill('SIGTERM')
  await publisher.stop()
  await server.close()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)

await buildAdminIfStale()
const adminUrl = `http://localhost:${CMS_PORT}/admin`
const cms = start(bins.next(), ['start', 'cms', '--port', CMS_PORT, '--hostname', CMS_HOST])
children.push(cms)
cms.on('exit', (code) => code && code !== 0 && stop())
await answers(`http://${CMS_HOST}:${CMS_PORT}/admin/login`)

const login =
  payload.db.name === 'sqlite'
    ? `demo logins, password ${DEMO_USERS[0].password}:\n${DEMO_USERS.map((u) => `           ${u.email.padEnd(24)} ${u.role}${u.languages ? ` (${u.languages.join(', ')})` : ''}`).join('\n')}`
    : '(the first visit asks you to create the admin user)'
console.log(`
  Site:  ${server.url}/
  Admin: ${adminUrl}   ${login}

  A publish starts a rebuild of what it changed within about a second; scheduled publishing runs every 15 s. Ctrl+C stops everything.
`)

/** Waits until `url` answers (any status below 500); the admin's first answer can take a few seconds. */
async function answers(url: string): Promise<void> {
  for (;;) {
    const ok = await fetch(url).then(
      (res) => res.status < 500,
      () => false,
    )
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}
