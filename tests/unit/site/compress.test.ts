import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

import { afterEach, describe, expect, it } from 'vitest'

import { brotliQuality, compressSite, MIN_BYTES, sourceOf } from '../../../scripts/site/compress'

const roots: string[] = []
const tempDir = () => {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'portal-compress-')))
  roots.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of roots.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

/** Text that compresses, about `bytes` long. */
const text = (word: string, bytes = 4 * MIN_BYTES) => `<p>${word} </p>\n`.repeat(Math.ceil(bytes / (word.length + 9)))

/** A built site in miniature: pages, a script, JSON, Pagefind's files (gzip streams already), an image, small files. */
const site = (): Record<string, string | Buffer> => ({
  'index.html': text('home'),
  'ru/articles/a/index.html': text('статья'),
  'ru/articles/b/index.html': text('вторая'),
  '_astro/Search.abc.js': text('export const x = 1;'),
  'api/v1/ru/articles.json': JSON.stringify({ items: text('item').split('\n') }),
  'pagefind/pagefind.js': text('pagefind'),
  'pagefind/fragment/ru_1.pf_fragment': zlib.gzipSync(text('fragment')),
  'pagefind/wasm.ru.pagefind': zlib.gzipSync(text('wasm')),
  'pagefind/looks-like-json.json': zlib.gzipSync(text('already')),
  'icons/icon-192.png': Buffer.alloc(4 * MIN_BYTES, 7),
  'robots.txt': 'User-agent: *\nAllow: /\n',
  'downloads/archive.tar.gz': zlib.gzipSync(text('archive')),
})

