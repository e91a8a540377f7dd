import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { htmlLang, type Locale, localeCodes } from '../../content-models/locales'
import type { SiteContent } from '../data/types'
import { articleRecord } from '../search/index-records'
import { siteUrl } from '../utils/urls'
import type { OfflineRecord } from './offline-reuse'
import type { SitePath } from './page-inputs'
import { indexSearch, type SearchIndexReport, writeSearchIndex } from './pagefind-index'

/*
 * The file side of incremental builds (ADR 0007): the record of a build's
 * inputs kept beside it, the hard-linked copy of the site online, and
 * re-indexing search one language at a time.
 */

/** What a build was made from, kept in the build cache ({@link inputsFile}). */
export interface BuildInputs {
  /** {@link codeHash} of the code that built it: other code means a full build. */
  code: string
  /** contentHashes() of its snapshot. */
  hashes: Record<string, string>
  /** Every path it has. */
  paths: SitePath[]
  /** Path → the snapshot keys its file was rendered from. */
  pages: Record<string, string[]>
  /** What its offline downloads were made from, and their sizes (offline-reuse.ts). */
  offline?: OfflineRecord
}

/** The folder of the build cache where each build's inputs are kept, named after the build's folder (never served). */
export const INPUTS_DIR = 'site-inputs'

/** Where the inputs of the build in `dir` are kept. */
export const inputsFile = (cacheDir: string, dir: string) =>
  path.join(cacheDir, INPUTS_DIR, `${path.basename(dir)}.json`)

export async function readInputs(cacheDir: string, dir: string): Promise<BuildInputs | undefined> {
  try {
    return JSON.parse(await fs.readFile(inputsFile(cacheDir, dir), 'utf8')) as BuildInputs
  } catch {
    return undefined
  }
}

export async function writeInputs(file: string, inputs: BuildInputs): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true })
  await fs.writeFile(`${file}.tmp`, JSON.stringify(inputs))
  await fs.rename(`${file}.tmp`, file)
}

