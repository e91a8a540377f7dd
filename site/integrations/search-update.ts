import fs from 'node:fs/promises'
import path from 'node:path'

import { type Locale, localeCodes } from '../../content-models/locales'
import type { SiteContent } from '../data/types'
import { articleRecord, languageRecords, type SearchRecord } from '../search/index-records'
import { hashingRecords, recordHash, type RecordHashes } from '../search/record-hashes'
import { DELTA_FIELD, type SearchDelta } from '../search/delta'
import { pagefindLanguage } from '../search/pagefind-language'
import { listFiles } from '../utils/list-files'
import { urls } from '../utils/urls'
import { linkTree, moveFiles, removeFiles } from './incremental'
import { indexRecordFolders, indexSearch, recordFile, type SearchIndexReport, writeRecordFiles } from './pagefind-index'
import { indexDelta, languageOf, placeDelta, planDelta, type SearchBehind } from './search-delta'

/*
 * The search side of incremental builds (ADR 0007): which languages a build
 * indexes again, and indexing them from the site online's records with only
 * the changed ones made again.
 */

/** The folder of the build cache where each build's search records are kept, named after the build's folder. */
export const RECORDS_DIR = 'search-records'

/** Where the search records of the build in `buildDir` are kept (pagefind-index.ts `recordFile`). */
export const recordsDir = (cacheDir: string, buildDir: string) =>
  path.join(cacheDir, RECORDS_DIR, path.basename(buildDir))

/**
 * The languages whose search records (site/search/index-records.ts: an article
 * translation, its shared fields, the glossary, the law-change states on the
 * build day) may differ after `changed`, told from the keys alone; 'all' when
 * something every language uses changed. The fallback of
 * {@link searchLanguagesToIndex} when the site online kept no record hashes.
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

/** What a build indexes again ({@link searchLanguagesToIndex}). */
export interface SearchPlan {
  languages: Locale[] | 'all'
  /** Every record's hash as far as known: the site online's, or the new one of a record made again. */
  hashes: RecordHashes
  /** The records that differ from the site online's, or are new; undefined when unknown (all of a language are made). */
  changed?: SearchRecord[]
  /** The URLs of the site online's records that are gone. */
  gone?: string[]
}

/**
 * The languages whose search records differ from those the site online was
 * indexed from (`before`, its record hashes), after the snapshot keys
 * `changed`: the records of every article a changed key names
 * (`article:<slug>…`: its text, shared fields, translations) are made again
 * and compared, and a record added or gone changes its language. An edit
 * that shows in no record (a change note, the legal basis, related articles)
 * re-indexes nothing, and one article's shared field only the languages it is
 * written in. When a law change's status on the build day moved, every law
 * change's records are compared. The glossary is in every record: 'all'.
 * Without `before` (a site built before record hashes were kept), the keys
 * alone decide ({@link searchLanguagesChanged}).
 */
