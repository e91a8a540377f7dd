import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import sirv from 'sirv'

import { localeCodes } from '../../content-models/locales'
import { ENCODINGS, type Encoding, isCompressible, isFresh, sourceOf } from '../site/compress'

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
 * The encodings of ours an `Accept-Encoding` header accepts, the client's
 * preference first and ours (brotli, then gzip) among equals; none for a
 * missing header. `q=0` refuses an encoding, `*` stands for those not named.
 */
export function acceptedEncodings(header: string | undefined): Encoding[] {
  const weights = new Map<string, number>()
  for (const part of (header ?? '').toLowerCase().split(',')) {
    const [token, ...params] = part.split(';').map((p) => p.trim())
    if (!token) continue
    const q = params.find((p) => p.startsWith('q='))
    weights.set(token, q ? Number(q.slice(2)) || 0 : 1)
  }
  const weight = (encoding: string) => weights.get(encoding) ?? weights.get('*') ?? 0
  // A stable sort: equal weights keep our order.
  return ENCODINGS.map((e) => e.encoding)
    .filter((e) => weight(e) > 0)
    .sort((a, b) => weight(b) - weight(a))
}

interface Found {
  file: string
  stat: fs.Stats
}

const statOf = (file: string) => fs.statSync(file, { throwIfNoEntry: false })

/** A request's path as sirv looks it up: decoded, or as it is when malformed. */
function decoded(pathname: string): string {
  try {
    return decodeURI(pathname)
  } catch {
    return pathname
  }
}

/**
 * The file sirv answers `pathname` with, looked up as sirv does (dev mode,
 * `.html` and `.htm` assumed): the path itself, then its `index`, then with
 * each extension. `root` ends with a separator.
 */
function fileFor(root: string, pathname: string): Found | undefined {
  let uri = decoded(pathname)
  if (uri.endsWith('/')) uri = uri.slice(0, -1)
  for (const extension of ['', '.html', '.htm']) {
    for (const candidate of [uri && uri + extension, `${uri}/index${extension}`]) {
      if (!candidate) continue
      const file = path.normalize(path.join(root, candidate))
      const stat = file.startsWith(root) ? statOf(file) : undefined
      if (stat && !stat.isDirectory()) return { file, stat }
    }
  }
  return undefined
}

/** The compressed copy of `found` (scripts/site/compress.ts) to send for this request, if one is accepted and fresh. */
function copyFor(found: Found, acceptEncoding: string | undefined): (Found & { encoding: Encoding }) | undefined {
  for (const encoding of acceptedEncodings(acceptEncoding)) {
    const file = found.file + ENCODINGS.find((e) => e.encoding === encoding)!.suffix
    const stat = statOf(file)
    if (stat?.isFile() && isFresh(found.stat, stat)) return { file, stat, encoding }
  }
  return undefined
}

/**
 * Serves a built site from `dir` like a plain static host or a CDN: files as
 * they are on disk now (`dev` mode looks each request up, so a rebuild
 * swapped into place is served at once), `Access-Control-Allow-Origin: *` on
 * the JSON API and the embed script (as static/_headers asks of Netlify or
 * Cloudflare Pages), and, with status 404, a language's own 404 page for
 * anything missing under that language and the root 404.html for anything
 * else (notFoundPage).
 *
 * Text files are sent compressed when the browser accepts it: the build's
 * brotli or gzip copy beside the file (`<file>.br`, `<file>.gz`, from
 * scripts/site/compress.ts), brotli preferred, with `Content-Encoding`, the
 * file's own `Content-Type` and the copy's `Content-Length`, and only while
 * the copy is not older than the file; otherwise the file itself. Every text
 * response, compressed or not, 404 pages included, says `Vary:
 * Accept-Encoding`, so a cache in between keeps the versions apart. A range
 * request gets a range of the file itself (a range of compressed bytes is no
 * use to a client resuming a download). The copies are not addresses of the
 * site (no sitemap or offline list names them): asked for by name, they are
 * not found, as on a CDN that compresses for itself.
 */
export async function serveStatic(dir: string, port = 0, host = '127.0.0.1'): Promise<StaticServer> {
  const root = path.resolve(dir) + path.sep
  const handler = sirv(dir, { dev: true, etag: false })

  const notFound = (req: http.IncomingMessage, res: http.ServerResponse, pathname: string): void => {
    res.statusCode = 404
    const own = path.join(root, notFoundPage(pathname))
    const page = fs.existsSync(own) ? own : path.join(root, '404.html')
    const stat = statOf(page)
    if (!stat?.isFile()) {
      res.end('Not found')
      return
    }
    const copy = copyFor({ file: page, stat }, req.headers['accept-encoding'])
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.setHeader('Vary', 'Accept-Encoding')
    if (copy) res.setHeader('Content-Encoding', copy.encoding)
    res.setHeader('Content-Length', (copy ?? { stat }).stat.size)
    fs.createReadStream(copy?.file ?? page).pipe(res)
  }

  const server = http.createServer((req, res) => {
    // The path as sirv reads it (a URL parser would take `//x/y` for a host and a path).
    const pathname = (req.url ?? '/').split(/[?#]/)[0]
    if (CORS_PATHS.test(pathname)) res.setHeader('Access-Control-Allow-Origin', '*')
    const missing = (): void => notFound(req, res, pathname)
    // A copy asked for by name is not found, with or without a trailing slash (sirv would serve `/a.html.br/`).
    if (sourceOf(decoded(pathname).replace(/\/+$/, '')) !== undefined) return missing()
    const found = fileFor(root, pathname)
    if (!found || !isCompressible(found.file)) return handler(req, res, missing)
    res.setHeader('Vary', 'Accept-Encoding')
    const copy = req.headers.range ? undefined : copyFor(found, req.headers['accept-encoding'])
    if (!copy) return handler(req, res, missing)
    // sirv sends the copy with the file's type and the copy's encoding, told by its name.
    const asked = req.url
    req.url = encodeURI(`/${path.relative(root, copy.file).split(path.sep).join('/')}`)
    handler(req, res, () => {
      // Gone since it was found (a new build swapped in): the file itself, as the new build has it.
      req.url = asked
      handler(req, res, missing)
    })
  })
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, host, resolve))
  const { port: actual } = server.address() as AddressInfo
  return {
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
