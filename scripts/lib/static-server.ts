import http from 'node:http'
import type { AddressInfo } from 'node:net'

import sirv from 'sirv'

export interface StaticServer {
  url: string
  close(): Promise<void>
}

/** Serves a built site from `dir` on a free loopback port, like a plain static host. */
export async function serveStatic(dir: string, port = 0): Promise<StaticServer> {
  const handler = sirv(dir, { dev: true, etag: false })
  const server = http.createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404
      res.end('Not found')
    }),
  )
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const { port: actual } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
