/**
 * Which files of a built site make up one saved language, with their sizes and
 * content hashes. Runs in Node on the finished build folder (support.ts).
 */
import { createHash } from 'node:crypto'
import { type Stats, statSync } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Locale } from '../../content-models/locales'
import { DELTA_FIELD, DELTA_FOLDER, type SearchDelta } from '../search/delta'
import { pagefindLanguage } from '../search/pagefind-language'
import { listFiles } from '../utils/list-files'
import { pool } from '../utils/pool'
import { HASH_HEX, type OfflineFile, offlineUrls } from './protocol'

/** A built file: size and hash, by its path relative to the build folder (POSIX separators). */
export interface TreeEntry {
  bytes: number
  hash: string
}
export type Tree = Map<string, TreeEntry>

/** Same digest as protocol.ts `contentHash`, synchronously, for the build. */
export function hashBytes(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, HASH_HEX)
}

/**
 * Files that describe the site rather than belong to it, so are never listed or hashed into the build id.
 * `.br` and `.gz` files are the compressed copies a server sends in a file's place (written after this
 * list by the build's scripts; an incremental build starts with the site online's): not addresses of their own.
 */
function isGenerated(rel: string): boolean {
  return (
    rel === offlineUrls.serviceWorker.slice(1) || /^offline\/[^/]+\.files\.json$/.test(rel) || /\.(?:br|gz)$/.test(rel)
  )
}

/** How many files hashTree reads at once: a large site has tens of thousands, more than a process may open. */
const READS_AT_ONCE = 64

/**
 * What hashing a file found, by its path, with what identifies that file on
 * disk: its inode, size and modification time. Kept with a build's inputs so
 * that the next build, which starts from hard links of this one (the same
 * inodes, files never written in place), reads only the files it wrote anew.
 */
export interface KnownFile {
  ino: number
  size: number
  mtimeMs: number
  hash: string
  /** For a page: the `/_astro/` files it names. */
  assets?: string[]
}
export type KnownFiles = Record<string, KnownFile>

/**
 * Every file under `dir` with its size and hash. With `pageAssets`, also
 * notes there the `/_astro/` files each page names, so that listing a
 * language's files need not read its pages again. A file `known` holds with
 * the same inode, size and modification time is not read again (at 7,000
 * article pages reading every file took 1.7 s); what was found is noted in
 * `seen`, for the next build.
 */
export async function hashTree(
  dir: string,
  pageAssets?: Map<string, string[]>,
  { known = {}, seen }: { known?: KnownFiles; seen?: KnownFiles } = {},
): Promise<Tree> {
  const rels = (await listFiles(dir)).map((rel) => rel.split(path.sep).join('/')).filter((rel) => !isGenerated(rel))
  const found: KnownFile[] = new Array(rels.length)
  const unknown: { at: number; stat: Stats }[] = []
  // Looked at one after another, without a promise each: at 7,000 article pages 0.2 s for 55,000 files
  // where 64 at a time through the thread pool took 0.5 s. Only the files not known are read, side by side.
  rels.forEach((rel, at) => {
    const stat = statSync(path.join(dir, rel))
    const before = Object.hasOwn(known, rel) ? known[rel] : undefined
    const same =
      before &&
      before.ino === stat.ino &&
      before.size === stat.size &&
      before.mtimeMs === stat.mtimeMs &&
      (!rel.endsWith('.html') || before.assets)
    if (same) found[at] = before
    else unknown.push({ at, stat })
  })
  await pool(unknown, READS_AT_ONCE, async ({ at, stat }) => {
    const bytes = await fs.readFile(path.join(dir, rels[at]))
    found[at] = { ino: stat.ino, size: bytes.length, mtimeMs: stat.mtimeMs, hash: hashBytes(bytes) }
    if (rels[at].endsWith('.html')) found[at].assets = astroNames(bytes.toString('utf8'))
  })
  const tree: Tree = new Map()
  rels.forEach((rel, at) => {
    tree.set(rel, { bytes: found[at].size, hash: found[at].hash })
    if (pageAssets && found[at].assets) pageAssets.set(rel, found[at].assets!)
    if (seen) seen[rel] = found[at]
  })
  return tree
}

/**
 * One id for the whole build: it changes whenever any file does, and only
 * then, so an unchanged rebuild leaves sw.js (and every reader's copy) alone.
 */
export function buildId(tree: Tree): string {
  const lines = [...tree].map(([rel, e]) => `${rel} ${e.hash}`).sort()
  return hashBytes(lines.join('\n'))
}

/** The address a file is requested by: pages by their folder (`trailingSlash: 'always'`). */
export function urlOf(rel: string): string {
  if (rel === 'index.html') return '/'
  return `/${rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel}`
}

interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null }>
  [DELTA_FIELD]?: SearchDelta
}

