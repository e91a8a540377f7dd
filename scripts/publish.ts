/**
 * `npm run publisher [-- --out <dir> --interval <seconds>]`: runs scheduled
 * publishing and keeps the static site in step with the CMS until stopped.
 * `npm start` runs the same loop itself; use this where the site is built on
 * another machine than the one serving the admin.
 */
import { parseArgs } from 'node:util'

import { openPayload } from './lib/payload'
import { buildSite } from './site/build-site'
import { startPublisher } from './site/publisher'

const { values } = parseArgs({
  options: { out: { type: 'string', default: 'dist' }, interval: { type: 'string', default: '15' } },
})
const out = values.out as string
const seconds = Number(values.interval)
if (!(seconds > 0)) {
  console.error(`--interval must be a number of seconds, not "${values.interval}"`)
  process.exit(2)
}

const payload = await openPayload()
const first = await buildSite(payload, out)
console.log(
  `Publisher: built ${first.pages} pages into ${out}/; checking every ${seconds} s for scheduled publishing and changes`,
)
const publisher = startPublisher(payload, out, first, { intervalMs: seconds * 1000 })
const stop = async () => {
  await publisher.stop()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
