import { describe, expect, it } from 'vitest'

import { type MergeablePagefind, mergeDelta, type SearchDelta } from '../../../../site/search/delta'
import type { PagefindResult } from '../../../../site/search/engine'

/*
 * The search island's side of the index of changes. Pagefind's own client
 * with a real index is in tests/int/incremental-build.int.test.ts; here a
 * stand-in for it records what is merged and returns fixed results.
 */

/** Frozen, as Pagefind's module is: its functions cannot be replaced. */
function standIn(ids: string[]): MergeablePagefind & { merged: string[] } {
  const merged: string[] = []
  const result = (id: string): PagefindResult => ({
    id,
    score: 1,
    data: async () => ({ url: `/${id}/`, content: '', meta: {} }),
  })
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

  it('leaves search as it is when its language is not behind, or the entry cannot be read', async () => {
    for (const read of [entry({ ru: { index: true, superseded: ['ru_old'] } }), entry(), Promise.resolve(undefined)]) {
      const pagefind = await mergeDelta(standIn(['en_a', 'ru_old']), read, BUNDLE, 'en')
      expect(pagefind.merged).toEqual([])
      expect((await pagefind.search('a')).results.map((r) => r.id)).toEqual(['en_a', 'ru_old'])
    }
  })
})
