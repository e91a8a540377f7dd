/**
 * `npm run publisher [-- --out <dir> --interval <seconds> --poll <seconds>]`:
 * runs scheduled publishing every `--interval` (15 s) and keeps the static
 * site in step with the CMS until stopped, looking for published changes
 * every `--poll` (1 s).
 * `npm start` runs the same loop itself; use this where the site is built on
 * another machine than the one serving the admin.
 */
import { parseArgs } from 'node:util'

import { openPayload } from './lib/payload'
import { buildSite } from './site/build-site'
import { startPublisher } from './site/publisher'

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'dist' },
    interval: { type: 'string', default: '15' },
    poll: { type: 'string', default: '1' },
  },
})
const out = values.out as string
const seconds = Number(values.interval)
const poll = Number(values.poll)
for (const [name, value, given] of [
  ['interval', seconds, values.interval],
  ['poll', poll, values.poll],
] as const) {
  if (!(value > 0)) {
    console.error(`--${name} must be a number of seconds, not "${given}"`)
    process.exit(2)
  }
}

const payload = await openPayload()
const first = await buildSite(payload, out, console.log, { prepareNext: true })
console.log(
  `Publisher: built ${first.pages} pages into ${out}/; running scheduled publishing every ${seconds} s, looking for changes every ${poll} s`,
)
const publisher = startPublisher(payload, out, first, { intervalMs: seconds * 1000, pollMs: poll * 1000 })
const stop = async () => {
  await publisher.stop()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