/**
 * The Pagefind files one language's search needs: the entry file, the
 * loader, that language's metadata, wasm (Pagefind falls back to its
 * `unknown` build for languages without a stemmer) and its index, filter and
 * fragment chunks, which Pagefind names by language (`uz-latn_…`), and
 * those of the index of changes when a publish left one with pages of the
 * language (`delta`, its entry file). The web worker is left out: the search
 * island runs Pagefind with `noWorker`.
 */
function pagefindFiles(tree: Tree, entry: PagefindEntry, locale: Locale, delta?: PagefindEntry): string[] {
  const key = pagefindLanguage(locale)
  const language = entry.languages[key]
  if (!language) return []
  const chunk = new RegExp(`^pagefind/(fragment|index|filter)/${key}_[^/]+$`)
  // The index of changes a publish left (site/search/delta.ts), when it has pages of this language: search merges it.
  const changes = entry[DELTA_FIELD]?.[locale]?.index ? delta?.languages[key] : undefined
  const changed = new RegExp(`^pagefind/${DELTA_FOLDER}/(fragment|index|filter)/${key}_[^/]+$`)
  return [
    'pagefind/pagefind-entry.json',
    'pagefind/pagefind.js',
    `pagefind/pagefind.${language.hash}.pf_meta`,
    `pagefind/wasm.${language.wasm ?? 'unknown'}.pagefind`,
    ...[...tree.keys()].filter((rel) => chunk.test(rel)),
    ...(changes
      ? [
          `pagefind/${DELTA_FOLDER}/pagefind-entry.json`,
          `pagefind/${DELTA_FOLDER}/pagefind.${changes.hash}.pf_meta`,
          ...[...tree.keys()].filter((rel) => changed.test(rel)),
        ]
      : []),
  ].filter((rel) => tree.has(rel))
}

const ASTRO_IN_HTML = /\/_astro\/([\w.-]+\.(?:js|css|svg|png|woff2?))/g
// Lazy chunks are imported with a template literal (import(`./x.js`)) and preloaded from a `_astro/x.js` list.
const IMPORT_IN_JS = /["'`](?:\.\/|\/?_astro\/)([\w.-]+\.(?:js|css))["'`]/g

/** The `/_astro/` file names a page names. */
function astroNames(html: string): string[] {
  return [...html.matchAll(ASTRO_IN_HTML)].map((m) => m[1])
}

/** The `/_astro/` files the given pages load, following the chunks' own imports; pages in `known` are not read again. */
async function astroAssets(dir: string, pages: string[], known?: Map<string, string[]>): Promise<string[]> {
  const found = new Set<string>()
  const queue: string[] = []
  const add = (name: string) => {
    const rel = `_astro/${name}`
    if (!found.has(rel)) {
      found.add(rel)
      if (rel.endsWith('.js')) queue.push(rel)
    }
  }
  for (const page of pages) {
    const names = known?.get(page) ?? astroNames(await fs.readFile(path.join(dir, page), 'utf8'))
    for (const name of names) add(name)
  }
  while (queue.length > 0) {
    const js = await fs.readFile(path.join(dir, queue.pop()!), 'utf8').catch(() => '')
    for (const m of js.matchAll(IMPORT_IN_JS)) add(m[1])
  }
  return [...found]
}

/**
 * Everything "save this language" downloads: every file under `/<lang>/`
 * (pages, events, help centres, feeds, calendars, the web app manifest), that
 * language's search index, the scripts its pages load, the favicon and app
 * icons. Nothing of other languages, and never the downloadable pack or ZIM
 * (they are for passing on, and would double the space taken).
 */
export async function languageFiles(
  dir: string,
  tree: Tree,
  locale: Locale,
  pageAssets?: Map<string, string[]>,
): Promise<OfflineFile[]> {
  const own = [...tree.keys()].filter((rel) => rel.startsWith(`${locale}/`))
  const readEntry = async (folder: string) =>
    JSON.parse(await fs.readFile(path.join(dir, folder, 'pagefind-entry.json'), 'utf8')) as PagefindEntry
  const entry = await readEntry('pagefind')
  const delta = entry[DELTA_FIELD]?.[locale]?.index ? await readEntry(`pagefind/${DELTA_FOLDER}`) : undefined
  const assets = await astroAssets(
    dir,
    own.filter((rel) => rel.endsWith('.html')),
    pageAssets,
  )
  const shared = [...tree.keys()].filter((rel) => rel === 'favicon.svg' || rel.startsWith('icons/'))
  const rels = [...new Set([...own, ...pagefindFiles(tree, entry, locale, delta), ...assets, ...shared])].filter(
    (rel) => tree.has(rel),
  )
  return rels.sort().map((rel) => ({ url: urlOf(rel), ...tree.get(rel)! }))
}