const root = fileURLToPath(new URL('../../', import.meta.url))
/** What the built files depend on besides the content: the site's code, its settings and the installed packages. */
const CODE = ['site', 'content-models', 'static', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json']

/** A hash of everything besides the content that the built files depend on (the site's address included). */
export async function codeHash(): Promise<string> {
  const hash = createHash('sha1').update(process.version).update('\0').update(siteUrl)
  for (const entry of CODE) {
    const full = path.join(root, entry)
    const stat = await fs.stat(full).catch(() => undefined)
    if (!stat) continue
    const files = stat.isDirectory()
      ? (await fs.readdir(full, { recursive: true, withFileTypes: true }))
          .filter((e) => e.isFile())
          .map((e) => path.join(e.parentPath, e.name))
          .sort()
      : [full]
    for (const file of files)
      hash
        .update(path.relative(root, file))
        .update('\0')
        .update(await fs.readFile(file))
  }
  return hash.digest('hex')
}

/** Makes `to` a copy of the folder `from` whose files are hard links (no data copied): write neither in place. */
export async function linkTree(from: string, to: string): Promise<void> {
  const entries = await fs.readdir(from, { recursive: true, withFileTypes: true })
  await fs.mkdir(to, { recursive: true })
  for (const e of entries) {
    const rel = path.relative(from, path.join(e.parentPath, e.name))
    if (e.isDirectory()) await fs.mkdir(path.join(to, rel), { recursive: true })
  }
  for (const e of entries) {
    if (!e.isFile()) continue
    const rel = path.relative(from, path.join(e.parentPath, e.name))
    await fs.link(path.join(from, rel), path.join(to, rel))
  }
}

/** Moves every file of `from` into `to`, replacing what is there (by rename: a linked file is never written). */
export async function moveTree(from: string, to: string): Promise<void> {
  for (const e of await fs.readdir(from, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue
    const rel = path.relative(from, path.join(e.parentPath, e.name))
    await fs.mkdir(path.dirname(path.join(to, rel)), { recursive: true })
    await fs.rename(path.join(from, rel), path.join(to, rel))
  }
}

/** Removes these files of `dir` (relative paths), and the folders they leave empty. */
export async function removeFiles(dir: string, files: string[]): Promise<void> {
  for (const rel of files) {
    await fs.rm(path.join(dir, rel), { force: true })
    for (let parent = path.dirname(rel); parent !== '.'; parent = path.dirname(parent)) {
      const left = await fs.readdir(path.join(dir, parent)).catch(() => undefined)
      if (!left || left.length > 0) break
      await fs.rmdir(path.join(dir, parent))
    }
  }
}

/**
 * The languages whose search records (site/search/index-records.ts: an article
 * translation, its shared fields, the glossary, the law-change states on the
 * build day) may differ after `changed`; 'all' when something every language uses changed.
 */
export function searchLanguagesChanged(changed: ReadonlySet<string>): Locale[] | 'all' {
  const languages = new Set<Locale>()
  for (const key of changed) {
    const own = /^articles?(?::[^:#]+)?:([A-Za-z-]+)\??$/.exec(key)
    if (own && (localeCodes as string[]).includes(own[1])) languages.add(own[1] as Locale)
    // The records show each law change's status on the build day (clock:law), never the moment itself.
    else if (key === 'glossary' || key === 'clock:law' || key === 'articles' || /^articles?[:#]/.test(key)) return 'all'
  }
  return localeCodes.filter((l) => languages.has(l))
}

interface Entry {
  version: string
  languages: Record<string, { hash: string; wasm: string; page_count: number }>
  include_characters: string[]
}

/** Pagefind's files of one language in its output folder (by the language's key in pagefind-entry.json). */
async function languageFiles(dir: string, key: string): Promise<string[]> {
  const out: string[] = []
  for (const e of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue
    const rel = path.relative(dir, path.join(e.parentPath, e.name))
    if (e.name.startsWith(`${key}_`) || e.name.startsWith(`pagefind.${key}_`) || e.name === `wasm.${key}.pagefind`)
      out.push(rel)
  }
  return out
}

/**
 * Re-indexes search in `languages` only: their records are indexed alone into
 * a work folder (Pagefind indexes languages independently: each language's
 * files come out as a full build writes them) and replace those languages'
 * files and lines of pagefind-entry.json. With 'all', or no index yet,
 * indexes everything as a full build does. `work` is a folder of its own for
 * the records while they are indexed.
 */
export async function reindexLanguages(
  dir: string,
  content: SiteContent,
  languages: Locale[] | 'all',
  work: string,
  log: (line: string) => void,
): Promise<SearchIndexReport> {
  const out = path.join(dir, 'pagefind')
  const entryFile = path.join(out, 'pagefind-entry.json')
  const entry = await fs
    .readFile(entryFile, 'utf8')
    .then((text) => JSON.parse(text) as Entry)
    .catch(() => undefined)
  if (languages === 'all' || !entry) {
    log('search: every language')
    await fs.rm(out, { recursive: true, force: true })
    return indexSearch(dir, content, work)
  }
  log(`search: ${languages.length ? languages.join(', ') : 'no language changed'}`)
  const changed = `${out}.changed-${process.pid}`
  await fs.rm(changed, { recursive: true, force: true })
  try {
    const records = languages.flatMap((locale) =>
      content.articles.filter((a) => a.translations[locale]).map((a) => articleRecord(a, locale, content)),
    )
    const fresh =
      records.length > 0
        ? await writeSearchIndex(records, changed, work).then(
            async () => JSON.parse(await fs.readFile(path.join(changed, 'pagefind-entry.json'), 'utf8')) as Entry,
          )
        : undefined
    const keys = new Set([...languages.map((l) => htmlLang[l].toLowerCase()), ...Object.keys(fresh?.languages ?? {})])
    for (const k of keys) {
      await removeFiles(out, await languageFiles(out, k))
      delete entry.languages[k]
      if (!fresh?.languages[k]) continue
      entry.languages[k] = fresh.languages[k]
      for (const rel of await languageFiles(changed, k)) {
        await fs.mkdir(path.dirname(path.join(out, rel)), { recursive: true })
        await fs.rename(path.join(changed, rel), path.join(out, rel))
      }
    }
  } finally {
    await fs.rm(changed, { recursive: true, force: true })
  }
  // Pagefind lists languages in order of their keys.
  entry.languages = Object.fromEntries(Object.entries(entry.languages).sort(([a], [b]) => (a < b ? -1 : 1)))
  await fs.writeFile(`${entryFile}.tmp`, JSON.stringify(entry))
  await fs.rm(entryFile, { force: true })
  await fs.rename(`${entryFile}.tmp`, entryFile)
  const names = Object.keys(entry.languages)
  return { pages: names.reduce((n, l) => n + entry.languages[l].page_count, 0), languages: names }
}
