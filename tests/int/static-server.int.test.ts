import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { acceptedEncodings, serveStatic, type StaticServer } from '../../scripts/lib/static-server'

/*
 * The static server behind `npm start`, `npm run serve` and the e2e tests,
 * over real HTTP: it sends the build's brotli and gzip copies
 * (scripts/site/compress.ts) to clients that accept them, and only fresh ones.
 */

let dir: string
let server: StaticServer

const page = (word: string) => `<!doctype html><html><body>${`<p>${word}</p>\n`.repeat(400)}</body></html>`
const files: Record<string, string> = {
  'index.html': page('home'),
  'ru/articles/a/index.html': page('статья'),
  'ru/articles/stale/index.html': page('новая версия'),
  'ru/404/index.html': page('Страница не найдена'),
  '404.html': page('Not found / Не найдено'),
  'api/v1/ru/articles.json': JSON.stringify({ items: Array.from({ length: 200 }, (_, i) => ({ slug: `a-${i}` })) }),
  'embed.js': `console.log(${JSON.stringify('embed '.repeat(400))})`,
  '_astro/Search.abc.js': `export const words = ${JSON.stringify('слово '.repeat(400))}`,
  'robots.txt': 'User-agent: *\n',
}
const brotli = (text: string) => zlib.brotliCompressSync(Buffer.from(text))
const gzip = (text: string) => zlib.gzipSync(Buffer.from(text))

const minuteAgo = new Date(Date.now() - 60_000)

