import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import sirv from 'sirv'

import { localeCodes } from '../../content-models/locales'

export interface StaticServer {
  url: string
  close(): Promise<void>
}

/** Paths other sites may fetch from their pages (the JSON API, the embed script): the one header a host needs. */
const CORS_PATHS = /^\/(api\/|embed\.js$)/

/**
 * Which built 404 page answers a missing `pathname`: a path under one of our
 * languages (`/uz/…`) gets that language's page (`uz/404/index.html`, built
 * from site/pages/[locale]/404.astro), anything else the multilingual root
 * `404.html`. Relative to the build folder, POSIX separators.
 */
export function notFoundPage(pathname: string): string {
  const first = pathname.split('/')[1]
  return (localeCodes as string[]).includes(first) && pathname.startsWith(`/${first}/`)
    ? `${first}/404/index.html`
    : '404.html'
}

/**
 * Serves a built site from `dir` like a plain static host: files as they are
 * on disk now (`dev` mode looks each request up, so a rebuild swapped into
 * place is served at once), `Access-Control-Allow-Origin: *` on the JSON API
 * and the embed script (as static/_headers asks of Netlify or Cloudflare
 * Pages), and, with status 404, a language's own 404 page for anything missing
 * under that language and the root 404.html for anything else (notFoundPage).
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
      const pathname = new URL(req.url ?? '/', 'http://localhost').pathname
      const own = path.join(dir, notFoundPage(pathname))
      const page = fs.existsSync(own) ? own : path.join(dir, '404.html')
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
