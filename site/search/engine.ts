/**
 * How the search box asks Pagefind: the query is normalised exactly as the
 * index was; when the whole query finds little (a question typed in full:
 * «патентти кантип алам»), each word is searched on its own and the pages
 * matching most words, best ranked, follow the full matches.
 */
import type { Locale } from '../../content-models/locales'
import { normalizeQuery } from './normalize'

export interface PagefindResult {
  id: string
  score: number
  data(): Promise<{ url: string; content: string; meta: Record<string, string | undefined> }>
}

export interface SearchOptions {
  filters?: Record<string, string>
  sort?: Record<string, 'asc' | 'desc'>
}

export interface PagefindApi {
  search(term: string | null, options?: SearchOptions): Promise<{ results: PagefindResult[] }>
}

/** With fewer full-query matches than this, single words are tried too. */
const ENOUGH = 3
/** Words this short carry no meaning on their own in our languages. */
const MIN_WORD = 3

export async function portalSearch(
  pagefind: PagefindApi,
  query: string,
  locale: Locale,
  options: SearchOptions = {},
): Promise<PagefindResult[]> {
  const term = normalizeQuery(query, locale)
  if (!term) return (await pagefind.search(null, options)).results
  const full = (await pagefind.search(term, options)).results
  const words = [...new Set(term.split(' ').filter((w) => w.length >= MIN_WORD))]
  if (words.length < 2 || full.length >= ENOUGH || options.sort) return full

  const perWord = await Promise.all(words.map((w) => pagefind.search(w, options)))
  const score = new Map<string, { result: PagefindResult; words: number; rank: number }>()
  for (const { results } of perWord) {
    results.forEach((result, rank) => {
      const entry = score.get(result.id) ?? { result, words: 0, rank: 0 }
      entry.words += 1
      entry.rank += 1 / (rank + 1)
      score.set(result.id, entry)
    })
  }
  const seen = new Set(full.map((r) => r.id))
  const partial = [...score.values()]
    .filter((e) => !seen.has(e.result.id))
    .sort((a, b) => b.words - a.words || b.rank - a.rank)
    .map((e) => e.result)
  return [...full, ...partial]
}