beforeAll(async () => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'portal-static-server-')))
  for (const [rel, body] of Object.entries(files)) {
    const file = path.join(dir, rel)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, body)
    // Small files get no copies (compress.ts).
    if (rel === 'robots.txt') continue
    // The copies of the page changed since: the old text, older than the page, as an incremental build would
    // leave them had it not compressed again. Only the gzip copy was made again.
    fs.writeFileSync(`${file}.br`, brotli(rel.includes('stale') ? page('старая версия') : body))
    fs.writeFileSync(`${file}.gz`, gzip(body))
    if (rel.includes('stale')) fs.utimesSync(`${file}.br`, minuteAgo, minuteAgo)
  }
  fs.mkdirSync(path.join(dir, 'icons'))
  fs.writeFileSync(path.join(dir, 'icons/icon.png'), Buffer.alloc(4096, 1))
  server = await serveStatic(dir)
})
afterAll(async () => {
  await server?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

interface Answer {
  status: number
  headers: http.IncomingHttpHeaders
  /** The body as sent. */
  raw: Buffer
  /** The body decoded as its Content-Encoding says. */
  text: string
}

/** A request over plain HTTP, so that nothing decodes the body or touches the headers on the way. */
function request(pathname: string, headers: http.OutgoingHttpHeaders = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${server.url}${pathname}`, { method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('error', reject)
      res.on('end', () => {
        const raw = Buffer.concat(chunks)
        const encoding = res.headers['content-encoding']
        // A HEAD answer has no body to decode.
        const decoded =
          raw.length === 0
            ? raw
            : encoding === 'br'
              ? zlib.brotliDecompressSync(raw)
              : encoding === 'gzip'
                ? zlib.gunzipSync(raw)
                : raw
        resolve({ status: res.statusCode!, headers: res.headers, raw, text: decoded.toString('utf8') })
      })
    })
    req.on('error', reject)
    req.end()
  })
}

describe('the static server', () => {
  it('sends the brotli copy to a client that accepts brotli, the gzip copy to one that accepts gzip, and the file to others', async () => {
    for (const [pathname, rel] of [
      ['/', 'index.html'],
      ['/ru/articles/a/', 'ru/articles/a/index.html'],
      ['/_astro/Search.abc.js', '_astro/Search.abc.js'],
      ['/api/v1/ru/articles.json', 'api/v1/ru/articles.json'],
    ]) {
      const plain = await request(pathname)
      expect(plain.status, pathname).toBe(200)
      expect(plain.headers['content-encoding'], pathname).toBeUndefined()
      expect(plain.text, pathname).toBe(files[rel])
      expect(Number(plain.headers['content-length'])).toBe(Buffer.byteLength(files[rel]))

      for (const [accept, encoding, suffix] of [
        ['gzip, deflate, br, zstd', 'br', '.br'],
        ['br', 'br', '.br'],
        ['gzip, deflate', 'gzip', '.gz'],
      ]) {
        const answer = await request(pathname, { 'Accept-Encoding': accept })
        expect(answer.status, `${pathname} ${accept}`).toBe(200)
        expect(answer.headers['content-encoding'], `${pathname} ${accept}`).toBe(encoding)
        expect(answer.headers['content-type'], `${pathname} ${accept}`).toBe(plain.headers['content-type'])
        expect(answer.raw).toEqual(fs.readFileSync(path.join(dir, rel + suffix)))
        expect(Number(answer.headers['content-length'])).toBe(answer.raw.length)
        expect(answer.raw.length).toBeLessThan(plain.raw.length)
        expect(answer.text, `${pathname} ${accept}`).toBe(files[rel])
        expect(answer.headers.vary, `${pathname} ${accept}`).toBe('Accept-Encoding')
      }
      // Compressed or not, a cache in between must keep the versions apart.
      expect(plain.headers.vary, pathname).toBe('Accept-Encoding')
    }
    expect((await request('/', { 'Accept-Encoding': 'gzip' })).headers['content-type']).toBe('text/html;charset=utf-8')
  })

  it('never sends a copy older than its file', async () => {
    const stale = '/ru/articles/stale/'
    const both = await request(stale, { 'Accept-Encoding': 'br, gzip' })
    expect(both.headers['content-encoding']).toBe('gzip')
    expect(both.text).toBe(files['ru/articles/stale/index.html'])
    const brOnly = await request(stale, { 'Accept-Encoding': 'br' })
    expect(brOnly.headers['content-encoding']).toBeUndefined()
    expect(brOnly.text).toBe(files['ru/articles/stale/index.html'])
  })

  it('keeps CORS on the JSON API and the embed script, compressed or not', async () => {
    for (const accept of ['br', 'gzip', 'identity']) {
      for (const pathname of ['/api/v1/ru/articles.json', '/embed.js']) {
        const answer = await request(pathname, { 'Accept-Encoding': accept })
        expect(answer.headers['access-control-allow-origin'], `${pathname} ${accept}`).toBe('*')
      }
      expect((await request('/', { 'Accept-Encoding': accept })).headers['access-control-allow-origin']).toBeUndefined()
    }
  })

  it('sends each language’s 404 page, compressed when accepted', async () => {
    const ru = await request('/ru/articles/no-such-article/', { 'Accept-Encoding': 'br' })
    expect(ru.status).toBe(404)
    expect(ru.headers['content-encoding']).toBe('br')
    expect(ru.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(ru.headers.vary).toBe('Accept-Encoding')
    expect(Number(ru.headers['content-length'])).toBe(ru.raw.length)
    expect(ru.text).toBe(files['ru/404/index.html'])

    const root = await request('/nothing-here/', { 'Accept-Encoding': 'gzip' })
    expect(root.status).toBe(404)
    expect(root.headers['content-encoding']).toBe('gzip')
    expect(root.text).toBe(files['404.html'])

    const plain = await request('/nothing-here/')
    expect(plain.status).toBe(404)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.text).toBe(files['404.html'])
  })

  it('answers the copies asked for by name as missing: they are not addresses of the site', async () => {
    for (const pathname of [
      '/index.html.br',
      '/index.html.gz',
      '/ru/articles/a/index.html.br',
      '/embed.js.gz',
      '/index.html.br/',
    ]) {
      const answer = await request(pathname, { 'Accept-Encoding': 'br, gzip' })
      expect(answer.status, pathname).toBe(404)
      expect(answer.text, pathname).toBe(pathname.startsWith('/ru/') ? files['ru/404/index.html'] : files['404.html'])
    }
  })

  it('answers HEAD with the headers of the copy it would send, and a range with a range of the file itself', async () => {
    const head = await request('/', { 'Accept-Encoding': 'br' }, 'HEAD')
    expect(head.status).toBe(200)
    expect(head.headers['content-encoding']).toBe('br')
    expect(Number(head.headers['content-length'])).toBe(fs.statSync(path.join(dir, 'index.html.br')).size)
    expect(head.raw.length).toBe(0)

    const range = await request('/', { 'Accept-Encoding': 'br, gzip', Range: 'bytes=0-14' })
    expect(range.status).toBe(206)
    expect(range.headers['content-encoding']).toBeUndefined()
    expect(range.headers['content-range']).toBe(`bytes 0-14/${Buffer.byteLength(files['index.html'])}`)
    expect(range.text).toBe(files['index.html'].slice(0, 15))
    expect(range.headers.vary).toBe('Accept-Encoding')
  })

  it('sends small files as they are, and says Vary only on text', async () => {
    const robots = await request('/robots.txt', { 'Accept-Encoding': 'br' })
    expect(robots.headers['content-encoding']).toBeUndefined()
    expect(robots.text).toBe(files['robots.txt'])
    expect(robots.headers.vary).toBe('Accept-Encoding')
    const icon = await request('/icons/icon.png', { 'Accept-Encoding': 'br' })
    expect(icon.status).toBe(200)
    expect(icon.headers['content-encoding']).toBeUndefined()
    expect(icon.headers.vary).toBeUndefined()
  })
})

describe('acceptedEncodings', () => {
  it('orders what a client accepts by its weights, brotli first among equals, and drops what it refuses', () => {
    expect(acceptedEncodings('gzip, deflate, br, zstd')).toEqual(['br', 'gzip'])
    expect(acceptedEncodings('gzip;q=1.0, br;q=0.5')).toEqual(['gzip', 'br'])
    expect(acceptedEncodings('br;q=0, gzip')).toEqual(['gzip'])
    expect(acceptedEncodings('*')).toEqual(['br', 'gzip'])
    expect(acceptedEncodings('*;q=0.1, gzip;q=0')).toEqual(['br'])
    expect(acceptedEncodings('identity')).toEqual([])
    expect(acceptedEncodings('')).toEqual([])
    expect(acceptedEncodings(undefined)).toEqual([])
  })
})