export function searchLanguagesToIndex(
  changed: ReadonlySet<string>,
  content: SiteContent,
  before: RecordHashes | undefined,
): SearchPlan {
  if (!before) return { languages: searchLanguagesChanged(changed), hashes: {} }
  if (changed.has('glossary')) return { languages: 'all', hashes: {} }
  const named = new Set<string>()
  for (const key of changed) {
    const slug = /^article:([^:#]+)[:#]/.exec(key)?.[1]
    if (slug) named.add(slug)
  }
  // A law change's record shows where it stands on the build day: every law change's is compared when one moved.
  if (changed.has('clock:law')) for (const a of content.articles) if (a.kind === 'law-change') named.add(a.slug)
  const languages = new Set<Locale>()
  const hashes: RecordHashes = {}
  const records: SearchRecord[] = []
  const present = new Set<string>()
  for (const article of content.articles) {
    for (const l of localeCodes) {
      if (!article.translations[l]) continue
      const url = urls.article(l, article.slug)
      present.add(url)
      if (before[url] !== undefined && !named.has(article.slug)) {
        hashes[url] = before[url]
        continue
      }
      const record = articleRecord(article, l, content)
      hashes[url] = recordHash(record)
      if (hashes[url] === before[url]) continue
      records.push(record)
      languages.add(l)
    }
  }
  const gone = Object.keys(before).filter((url) => !present.has(url))
  for (const url of gone) languages.add(languageOf(url))
  return { languages: localeCodes.filter((l) => languages.has(l)), hashes, changed: records, gone }
}

interface Entry {
  version: string
  languages: Record<string, { hash: string; wasm: string; page_count: number }>
  include_characters: string[]
  [DELTA_FIELD]?: SearchDelta
}

/** Pagefind's files of one language in its output folder (by the language's key in pagefind-entry.json). */
async function languageFiles(dir: string, key: string): Promise<string[]> {
  return (await listFiles(dir)).filter((rel) => {
    const name = path.basename(rel)
    return name.startsWith(`${key}_`) || name.startsWith(`pagefind.${key}_`) || name === `wasm.${key}.pagefind`
  })
}

const exists = (file: string) =>
  fs.stat(file).then(
    () => true,
    () => false,
  )

export interface ReindexOptions {
  /** This build's records folder ({@link recordsDir}). */
  records: string
  /** The site online's, which this build's starts as hard links of; when it is missing, every record of a language indexed is made. */
  previousRecords?: string
  /** `records` already holds hard links of `previousRecords`' files (site/build.ts `linkAhead`). */
  prelinked?: boolean
  /** A folder of this build's own while Pagefind runs. */
  work: string
  log: (line: string) => void
  /**
   * None of `dir`'s own files is read or replaced before this: the records are made and indexed (into a
   * folder of this build's own inside `dir`, so that its files are renamed into place) while `dir` is still being made.
   */
  ready?: Promise<unknown>
  /** The site online's index is older than its records in these languages (search-delta.ts): they are indexed whole, or stay behind when deferring. */
  behind?: SearchBehind
  /**
   * Index only the records changed since each language was indexed whole, into the index of changes
   * (search-delta.ts), leaving the languages' own indexes as the site online's: a publish's. `previous`
   * is the site online's record hashes. Not possible when the changed records are not known.
   */
  defer?: { previous: RecordHashes }
}

export interface ReindexReport extends SearchIndexReport {
  /** The languages left behind, with what their own index was made of (kept with the build's inputs). */
  behind?: SearchBehind
}

/**
 * Re-indexes search in the plan's languages only: this build's records
 * folder starts as hard links of the site online's, the changed records are
 * written over theirs and the gone ones removed (or, when they are not known,
 * every record of a language indexed is made again); each language is indexed
 * alone into a work folder (Pagefind indexes languages independently: each
 * language's files come out as a full build writes them), and its files and
 * line of pagefind-entry.json replace the site online's. With 'all', or no
 * index yet, indexes everything as a full build does. `plan.hashes` is
 * completed with the hashes of the records made.
 */
export async function reindexLanguages(
  dir: string,
  content: SiteContent,
  plan: SearchPlan,
  { records, previousRecords, prelinked = false, work, log, ready = Promise.resolve(), behind, defer }: ReindexOptions,
): Promise<ReindexReport> {
  const { languages, hashes } = plan
  const out = path.join(dir, 'pagefind')
  const entryFile = path.join(out, 'pagefind-entry.json')
  const readEntry = () =>
    fs
      .readFile(entryFile, 'utf8')
      .then((text) => JSON.parse(text) as Entry)
      .catch(() => undefined)
  const everything = async () => {
    log('search: every language')
    await fs.rm(out, { recursive: true, force: true })
    return indexSearch(dir, content, records, work, hashes)
  }
  if (languages === 'all') {
    await ready
    return everything()
  }
  // A language with no index of its own yet (its first article) is indexed whole: the search page needs one.
  const hasOwnIndex = (l: Locale) => Object.keys(defer?.previous ?? {}).some((url) => languageOf(url) === l)
  const deferring =
    defer !== undefined && plan.changed !== undefined && plan.gone !== undefined && languages.every(hasOwnIndex)
  // Indexed whole: the languages changed, and unless this build defers, those an earlier publish left behind.
  const whole = deferring ? [] : localeCodes.filter((l) => languages.includes(l) || behind?.languages.includes(l))
  log(
    `search: ${
      deferring
        ? `the changes since each language was indexed whole${languages.length ? ` (now ${languages.join(', ')})` : ''}, in an index of their own`
        : whole.length
          ? whole.join(', ')
          : 'no language changed'
    }`,
  )
  if (!prelinked) await fs.rm(records, { recursive: true, force: true })
  await fs.mkdir(records, { recursive: true })
  // The site online's records, as hard links: the languages indexed now first, the others (which the builds
  // that follow start from) while Pagefind runs. At 21,000 pages, linking all of them first took 4–9 s.
  const kept =
    !prelinked && previousRecords && (await exists(previousRecords))
      ? (await fs.readdir(previousRecords, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name)
      : []
  const link = (folders: string[]) =>
    Promise.all(folders.map((f) => linkTree(path.join(previousRecords!, f), path.join(records, f))))
  // Linked first: the languages indexed now, and those an earlier publish left behind (indexed whole now, or
  // into the index of changes, from their records).
  const now = (folder: string) =>
    (languages as string[]).includes(folder) || (behind?.languages as string[] | undefined)?.includes(folder) === true
  await link(kept.filter(now))
  const others = link(kept.filter((f) => !now(f)))
  // Awaited below, whatever happens first: no rejection is left unhandled meanwhile.
  others.catch(() => undefined)
  const indexed = `${out}.changed-${process.pid}`
  let entry: Entry | undefined
  let left: SearchBehind | undefined
  try {
    await fs.rm(indexed, { recursive: true, force: true })
    for (const locale of languages) {
      const own = (url: string) => languageOf(url) === locale
      if (plan.changed && plan.gone && (await exists(path.join(records, locale)))) {
        await removeFiles(
          records,
          plan.gone.filter(own).map((url) => path.relative(records, recordFile(records, url))),
        )
        await writeRecordFiles(
          plan.changed.filter((r) => own(r.url)),
          records,
        )
      } else {
        // Not known which differ: every record of the language, made again.
        await fs.rm(path.join(records, locale), { recursive: true, force: true })
        await writeRecordFiles(hashingRecords(languageRecords(content, locale), hashes), records)
      }
    }
    if (deferring) {
      const changes = planDelta(behind, languages, defer.previous, hashes)
      const delta = await indexDelta(changes, records, out, indexed, work, ready)
      left = changes.behind
      entry = await readEntry()
      if (!entry) {
        await others
        return await everything()
      }
      await placeDelta(out, Object.values(delta).some((l) => l.index) ? indexed : undefined)
      if (left) entry[DELTA_FIELD] = delta
      else delete entry[DELTA_FIELD]
    } else {
      const parts: string[] = []
      for (const locale of whole) if (await exists(path.join(records, locale))) parts.push(locale)
      if (parts.length > 0) await indexRecordFolders(records, parts, indexed, work)
      const fresh = parts.length
        ? (JSON.parse(await fs.readFile(path.join(indexed, 'pagefind-entry.json'), 'utf8')) as Entry)
        : undefined
      // Only now are `dir`'s own files touched: until `ready`, it may still be being made.
      await ready
      entry = await readEntry()
      if (!entry) {
        await others
        return await everything()
      }
      const keys = new Set([...whole.map((l) => pagefindLanguage(l)), ...Object.keys(fresh?.languages ?? {})])
      for (const k of keys) {
        await removeFiles(out, await languageFiles(out, k))
        delete entry.languages[k]
        if (!fresh?.languages[k]) continue
        entry.languages[k] = fresh.languages[k]
        await moveFiles(indexed, out, await languageFiles(indexed, k))
      }
      // Every language is indexed whole again: no index of changes.
      await placeDelta(out, undefined)
      delete entry[DELTA_FIELD]
    }
    await others
  } finally {
    await fs.rm(indexed, { recursive: true, force: true })
    await others.catch(() => undefined)
  }
  // Pagefind lists languages in order of their keys.
  entry.languages = Object.fromEntries(Object.entries(entry.languages).sort(([a], [b]) => (a < b ? -1 : 1)))
  await fs.writeFile(`${entryFile}.tmp`, JSON.stringify(entry))
  // In one step: the name is never without a file (the old one, a link the site online may share, is left as it is).
  await fs.rename(`${entryFile}.tmp`, entryFile)
  const names = Object.keys(entry.languages)
  return { pages: names.reduce((n, l) => n + entry.languages[l].page_count, 0), languages: names, behind: left }
}
