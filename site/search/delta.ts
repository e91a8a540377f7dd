import type { Locale } from '../../content-models/locales'
import type { PagefindApi, PagefindResult } from './engine'
import { pagefindLanguage } from './pagefind-language'

/*
 * The index of what changed since a language was last indexed whole (ADR
 * 0007): a publish indexes only the articles it changed, into a small second
 * Pagefind index beside the language's own, and names the pages of the
 * language's index those replace. The search island merges the two and hides
 * the replaced pages; the build that follows the publish indexes the
 * language whole again and removes both.
 */

/** The field of Pagefind's `pagefind-entry.json` that names the languages behind, when a publish left any. */
export const DELTA_FIELD = 'portal_delta'

/** The folder of the index of changes, inside Pagefind's (`/pagefind/delta/`). */
export const DELTA_FOLDER = 'delta'

/**
 * One language behind: whether the index of changes has pages of it, the
 * ids of its own index's pages that are out of date and, by sort, where
 * each page of the index of changes falls among its own index's pages.
 */
export interface LanguageDelta {
  index: boolean
  superseded: string[]
  places?: Record<string, Record<string, Place>>
}

/**
 * Where a page of the index of changes falls in one sort of the language's
 * own index: how many of that index's pages sort at or before its value.
 */
export type Place = number

/** By the site's language code (`uz`, not Pagefind's `uz-latn`). */
export type SearchDelta = Record<string, LanguageDelta>

/** What of Pagefind's search API this module uses. */
export interface MergeablePagefind extends PagefindApi {
  mergeIndex(indexPath: string, options: { language: string }): Promise<unknown>
}

/** What this module reads of a Pagefind entry file. */
export interface EntryFile {
  languages?: Record<string, unknown>
  [DELTA_FIELD]?: SearchDelta
}

/**
 * Reads which of `locale`'s pages are out of date from Pagefind's entry
 * file (`entry`, {@link readEntry}), merges the index of changes beside
 * `bundleUrl` when it has pages of that language, and returns Pagefind with
 * a `search` that leaves the out-of-date pages out. When no publish left its
 * language behind, or the index of changes cannot be read or has no pages of
 * the language (a newer build may have removed it: Pagefind would then merge
 * another language's), nothing is merged and `pagefind` itself is returned.
 * Throws when Pagefind fails to merge an index it was shown.
 */
export async function mergeDelta<P extends MergeablePagefind>(
  pagefind: P,
  entry: Promise<EntryFile | undefined>,
  bundleUrl: string,
  locale: Locale,
  readDelta: (url: string) => Promise<EntryFile | undefined> = readEntry,
): Promise<P> {
  const delta = (await entry)?.[DELTA_FIELD]?.[locale]
  if (!delta) return pagefind
  // In Pagefind's name for the language (`uz-latn`), as the page's own index is chosen by its `lang`.
  const key = pagefindLanguage(locale)
  const deltaUrl = new URL(`${DELTA_FOLDER}/`, bundleUrl).href
  if (delta.index) {
    if (!(await readDelta(deltaUrl))?.languages?.[key]) return pagefind
    await pagefind.mergeIndex(deltaUrl, { language: key })
  }
  const superseded = new Set(delta.superseded)
  const places = delta.index ? (delta.places ?? {}) : {}
  if (superseded.size === 0 && !delta.index) return pagefind
  // Pagefind is a module: its functions are copied into an object of this module's, not replaced.
  const search: P['search'] = async (term, options) => {
    const found = await pagefind.search(term, options)
    const seen = new Set<string>()
    // A page whose text did not change keeps its id, and is in both indexes: listed once.
    let results = found.results.filter((r) => !superseded.has(r.id) && !seen.has(r.id) && seen.add(r.id))
    const [sort, direction] = Object.entries(options?.sort ?? {})[0] ?? []
    if (sort && places[sort]) results = inPlace(results, places[sort], direction)
    return { ...found, results }
  }
  return { ...pagefind, search }
}

/**
 * Sorted results with the index of changes' pages in their places.
 * Pagefind scores a sorted result by its position in its own index's
 * order (negated when ascending) and lists merged indexes by score, so the
 * few pages of the index of changes would come last (or first): each gets
 * instead a score between those of the language's own pages it sorts
 * between (`places`).
 */
function inPlace(
  results: PagefindResult[],
  places: Record<string, Place>,
  direction: 'asc' | 'desc',
): PagefindResult[] {
  const scored = results.map((r) => {
    const place = places[r.id]
    if (place === undefined) return r
    // Among pages of its value, first newest first and last oldest first: one order is the other reversed.
    return { ...r, score: direction === 'asc' ? 0.5 - place : place - 0.5 }
  })
  // Stable: pages of equal value keep Pagefind's order.
  return scored.sort((a, b) => b.score - a.score)
}

/** Reads Pagefind's entry file as Pagefind does (with `?ts=`, past any cache); undefined when it cannot be read. */
export async function readEntry(bundleUrl: string): Promise<EntryFile | undefined> {
  try {
    const res = await fetch(new URL(`pagefind-entry.json?ts=${Date.now()}`, bundleUrl))
    return res.ok ? ((await res.json()) as EntryFile) : undefined
  } catch {
    return undefined
  }
}
