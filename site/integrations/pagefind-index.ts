import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import type { SiteContent } from '../data/types'
import { type SearchRecord, searchRecords } from '../search/index-records'
import { hashingRecords, type RecordHashes } from '../search/record-hashes'
import { releaseFreedMemory } from '../utils/free-memory'
import { pool } from '../utils/pool'
import { moveOrCopyTree } from './incremental'
import { memoryBudget, recordBytes, type SearchPlan, searchPlan } from './search-jobs'

export interface SearchIndexReport {
  pages: number
  languages: string[]
  /** Pagefind indexed one language at a time, after the pages: the memory the build may use held no more (search-jobs.ts). */
  afterPages?: boolean
}

/** How many record files are written at once. */
const WRITES_AT_ONCE = 32

/** Where a record is kept in a folder of records: `<lang>/<url>/index.html` (Pagefind takes the URL from the path under `<lang>`). */
export const recordFile = (dir: string, url: string) => path.join(dir, url.split('/')[1], url, 'index.html')

/**
 * Writes `records` as pages into `dir`, one folder per language (the URL's
 * first segment), a record's file replaced, never written in place (the
 * folder may be hard links of another build's). Returns the languages'
 * folder names; `bytes` (by folder name) counts what was written.
 */
export async function writeRecordFiles(
  records: Iterable<SearchRecord>,
  dir: string,
  bytes?: Map<string, number>,
): Promise<Set<string>> {
  const parts = new Set<string>()
  let batch: Promise<void>[] = []
  const write = async (file: string, content: string) => {
    await fs.mkdir(path.dirname(file), { recursive: true })
    await fs.rm(file, { force: true })
    await fs.writeFile(file, content)
  }
  for (const record of records) {
    const part = record.url.split('/')[1]
    parts.add(part)
    bytes?.set(part, (bytes.get(part) ?? 0) + Buffer.byteLength(record.content))
    batch.push(write(recordFile(dir, record.url), record.content))
    if (batch.length >= WRITES_AT_ONCE) {
      await Promise.all(batch)
      batch = []
    }
  }
  await Promise.all(batch)
  return parts
}

/**
 * Writes the Pagefind index of the language folders `parts` of the records
 * folder `dir` to `outputPath` with Pagefind's own command line: each
 * language is indexed on its own into `work` (removed after), two at a time
 * when the memory the build may use holds both (search-jobs.ts), and the
 * indexes are merged; `bytes` gives the size of each part's records, when
 * known (else they are measured). When only one fits, the runs wait for
 * `pagesDone` (Astro, which takes as much at that size); if the pages fail,
 * indexing fails with their error. `pagesDone` is awaited only then: a
 * caller handles its rejection. Returns the plan it followed. At 7,000 records one run over all languages
 * took 25 s where Pagefind's Node API took 42 s (15 s adding, 27 s writing
 * its files). Each language's files come out the same whichever other
 * languages are indexed beside it, which updating one language
 * (search-update.ts) relies on. Throws with Pagefind's own message if it fails.
 */
export async function indexRecordFolders(
  dir: string,
  parts: Iterable<string>,
  outputPath: string,
  work: string,
  bytes?: ReadonlyMap<string, number>,
  pagesDone?: Promise<unknown>,
): Promise<SearchPlan> {
  await fs.rm(work, { recursive: true, force: true })
  try {
    const sorted = [...parts].sort()
    const outputs = sorted.map((part) => path.join(work, `${part}.index`))
    // One language with no pages to wait for has nothing to decide.
    const planned: SearchPlan =
      sorted.length < 2 && !pagesDone
        ? { jobs: 1, afterPages: false }
        : searchPlan(
            sorted.every((part) => bytes?.has(part))
              ? sorted.map((part) => bytes!.get(part)!)
              : await recordBytes(dir, sorted),
            memoryBudget(),
          )
    // Without pages to wait for (an incremental build's), only how many at once.
    const plan = { ...planned, afterPages: planned.afterPages && pagesDone !== undefined }
    // Short of memory, the heavy steps run one after another: no Pagefind run beside Astro either.
    if (plan.afterPages) await pagesDone
    // Pagefind uses little more than one core for one language; every run done before the work folder goes.
    await pool(sorted, plan.jobs, (part) =>
      runPagefind(['--site', path.join(dir, part), '--output-path', path.join(work, `${part}.index`)]),
    )
    await mergeIndexes(outputs, outputPath)
    return plan
  } finally {
    await fs.rm(work, { recursive: true, force: true })
  }
}

