import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import sirv from 'sirv'

export interface StaticServer {
  url: string
  close(): Promise<void>
}

/** Paths other sites may fetch from their pages (the JSON API, the embed script): the one header a host needs. */
const CORS_PATHS = /^\/(api\/|embed\.js$)/

/**
 * Serves a built site from `dir` like a plain static host: files as they are
 * on disk now (`dev` mode looks each request up, so a rebuild swapped into
 * place is served at once), `Access-Control-Allow-Origin: *` on the JSON API
 * and the embed script (as static/_headers asks of Netlify or Cloudflare
 * Pages), and the site's 404.html for anything missing.
 */
export async function serveStatic(dir: string, port = 0, host = '127.0.0.1'): Promise<StaticServer> {
  const handler = sirv(dir, {
    dev: true,
    etag: false,
    setHeaders: (res, pathname) => {
      if (CORS_PATHS.test(pathname)) res.setHeader('Access-Control-Allow-Origin', '*')
    },
  })
  const server = http.createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404
      const page = path.join(dir, '404.html')
      if (fs.existsSync(page)) {
        res.setHeader('Content-Type', 'text/html; charset=utf-8')
        fs.createReadStream(page).pipe(res)
      } else res.end('Not found')
    }),
  )
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, host, resolve))
  const { port: actual } = server.address() as AddressInfo
  return {
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
