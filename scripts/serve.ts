/**
 * `npm run serve [-- --dir dist --port 4321]`: serves a built site the way a
 * static host or a CDN would (404 pages, CORS on the API and the embed script,
 * text sent with the build's brotli or gzip copies), for trying a build or a
 * copy of it. Runs until stopped.
 */
import { parseArgs } from 'node:util'

import { serveStatic } from './lib/static-server'

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4321' },
    host: { type: 'string', default: 'localhost' },
  },
})
const server = await serveStatic(values.dir as string, Number(values.port), values.host as string)
console.log(`Serving ${values.dir}/ at ${server.url}/`)
const stop = async () => {
  await server.close()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
