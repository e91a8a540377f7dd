import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import zlib from 'node:zlib'

import { listFiles } from '../../site/utils/list-files'

/*
 * Precompressed copies of a built site's text files: `<file>.br` (brotli) and
 * `<file>.gz` (gzip, level 9) beside each, which our static server
 * (scripts/lib/static-server.ts) sends to a browser that accepts them, as a
 * CDN or nginx's `brotli_static`/`gzip_static` would. Compressed once at
 * build time, with slower settings than a server could afford per request.
 *
 * Which files: text by extension (COMPRESSIBLE: pages, styles, scripts, JSON,
 * feeds, calendars, the sitemap, the web app manifest, and Pagefind's own
 * scripts, styles and entry file). Pagefind's index, fragments, metadata and
 * wasm (`.pf_*`, `.pagefind`) are gzip streams already: their extensions are
 * not on the list, and a listed file that starts with gzip's magic bytes is
 * skipped too. Images, ZIM files and anything else are left alone.
 *
 * Files under MIN_BYTES (1 KiB) get no copies: their saving is a few hundred
 * bytes at most, less than one network packet, so nothing arrives sooner, and
 * skipping them spares a pair of files for each (robots.txt, the small JSON
 * files, the favicon). A copy that would not be smaller than its file is not
 * written either.
 *
 * Brotli's quality (brotliQuality): its best, 11, for the files every reader's
 * browser fetches and keeps (`_astro/` scripts and styles, Pagefind's loader
 * and entry file, the service worker, the embed script: few, small, named by
 * their content or fetched once a build); 8 for everything else (pages, JSON,
 * feeds, calendars, the offline downloads), which is most of the bytes. At
 * 7,000 article pages and their JSON files (204 MB) quality 11 took 164 s on
 * two cores, about 1.3 MB/s, three times a whole build; quality 8 is about 35
 * times as fast for about 9 % more bytes (25.6 % of the text against 23.3 %;
 * qualities 5 to 8 take about as long on files this size, 9 and 10 nearly as
 * long as 11).
 *
 * A copy is fresh when it is not older than its file (`isFresh`); the server
 * sends only fresh copies. An incremental build starts from hard links of the
 * site online (ADR 0007), copies included, and every file it writes anew is
 * newer than them: so a copy is made again exactly when its file was written
 * since. Copies are never written in place (a hard link shares its data with
 * the site online): each is written to a temporary name and renamed over.
 * A file written anew with the same bytes as in `previous` (the site online)
 * takes that build's fresh copy instead of being compressed again: most of a
 * full build's files, and many files an incremental build renders again,
 * come out the same (so a change of the settings here reaches a file when it
 * next changes). Copies whose file is gone, too small or already compressed
 * are removed (an incremental build removes vanished pages but knows nothing
 * of their copies).
 *
 * Concurrency is bounded (one compression per core at a time), so memory and
 * open files stay bounded on sites with tens of thousands of files.
 */

/** Text files worth compressing, by extension. */
export const COMPRESSIBLE = /\.(?:html|css|js|mjs|json|xml|txt|svg|webmanifest|ics|atom)$/

/** Below this size a file gets no compressed copies (see above). */
export const MIN_BYTES = 1024

/** What every reader's browser fetches and keeps, by path relative to the build (POSIX separators). */
const SHARED = /^(?:_astro\/|pagefind\/|sw\.js$|embed\.js$)/

/** Brotli's quality for a file of the build (see above): 11 for the shared scripts and styles, 8 for the rest. */
export const brotliQuality = (rel: string) => (SHARED.test(rel.split(path.sep).join('/')) ? 11 : 8)

const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)

/** The encodings written beside each file, in the order a server prefers them, with the suffix of their copy. */
export const ENCODINGS = [
  {
    encoding: 'br',
    suffix: '.br',
    compress: (bytes: Buffer, rel: string) =>
      brotli(bytes, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: brotliQuality(rel),
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      }),
  },
  {
    encoding: 'gzip',
    suffix: '.gz',
    compress: (bytes: Buffer) => gzip(bytes, { level: zlib.constants.Z_BEST_COMPRESSION }),
  },
] as const

export type Encoding = (typeof ENCODINGS)[number]['encoding']

/** Whether a file (by name or path) is text worth compressing. */
export const isCompressible = (name: string) => COMPRESSIBLE.test(name)

/** The file a compressed copy is of (`a/index.html` for `a/index.html.br`), or undefined when `name` is not a copy. */
export function sourceOf(name: string): string | undefined {
  const encoding = ENCODINGS.find((e) => name.endsWith(e.suffix))
  const source = encoding && name.slice(0, -encoding.suffix.length)
  return source && isCompressible(source) ? source : undefined
}

/** Whether a copy may be sent for its file: it is not older than the file (a file written since needs a new copy). */
export const isFresh = (file: { mtimeMs: number }, copy: { mtimeMs: number }) => copy.mtimeMs >= file.mtimeMs

/** Gzip's first two bytes: such a file is compressed already (Pagefind's files are). */
const isGzip = (bytes: Buffer) => bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b

export interface CompressReport {
  /** Text files considered (COMPRESSIBLE), and their bytes. */
  files: number
  bytes: number
  /** What those files weigh sent with brotli, and with gzip (a file without a copy counts as itself). */
  brotli: number
  gzip: number
  /** Files compressed now, given the copies `previous` had for the same bytes, and already up to date. */
  compressed: number
  reused: number
  kept: number
  /** Files too small or compressed already, which have no copies. */
  skipped: number
  /** Copies removed: their file gone, too small, compressed already, or not smaller. */
  removed: number
  seconds: number
}