interface Entry {
  languages: Record<string, unknown>
}

/**
 * Merges Pagefind indexes of disjoint languages into `outputPath`, as one
 * run over all of them writes it: each language's files side by side, the
 * files they share (the same in every run), and one pagefind-entry.json
 * listing the languages in the order of their keys.
 */
async function mergeIndexes(parts: string[], outputPath: string): Promise<void> {
  await fs.rm(outputPath, { recursive: true, force: true })
  let entry: Entry | undefined
  for (const part of parts) {
    const own = JSON.parse(await fs.readFile(path.join(part, 'pagefind-entry.json'), 'utf8')) as Entry
    entry = entry ? { ...entry, languages: { ...entry.languages, ...own.languages } } : own
    await moveOrCopyTree(part, outputPath)
  }
  if (!entry) return
  entry.languages = Object.fromEntries(Object.entries(entry.languages).sort(([a], [b]) => (a < b ? -1 : 1)))
  await fs.writeFile(path.join(outputPath, 'pagefind-entry.json'), JSON.stringify(entry))
}

/**
 * Pagefind's executable, found as its own command line (runner/bin.cjs) finds it: the platform package's
 * binary, or the one PAGEFIND_EXTENDED_BINARY_PATH or PAGEFIND_BINARY_PATH names. Run directly, not through
 * that script, which keeps a Node process (40 MB) waiting beside each run.
 */
async function pagefindBinary(): Promise<string> {
  // The package exports only its module (lib/index.js); the resolver sits beside it.
  const lib = path.dirname(fileURLToPath(import.meta.resolve('pagefind')))
  const { resolveBinaryPath } = (await import(pathToFileURL(path.join(lib, 'resolveBinary.js')).href)) as {
    resolveBinaryPath: (names: string[]) => string
  }
  return resolveBinaryPath(['pagefind_extended', 'pagefind'])
}

/** Pagefind's command line; rejects with what it printed on failure. */
async function runPagefind(args: string[]): Promise<void> {
  const bin = await pagefindBinary()
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    const keep = (chunk: Buffer) => {
      // Its last lines say what went wrong; its progress lines are not needed.
      output = (output + chunk.toString('utf8')).slice(-4000)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', reject)
    // 'close', not 'exit': only then has everything it printed been read.
    child.on('close', (code, signal) =>
      code === 0
        ? resolve()
        : reject(
            new Error(
              `Pagefind failed to index the search records (${signal ? `stopped by ${signal}` : `exit code ${code}`}): ${output.trim()}`,
            ),
          ),
    )
  })
}

/**
 * Writes the Pagefind index to `<dir>/pagefind/` from the published content
 * (not by scraping pages): one record per article translation, carrying the
 * normalised forms, glossary equivalents and keywords it must be found by.
 * Pagefind keeps one index per language. The records are kept as files in
 * `records` (emptied first), which a later build updates in place of making
 * them all again (search-update.ts); `work` is a folder of its own while
 * they are indexed. Each record's hash is noted in `hashes`.
 */
export async function indexSearch(
  dir: string,
  content: SiteContent,
  records: string,
  work: string,
  hashes: RecordHashes = {},
  pagesDone?: Promise<unknown>,
): Promise<SearchIndexReport> {
  await fs.rm(records, { recursive: true, force: true })
  const bytes = new Map<string, number>()
  // Every record first, then the index: indexing each language while the next one's records were made
  // slowed Astro, beside them on two cores, more than it sped the index (a full build at 7,000 pages 6 s longer).
  const parts = await writeRecordFiles(hashingRecords(searchRecords(content), hashes), records, bytes)
  // Pagefind makes no index of nothing, and the search page, the offline lists and the service worker need one.
  if (parts.size === 0)
    throw new Error(
      'No article is published in any language, so search has nothing to index. Publish an article (or run `npm run seed` for the demo content), then build again.',
    )
  // What making every record left (at 21,000 article pages 0.3 GB) given back before Pagefind takes its share.
  releaseFreedMemory()
  const plan = await indexRecordFolders(records, parts, path.join(dir, 'pagefind'), work, bytes, pagesDone)
  const entry = JSON.parse(await fs.readFile(path.join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>
  }
  const languages = Object.keys(entry.languages)
  return {
    pages: languages.reduce((n, l) => n + entry.languages[l].page_count, 0),
    languages,
    afterPages: plan.afterPages,
  }
}
