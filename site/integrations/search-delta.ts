import fs from 'node:fs/promises'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import { decode } from 'cbor2'

import { type Locale, localeCodes } from '../../content-models/locales'
import { DELTA_FOLDER, type Place, type SearchDelta } from '../search/delta'
import { SORT_META } from '../search/record'
import { pagefindLanguage } from '../search/pagefind-language'
import type { RecordHashes } from '../search/record-hashes'
import { pool } from '../utils/pool'
import { indexRecordFolders, recordFile } from './pagefind-index'

/*
 * The build side of the index of changes (site/search/delta.ts, ADR 0007).
 * Indexing one language whole takes Pagefind 4.8 s at 1,000 articles, on
 * one core: a publish indexes only the articles changed since the language
 * was last indexed whole, and the build after it indexes the language whole.
 */

/** The languages whose index is older than their records, and what it was made of; kept with a build's inputs. */
export interface SearchBehind {
  languages: Locale[]
  /** The record hashes, by URL, of those languages' pages in their own index. */
  main: RecordHashes
}

/** The language of a record's URL (`/<lang>/articles/<slug>/`). */
export const languageOf = (url: string) => url.split('/')[1] as Locale

/** A page of a Pagefind index: its id (its fragment's name) and its meta. */
export interface IndexedPage {
  id: string
  meta: Record<string, string | undefined>
}

/** The pages of language `key` in the index folder `out`, by URL (read from their fragments). */
export async function indexedPages(out: string, key: string): Promise<Map<string, IndexedPage>> {
  const dir = path.join(out, 'fragment')
  const names = (await fs.readdir(dir).catch(() => [] as string[])).filter(
    (n) => n.startsWith(`${key}_`) && n.endsWith('.pf_fragment'),
  )
  const pages = new Map<string, IndexedPage>()
  await pool(names, 16, async (name) => {
    const { url, meta } = await readFragment(path.join(dir, name))
    pages.set(url, { id: name.slice(0, -'.pf_fragment'.length), meta })
  })
  return pages
}

/** Reads a file of a Pagefind index: gzipped, after Pagefind's signature. */
async function readPagefindFile(file: string): Promise<Uint8Array> {
  try {
    return gunzipSync(await fs.readFile(file)).subarray('pagefind_dcd'.length)
  } catch (error) {
    throw new Error(
      `Cannot read the search index's file ${file} (${(error as Error).message}): build again with --full.`,
    )
  }
}

/** A page of a Pagefind index: its fragment file, read. */
async function readFragment(file: string): Promise<{ url: string; meta: Record<string, string | undefined> }> {
  const bytes = await readPagefindFile(file)
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8'))
  } catch (error) {
    throw new Error(
      `Cannot read the search index's page ${file} (${(error as Error).message}): build again with --full.`,
    )
  }
}

/**
 * The pages of language `key` in the index folder `dir`, by id, in the order
 * of each sort its pages have (Pagefind's metadata file: version, pages,
 * index chunks, filter chunks, then each sort's page numbers, ascending).
 */
export async function sortedPages(dir: string, key: string): Promise<Record<string, string[]>> {
  // None readable: the build indexes every language whole once it finds so too (search-update.ts).
  const entry = await fs
    .readFile(path.join(dir, 'pagefind-entry.json'), 'utf8')
    .then((text) => JSON.parse(text) as { languages?: Record<string, { hash?: string }> })
    .catch(() => undefined)
  const hash = entry?.languages?.[key]?.hash
  if (!hash) return {}
  const file = path.join(dir, `pagefind.${hash}.pf_meta`)
  const bytes = await readPagefindFile(file)
  let meta: unknown
  try {
    meta = decode(bytes)
  } catch (error) {
    throw new Error(
      `Cannot read the search index's file ${file} (${(error as Error).message}): build again with --full.`,
    )
  }
  const [, pages, , , sorts] = Array.isArray(meta) ? meta : []
  if (!Array.isArray(pages) || !Array.isArray(sorts))
    throw new Error(
      `The search index's file ${file} is not Pagefind's metadata as this build knows it: build again with --full.`,
    )
  const ids = (pages as [string][]).map(([id]) => id)
  return Object.fromEntries((sorts as [string, number[]][]).map(([sort, order]) => [sort, order.map((n) => ids[n])]))
}

/**
 * Where each page of language `key` in the index of changes (`into`, its
 * pages `changed`) falls in each sort of the language's own index (`out`,
 * its pages `own`), by sort and page id: how many of its pages sort at or
 * before the page's value (out-of-date ones count, as they keep their
 * positions). Pagefind sorts each index on its own, and the search island
 * places the index of changes' pages with this (site/search/delta.ts).
 * Values are read from each page's meta (SORT_META) and compare as strings,
 * as Pagefind compares those that are not all numbers (ours are days,
 * YYYY-MM-DD).
 */