export interface CompressOptions {
  /** A build folder whose fresh copies may be taken for files with the same bytes (the site online). */
  previous?: string
  /** Files compressed at once; one a core by default. */
  concurrency?: number
  log?: (line: string) => void
  /** Seconds between progress lines. */
  progressEvery?: number
}

async function statOf(file: string) {
  return fs.stat(file).catch(() => undefined)
}

/**
 * Writes the copy `bytes` of the file whose stat is `of` to `file` through a
 * temporary name, never into the file already there (it may be a hard link),
 * and makes sure it is fresh even when its file's time is ahead of the clock.
 */
async function writeCopy(file: string, bytes: Uint8Array, of: { mtimeMs: number }): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`
  await fs.writeFile(temporary, bytes)
  const written = await fs.stat(temporary)
  // A millisecond past the file's time: utimes rounds what it is given.
  if (!isFresh(of, written)) await fs.utimes(temporary, written.atime, (Math.ceil(of.mtimeMs) + 1) / 1000)
  await fs.rename(temporary, file)
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`

/**
 * Writes the brotli and gzip copies of every text file of the build folder
 * `dir` that lacks a fresh one, and removes the copies no file needs (see
 * the top of this module). Running it again changes nothing. Logs progress
 * and a summary line.
 */
export async function compressSite(
  dir: string,
  { previous, concurrency = os.availableParallelism(), log = console.log, progressEvery = 10 }: CompressOptions = {},
): Promise<CompressReport> {
  const started = Date.now()
  dir = path.resolve(dir)
  const rels = await listFiles(dir)
  const present = new Set(rels)
  const report: CompressReport = {
    files: 0,
    bytes: 0,
    brotli: 0,
    gzip: 0,
    compressed: 0,
    reused: 0,
    kept: 0,
    skipped: 0,
    removed: 0,
    seconds: 0,
  }
  const emptied = new Set<string>()
  const remove = async (file: string) => {
    if (!(await statOf(file))) return
    await fs.rm(file, { force: true })
    report.removed++
    emptied.add(path.dirname(file))
  }

  // Copies of files that are gone.
  for (const rel of rels) {
    const source = sourceOf(rel)
    if (source !== undefined && !present.has(source)) await remove(path.join(dir, rel))
  }

  /** The bytes of `previous`'s fresh copy of `rel` when its file there has exactly these bytes. */
  const previousCopy = async (rel: string, bytes: Buffer, suffix: string): Promise<Buffer | undefined> => {
    if (!previous) return undefined
    const file = path.join(previous, rel)
    const [was, copy] = await Promise.all([statOf(file), statOf(file + suffix)])
    if (!was || !copy || was.size !== bytes.length || !isFresh(was, copy)) return undefined
    if (!bytes.equals(await fs.readFile(file))) return undefined
    return fs.readFile(file + suffix).catch(() => undefined)
  }

  const sources = rels.filter(isCompressible)
  let next = 0
  let done = 0
  const one = async (rel: string) => {
    const file = path.join(dir, rel)
    const stat = await fs.stat(file)
    report.files++
    report.bytes += stat.size
    const sent: Record<Encoding, number> = { br: stat.size, gzip: stat.size }
    if (stat.size < MIN_BYTES) {
      report.skipped++
      for (const { suffix } of ENCODINGS) await remove(file + suffix)
    } else {
      const copies = await Promise.all(ENCODINGS.map((e) => statOf(file + e.suffix)))
      const stale = ENCODINGS.filter((_, i) => !copies[i] || !isFresh(stat, copies[i]))
      ENCODINGS.forEach((e, i) => {
        if (!stale.includes(e)) sent[e.encoding] = copies[i]!.size
      })
      if (stale.length === 0) report.kept++
      else {
        const bytes = await fs.readFile(file)
        if (isGzip(bytes)) {
          report.skipped++
          for (const { suffix } of ENCODINGS) await remove(file + suffix)
        } else {
          let reused = true
          for (const e of stale) {
            let copy = await previousCopy(rel, bytes, e.suffix)
            if (!copy) {
              reused = false
              copy = await e.compress(bytes, rel)
            }
            if (copy.length < bytes.length) {
              await writeCopy(file + e.suffix, copy, stat)
              sent[e.encoding] = copy.length
            } else await remove(file + e.suffix)
          }
          if (reused) report.reused++
          else report.compressed++
        }
      }
    }
    report.brotli += sent.br
    report.gzip += sent.gzip
    done++
  }

  let lastProgress = Date.now()
  const worker = async () => {
    while (next < sources.length) {
      await one(sources[next++])
      if (Date.now() - lastProgress >= progressEvery * 1000) {
        lastProgress = Date.now()
        log(`    compressing: ${done} of ${sources.length} text files…`)
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker))

  // Folders that held nothing but the copies of removed files (vanished pages), as a build without them would not have.
  for (const folder of [...emptied].sort((a, b) => b.length - a.length)) {
    for (let parent = folder; parent.startsWith(dir + path.sep); parent = path.dirname(parent)) {
      const left = await fs.readdir(parent).catch(() => undefined)
      if (!left || left.length > 0) break
      await fs.rmdir(parent)
    }
  }

  report.seconds = (Date.now() - started) / 1000
  log(
    `    ${report.files} text files, ${mb(report.bytes)}: ${mb(report.brotli)} sent with brotli, ${mb(report.gzip)} with gzip; ` +
      `${report.compressed} compressed, ${report.reused} copies reused, ${report.kept} up to date, ${report.skipped} left as they are, ${report.removed} stale copies removed (${report.seconds.toFixed(1)} s)`,
  )
  return report
}
