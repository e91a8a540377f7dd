import { htmlLang, type Locale } from '../../content-models/locales'
import type { PagefindApi } from './engine'

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

/** One language behind: whether the index of changes has pages of it, and the ids of its own index's pages that are out of date. */
export interface LanguageDelta {
  index: boolean
  superseded: string[]
}

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
  const key = htmlLang[locale].toLowerCase()
  const deltaUrl = new URL(`${DELTA_FOLDER}/`, bundleUrl).href
  if (delta.index) {
    if (!(await readDelta(deltaUrl))?.languages?.[key]) return pagefind
    await pagefind.mergeIndex(deltaUrl, { language: key })
  }
  const superseded = new Set(delta.superseded)
  if (superseded.size === 0) return pagefind
  // Pagefind is a module: its functions are copied into an object of this module's, not replaced.
  const search: P['search'] = async (term, options) => {
    const found = await pagefind.search(term, options)
    return { ...found, results: found.results.filter((r) => !superseded.has(r.id)) }
  }
  return { ...pagefind, search }
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
