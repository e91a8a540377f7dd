import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import sirv from 'sirv'

export interface StaticServer {
  url: string
  close(): Promise<void>
}

/**
 * Serves a built site from `dir` like a plain static host: files as they are
 * on disk now (`dev` mode looks each request up, so a rebuild swapped into
 * place is served at once) and the site's 404.html for anything missing.
 */
export async function serveStatic(dir: string, port = 0, host = '127.0.0.1'): Promise<StaticServer> {
  const handler = sirv(dir, { dev: true, etag: false })
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