export async function sortPlaces(
  out: string,
  own: Map<string, IndexedPage>,
  into: string,
  changed: Map<string, IndexedPage>,
  key: string,
): Promise<Record<string, Record<string, Place>>> {
  const metaById = (pages: Map<string, IndexedPage>) => new Map([...pages.values()].map((p) => [p.id, p.meta]))
  const ownMeta = metaById(own)
  const changedMeta = metaById(changed)
  const ownOrder = await sortedPages(out, key)
  const places: Record<string, Record<string, Place>> = {}
  for (const [sort, ids] of Object.entries(await sortedPages(into, key))) {
    const field: string | undefined = SORT_META[sort as keyof typeof SORT_META]
    if (!field)
      throw new Error(`The search records have a sort "${sort}" that SORT_META in site/search/record.ts lacks.`)
    const valueIn = (meta: Map<string, IndexedPage['meta']>, dir: string) => (id: string) => {
      const value = meta.get(id)?.[field]
      if (value === undefined)
        throw new Error(
          `The search index's page ${path.join(dir, 'fragment', `${id}.pf_fragment`)} has no value of the sort "${sort}": build again with --full.`,
        )
      return value
    }
    const values = (ownOrder[sort] ?? []).map(valueIn(ownMeta, out))
    places[sort] = Object.fromEntries(
      ids.map(valueIn(changedMeta, into)).map((value, i) => [ids[i], values.filter((v) => v <= value).length]),
    )
  }
  return places
}

export interface DeltaPlan {
  /** What the next build's inputs keep; undefined when every language's index is up to date. */
  behind?: SearchBehind
  /** The records to index into the index of changes, by URL. */
  urls: string[]
  /** The URLs of pages of the languages' own indexes that changed or are gone. */
  superseded: string[]
}

/**
 * What the index of changes holds after a publish: the languages behind
 * before it (`before`) and those the publish changed (`changed`, whose own
 * index was made of `previous`), compared record by record with the hashes
 * now (`now`). A language whose records all match its own index again is
 * not behind any more.
 */
export function planDelta(
  before: SearchBehind | undefined,
  changed: readonly Locale[],
  previous: RecordHashes,
  now: RecordHashes,
): DeltaPlan {
  const main: RecordHashes = { ...before?.main }
  const candidates = new Set<Locale>(before?.languages)
  for (const l of changed) {
    if (candidates.has(l)) continue
    candidates.add(l)
    for (const [url, hash] of Object.entries(previous)) if (languageOf(url) === l) main[url] = hash
  }
  const urls = Object.keys(now).filter((url) => candidates.has(languageOf(url)) && now[url] !== main[url])
  const superseded = Object.keys(main).filter((url) => candidates.has(languageOf(url)) && now[url] !== main[url])
  const languages = localeCodes.filter(
    (l) => candidates.has(l) && [...urls, ...superseded].some((url) => languageOf(url) === l),
  )
  if (languages.length === 0) return { urls: [], superseded: [] }
  const kept = Object.fromEntries(Object.entries(main).filter(([url]) => languages.includes(languageOf(url))))
  return { behind: { languages, main: kept }, urls, superseded }
}

/**
 * Indexes the records `plan.urls` of the records folder `records` into
 * `into` (a Pagefind index of its own, `work` its work folder), and returns
 * what `pagefind-entry.json` says of each language behind: the ids of the
 * superseded pages in the index folder `out` of the site online, read once
 * `ready` (it may still be being made until then).
 */
export async function indexDelta(
  plan: DeltaPlan,
  records: string,
  out: string,
  into: string,
  work: string,
  ready: Promise<unknown> = Promise.resolve(),
): Promise<SearchDelta> {
  const delta: SearchDelta = {}
  const languages = plan.behind?.languages ?? []
  if (languages.length === 0) return delta
  // Named as the clean-up of killed builds expects (scripts/site/swap-site.ts).
  const picked = `${work}-delta`
  await fs.rm(picked, { recursive: true, force: true })
  try {
    // Hard links of this build's records of the changed pages only.
    await pool(plan.urls, 16, async (url) => {
      const file = recordFile(picked, url)
      await fs.mkdir(path.dirname(file), { recursive: true })
      await fs.link(recordFile(records, url), file).catch((error: Error) => {
        throw new Error(`The search record of ${url} is missing from ${records} (${error.message}): build again.`)
      })
    })
    const parts = languages.filter((l) => plan.urls.some((url) => languageOf(url) === l))
    if (parts.length > 0) await indexRecordFolders(picked, parts, into, work)
    await ready
    for (const l of languages) {
      const key = pagefindLanguage(l)
      const own = await indexedPages(out, key)
      const changed = parts.includes(l) ? await indexedPages(into, key) : new Map<string, IndexedPage>()
      // A page whose text, filters and meta did not change keeps its id: it is in both indexes, and stays.
      const fresh = new Set([...changed.values()].map((p) => p.id))
      const superseded = plan.superseded
        .filter((url) => languageOf(url) === l)
        .map((url) => own.get(url)?.id)
        .filter((id): id is string => id !== undefined && !fresh.has(id))
      delta[l] = { index: parts.includes(l), superseded: superseded.sort() }
      if (parts.includes(l)) {
        const places = await sortPlaces(out, own, into, changed, key)
        if (Object.keys(places).length > 0) delta[l].places = places
      }
    }
    return delta
  } finally {
    await fs.rm(picked, { recursive: true, force: true })
  }
}

/** Replaces the index of changes in the index folder `out` with the folder `from` (moved; none when undefined). */
export async function placeDelta(out: string, from: string | undefined): Promise<void> {
  const target = path.join(out, DELTA_FOLDER)
  await fs.rm(target, { recursive: true, force: true })
  if (from) await fs.rename(from, target)
}