function write(dir: string, files: Record<string, string | Buffer>) {
  for (const [rel, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    fs.writeFileSync(path.join(dir, rel), body)
  }
}

/** Every file under `dir`, relative, sorted. */
const listing = (dir: string) =>
  (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort()

const brotliOf = (file: string) => zlib.brotliDecompressSync(fs.readFileSync(`${file}.br`)).toString()
const gzipOf = (file: string) => zlib.gunzipSync(fs.readFileSync(`${file}.gz`)).toString()

/** A copy of the build `from` made of hard links, as an incremental build starts (site/integrations/incremental.ts). */
function linkCopy(from: string, to: string) {
  for (const rel of listing(from)) {
    fs.mkdirSync(path.dirname(path.join(to, rel)), { recursive: true })
    fs.linkSync(path.join(from, rel), path.join(to, rel))
  }
}

/** Writes a file anew as a build does (a new file renamed over the old, never in place), later than anything before. */
function rewrite(dir: string, rel: string, body: string) {
  const file = path.join(dir, rel)
  fs.writeFileSync(`${file}.new`, body)
  fs.renameSync(`${file}.new`, file)
  const later = new Date(Date.now() + 60_000)
  fs.utimesSync(file, later, later)
}

const quiet = { log: () => {}, concurrency: 2 }

describe('compressSite', () => {
  it('writes brotli and gzip copies beside the text files, and none for small, binary or already gzip-compressed files', async () => {
    const dir = tempDir()
    write(dir, site())
    const lines: string[] = []
    const report = await compressSite(dir, { ...quiet, log: (l) => lines.push(l) })

    const compressed = [
      'index.html',
      'ru/articles/a/index.html',
      'ru/articles/b/index.html',
      '_astro/Search.abc.js',
      'api/v1/ru/articles.json',
      'pagefind/pagefind.js',
    ]
    expect(listing(dir)).toEqual(
      [...Object.keys(site()), ...compressed.flatMap((rel) => [`${rel}.br`, `${rel}.gz`])].sort(),
    )
    for (const rel of compressed) {
      const original = fs.readFileSync(path.join(dir, rel), 'utf8')
      expect(brotliOf(path.join(dir, rel)), rel).toBe(original)
      expect(gzipOf(path.join(dir, rel)), rel).toBe(original)
      expect(fs.statSync(path.join(dir, `${rel}.br`)).size).toBeLessThan(fs.statSync(path.join(dir, `${rel}.gz`)).size)
    }
    // Text files: the six above, robots.txt (too small) and Pagefind's gzip stream named .json.
    expect(report).toMatchObject({ files: 8, compressed: 6, reused: 0, kept: 0, skipped: 2, removed: 0 })
    expect(report.brotli).toBeLessThan(report.gzip)
    expect(report.gzip).toBeLessThan(report.bytes)
    expect(lines.at(-1)).toMatch(/8 text files.*6 compressed/)
  })

  it('changes nothing when run again', async () => {
    const dir = tempDir()
    write(dir, site())
    await compressSite(dir, quiet)
    const before = new Map(listing(dir).map((rel) => [rel, fs.statSync(path.join(dir, rel))]))
    const again = await compressSite(dir, quiet)
    expect(again).toMatchObject({ compressed: 0, reused: 0, kept: 6, removed: 0 })
    expect(listing(dir)).toEqual([...before.keys()])
    for (const [rel, stat] of before) {
      const now = fs.statSync(path.join(dir, rel))
      expect([now.ino, now.mtimeMs], rel).toEqual([stat.ino, stat.mtimeMs])
    }
  })

  it('compresses again a file written since its copies, and never writes into the copies the site online shares', async () => {
    const online = tempDir()
    write(online, site())
    await compressSite(online, quiet)
    const next = path.join(tempDir(), 'next')
    linkCopy(online, next)
    rewrite(next, 'ru/articles/a/index.html', text('изменённая'))

    const report = await compressSite(next, { ...quiet, previous: online })
    expect(report).toMatchObject({ compressed: 1, reused: 0, kept: 5 })
    expect(brotliOf(path.join(next, 'ru/articles/a/index.html'))).toBe(text('изменённая'))
    expect(gzipOf(path.join(next, 'ru/articles/a/index.html'))).toBe(text('изменённая'))
    // The site online still sends its own page.
    expect(brotliOf(path.join(online, 'ru/articles/a/index.html'))).toBe(text('статья'))
    expect(gzipOf(path.join(online, 'ru/articles/a/index.html'))).toBe(text('статья'))
  })

  it('takes the site online’s copies for a file written again with the same bytes', async () => {
    const online = tempDir()
    write(online, site())
    await compressSite(online, quiet)
    const full = tempDir()
    write(full, site())
    rewrite(full, 'index.html', text('home'))

    const report = await compressSite(full, { ...quiet, previous: online })
    expect(report).toMatchObject({ compressed: 0, reused: 6 })
    for (const suffix of ['.br', '.gz']) {
      const copy = path.join(full, `index.html${suffix}`)
      expect(fs.readFileSync(copy)).toEqual(fs.readFileSync(path.join(online, `index.html${suffix}`)))
      // A copy of its own, not older than its file.
      expect(fs.statSync(copy).ino).not.toBe(fs.statSync(path.join(online, `index.html${suffix}`)).ino)
      expect(fs.statSync(copy).mtimeMs).toBeGreaterThanOrEqual(fs.statSync(path.join(full, 'index.html')).mtimeMs)
    }
  })

  it('removes the copies of files that are gone or became too small, and the folders they leave empty', async () => {
    const online = tempDir()
    write(online, site())
    await compressSite(online, quiet)
    const next = path.join(tempDir(), 'next')
    linkCopy(online, next)
    // A vanished page: the incremental build removes its file, not its copies.
    fs.rmSync(path.join(next, 'ru/articles/b/index.html'))
    rewrite(next, 'api/v1/ru/articles.json', '{"items":[]}')

    const report = await compressSite(next, { ...quiet, previous: online })
    expect(report.removed).toBe(4)
    expect(fs.existsSync(path.join(next, 'ru/articles/b'))).toBe(false)
    expect(listing(next).filter((rel) => rel.startsWith('ru/articles/b/') || rel.startsWith('api/'))).toEqual([
      'api/v1/ru/articles.json',
    ])
    // Not a copy of a text file of ours: left alone.
    expect(fs.existsSync(path.join(next, 'downloads/archive.tar.gz'))).toBe(true)
    expect(listing(online)).toContain('ru/articles/b/index.html.br')
  })

  it('gives brotli’s best to the scripts and styles every reader keeps, and a quicker quality to the pages', () => {
    for (const rel of ['_astro/Search.abc.js', '_astro/Base.css', 'pagefind/pagefind.js', 'sw.js', 'embed.js'])
      expect(brotliQuality(rel), rel).toBe(11)
    for (const rel of ['index.html', 'ru/articles/a/index.html', 'api/v1/ru/articles.json', 'offline/ru.html'])
      expect(brotliQuality(rel), rel).toBe(8)
  })

  it('tells copies from other files by name', () => {
    expect(sourceOf('ru/index.html.br')).toBe('ru/index.html')
    expect(sourceOf('/sw.js.gz')).toBe('/sw.js')
    expect(sourceOf('archive.tar.gz')).toBeUndefined()
    expect(sourceOf('pagefind/fragment/ru_1.pf_fragment')).toBeUndefined()
    expect(sourceOf('index.html')).toBeUndefined()
  })
})
