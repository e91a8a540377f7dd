import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { KnownFiles } from '../offline/file-list'
import type { RecordHashes } from '../search/record-hashes'
import { listFiles } from '../utils/list-files'
import { pool } from '../utils/pool'
import { siteUrl } from '../utils/urls'
import type { OfflineRecord } from './offline-reuse'
import type { SitePath } from './page-inputs'
import type { SearchBehind } from './search-delta'

/*
 * The file side of incremental builds (ADR 0007): the record of a build's
 * inputs kept beside it and the hard-linked copy of the site online. The
 * search side is search-update.ts.
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
  /** Its search records' hashes by URL (search-update.ts `searchLanguagesToIndex`); absent in builds made before they were kept. */
  search?: RecordHashes
  /** The languages whose search index is older than their records, left so by a publish (search-delta.ts). */
  searchBehind?: SearchBehind
  /** Its files' hashes with their inodes, as the service worker's step found them (site/offline/file-list.ts). */
  files?: KnownFiles
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

/** How many links {@link linkTree} makes at once when it makes them itself. */
const LINKS_AT_ONCE = 16

/**
 * Makes `to` a copy of the folder `from` whose files are hard links (no data
 * copied): write neither in place. GNU cp (`cp -al`, every Linux) does it in
 * a process of its own, leaving this one's thread to the search records made
 * meanwhile; elsewhere (BSD and macOS cp have no -l) the links are made here,
 * sixteen at once. At 7,000 article pages (55,000 files with the compressed
 * copies): cp 0.8 s; here one at a time 4 s, sixteen at once 1.5 s, and up to
 * 5 s beside Astro and the search records.
 */
export async function linkTree(from: string, to: string): Promise<void> {
  await fs.mkdir(to, { recursive: true })
  if (await gnuLinkCopy(from, to)) return
  const entries = await fs.readdir(from, { recursive: true, withFileTypes: true })
  const files: string[] = []
  for (const e of entries) {
    const rel = path.relative(from, path.join(e.parentPath, e.name))
    if (e.isDirectory()) await fs.mkdir(path.join(to, rel), { recursive: true })
    else if (e.isFile()) files.push(rel)
  }
  await pool(files, LINKS_AT_ONCE, (rel) => fs.link(path.join(from, rel), path.join(to, rel)))
}

/**
 * `cp -al from/. to/`: true when it linked everything. When cp is not GNU's
 * (or fails), whatever it made is removed and false returned.
 */
function gnuLinkCopy(from: string, to: string): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn('cp', ['-al', `${from}${path.sep}.`, `${to}${path.sep}`], { stdio: 'ignore' })
    let settled = false
    const failed = () => {
      if (settled) return
      settled = true
      void fs
        .readdir(to)
        .then((names) => Promise.all(names.map((n) => fs.rm(path.join(to, n), { recursive: true, force: true }))))
        .catch(() => undefined)
        .then(() => resolve(false))
    }
    child.on('error', failed)
    child.on('exit', (code) => {
      if (code !== 0) return failed()
      settled = true
      resolve(true)
    })
  })
}

/** How many files {@link moveFiles} and {@link removeFiles} move or remove at once. */
const FILES_AT_ONCE = 16

/**
 * Moves these files of `from` (relative paths) to the same places in `to`,
 * replacing what is there (by rename: a linked file is never written). Each
 * folder is made once, not once per file.
 */
export async function moveFiles(from: string, to: string, files: readonly string[]): Promise<void> {
  for (const folder of new Set(files.map((rel) => path.dirname(rel))))
    await fs.mkdir(path.join(to, folder), { recursive: true })
  await pool(files, FILES_AT_ONCE, (rel) => fs.rename(path.join(from, rel), path.join(to, rel)))
}

/** Moves every file of `from` into `to`, replacing what is there ({@link moveFiles}). */
export async function moveTree(from: string, to: string): Promise<void> {
  await moveFiles(from, to, await listFiles(from))
}

/**
 * {@link moveTree}, or a copy when `from` and `to` are on different disks
 * (a build's cache and its site may be). At 7,000 article pages, the 1,157
 * files of the Russian search index are renamed in 0.03 s, where copying
 * them took 1.0–1.1 s: once in a publish, twice a language in a full build.
 */
export async function moveOrCopyTree(from: string, to: string): Promise<void> {
  try {
    await moveTree(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    await fs.cp(from, to, { recursive: true, force: true })
  }
}

/** What rmdir says of a folder it leaves: one that still holds something (ENOTEMPTY, or EEXIST on some systems), or is gone already. */
const LEFT_ALONE = new Set(['ENOTEMPTY', 'EEXIST', 'ENOENT'])

/**
 * Removes these files of `dir` (relative paths), and the folders they leave
 * empty (never `dir` itself). Each folder is tried once, deepest first, after
 * every file is gone: a publish removes thousands of Pagefind's files from one
 * folder of tens of thousands, and reading that folder after each one made
 * the move of one language's index take 27 s at 21,000 pages.
 */
export async function removeFiles(dir: string, files: readonly string[]): Promise<void> {
  const folders = new Set<string>()
  for (const rel of files)
    for (let parent = path.dirname(rel); parent !== '.'; parent = path.dirname(parent)) folders.add(parent)
  await pool(files, FILES_AT_ONCE, (rel) => fs.rm(path.join(dir, rel), { force: true }))
  const depth = (folder: string) => folder.split(path.sep).length
  for (const folder of [...folders].sort((a, b) => depth(b) - depth(a))) {
    await fs.rmdir(path.join(dir, folder)).catch((error: NodeJS.ErrnoException) => {
      if (!LEFT_ALONE.has(error.code ?? '')) throw error
    })
  }
}
