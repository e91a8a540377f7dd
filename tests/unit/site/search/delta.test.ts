import { describe, expect, it } from 'vitest'

import { type MergeablePagefind, mergeDelta, type SearchDelta } from '../../../../site/search/delta'
import type { PagefindResult } from '../../../../site/search/engine'

/*
 * The search island's side of the index of changes. Pagefind's own client
 * with a real index is in tests/int/incremental-build.int.test.ts; here a
 * stand-in for it records what is merged and returns fixed results.
 */

/**
 * Frozen, as Pagefind's module is: its functions cannot be replaced. Each
 * result is an id, or an id and its score.
 */
function standIn(ids: (string | [string, number])[]): MergeablePagefind & { merged: string[] } {
  const merged: string[] = []
  const result = (item: string | [string, number]): PagefindResult => {
    const [id, score] = typeof item === 'string' ? [item, 1] : item
    return { id, score, data: async () => ({ url: `/${id}/`, content: '', meta: {} }) }
  }
  return Object.freeze({
    merged,
    mergeIndex: async (url: string, options: { language: string }) => {
      merged.push(`${url} ${options.language}`)
    },
    search: async () => ({ results: ids.map(result) }),
  })
}

const BUNDLE = 'https://portal.example/pagefind/'
const entry = (delta?: SearchDelta) => Promise.resolve(delta ? { portal_delta: delta } : {})
/** The index of changes' own entry file, with pages of these Pagefind languages. */
const deltaWith =
  (...keys: string[]) =>
  async () => ({ languages: Object.fromEntries(keys.map((k) => [k, {}])) })

describe('mergeDelta', () => {
  it('merges the index of changes and leaves out the pages it replaces', async () => {
    const pagefind = await mergeDelta(
      standIn(['en_old', 'en_new', 'en_other']),
      entry({ en: { index: true, superseded: ['en_old'] } }),
      BUNDLE,
      'en',
      deltaWith('en'),
    )
    expect(pagefind.merged).toEqual(['https://portal.example/pagefind/delta/ en'])
    expect((await pagefind.search('patent')).results.map((r) => r.id)).toEqual(['en_new', 'en_other'])
  })

  it('merges the index of changes in the language Pagefind knows it by', async () => {
    const pagefind = await mergeDelta(
      standIn([]),
      entry({ uz: { index: true, superseded: [] } }),
      BUNDLE,
      'uz',
      deltaWith('uz-latn'),
    )
    expect(pagefind.merged).toEqual(['https://portal.example/pagefind/delta/ uz-latn'])
  })

  it('merges nothing for a language with only removed pages, and still leaves them out', async () => {
    const pagefind = await mergeDelta(
      standIn(['en_gone', 'en_other']),
      entry({ en: { index: false, superseded: ['en_gone'] } }),
      BUNDLE,
      'en',
    )
    expect(pagefind.merged).toEqual([])
    expect((await pagefind.search(null)).results.map((r) => r.id)).toEqual(['en_other'])
  })

  it('merges nothing and leaves out nothing when the index of changes is gone or has not the language', async () => {
    // A newer build removed it after the entry was read, or it cannot be fetched: Pagefind would merge another language.
    for (const readDelta of [deltaWith('ru'), async () => undefined]) {
      const pagefind = await mergeDelta(
        standIn(['en_old', 'en_other']),
        entry({ en: { index: true, superseded: ['en_old'] } }),
        BUNDLE,
        'en',
        readDelta,
      )
      expect(pagefind.merged).toEqual([])
      expect((await pagefind.search('a')).results.map((r) => r.id)).toEqual(['en_old', 'en_other'])
    }
  })

  it('lists a page in both indexes once: one whose text did not change keeps its id', async () => {
    const pagefind = await mergeDelta(
      standIn(['en_same', 'en_other', 'en_same']),
      entry({ en: { index: true, superseded: [] } }),
      BUNDLE,
      'en',
      deltaWith('en'),
    )
    expect((await pagefind.search('a')).results.map((r) => r.id)).toEqual(['en_same', 'en_other'])
  })

  it("places the index of changes' pages among the language's own in a sorted list, where Pagefind lists them by their place in the small index", async () => {
    // As Pagefind merges them, newest first: each index's pages scored by their position in its own index's order (oldest 0).
    const own = ['en_2027', 'en_2026b', 'en_2026a', 'en_2025'].map((id, i): [string, number] => [id, 3 - i])
    const merged = [...own.slice(0, 3), ['en_new', 0], own[3]] as [string, number][]
    const delta = {
      en: {
        index: true,
        superseded: [],
        // en_new sorts after two of the own index's pages.
        places: { effective: { en_new: 2 } },
      },
    }
    const pagefind = await mergeDelta(standIn(merged), entry(delta), BUNDLE, 'en', deltaWith('en'))
    const ids = async (direction: 'asc' | 'desc') =>
      (await pagefind.search(null, { sort: { effective: direction } })).results.map((r) => r.id)
    expect(await ids('desc')).toEqual(['en_2027', 'en_2026b', 'en_new', 'en_2026a', 'en_2025'])
    // Oldest first, Pagefind scores each page by its position negated.
    const ascending = standIn(
      own
        .map(([id, score]): [string, number] => [id, -score])
        .reverse()
        .concat([['en_new', 0]]),
    )
    const oldestFirst = await mergeDelta(ascending, entry(delta), BUNDLE, 'en', deltaWith('en'))
    expect((await oldestFirst.search(null, { sort: { effective: 'asc' } })).results.map((r) => r.id)).toEqual([
      'en_2025',
      'en_2026a',
      'en_new',
      'en_2026b',
      'en_2027',
    ])
    // Unsorted, by relevance: as Pagefind ranks them.
    expect((await pagefind.search('a')).results.map((r) => r.id)).toEqual(merged.map(([id]) => id))
  })

  it("lists oldest first in the reverse order of newest first, with a page of the same day as one of the language's own", async () => {
    // Own index, oldest first: en_2025 (position 0), en_2026 (1), en_2027 (2); en_new has en_2026's day: two at or before it.
    const delta = { en: { index: true, superseded: [], places: { effective: { en_new: 2 } } } }
    const listed = async (direction: 'asc' | 'desc', scores: [string, number][]) => {
      const pagefind = await mergeDelta(standIn(scores), entry(delta), BUNDLE, 'en', deltaWith('en'))
      return (await pagefind.search(null, { sort: { effective: direction } })).results.map((r) => r.id)
    }
    const newestFirst = await listed('desc', [
      ['en_2027', 2],
      ['en_2026', 1],
      ['en_2025', 0],
      ['en_new', 0],
    ])
    const oldestFirst = await listed('asc', [
      ['en_2025', 0],
      ['en_new', 0],
      ['en_2026', -1],
      ['en_2027', -2],
    ])
    expect(newestFirst).toEqual(['en_2027', 'en_new', 'en_2026', 'en_2025'])
    expect(oldestFirst).toEqual([...newestFirst].reverse())
  })

  it('leaves search as it is when its language is not behind, or the entry cannot be read', async () => {
    for (const read of [entry({ ru: { index: true, superseded: ['ru_old'] } }), entry(), Promise.resolve(undefined)]) {
      const pagefind = await mergeDelta(standIn(['en_a', 'ru_old']), read, BUNDLE, 'en')
      expect(pagefind.merged).toEqual([])
      expect((await pagefind.search('a')).results.map((r) => r.id)).toEqual(['en_a', 'ru_old'])
    }
  })
})
