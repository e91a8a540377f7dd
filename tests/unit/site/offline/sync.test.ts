import { describe, expect, it } from 'vitest'

import { hashBytes } from '../../../../site/offline/file-list'
import { cacheNames, contentHash, type OfflineFileList, offlineUrls } from '../../../../site/offline/protocol'
import { removeLanguage, savedState, syncLanguage, takeUpdatedArticles } from '../../../../site/offline/sync'
import { FakeCacheStorage, fakeSite } from './fake-caches'

/** A site: its pages, and the file list the build would write for them. */
function site(pages: Record<string, string>, build: string): Map<string, string> {
  const files = new Map(Object.entries(pages))
  const list: OfflineFileList = {
    lang: 'tg',
    build,
    builtAt: '2026-11-21T12:00:00.000Z',
    bytes: [...files.values()].reduce((n, b) => n + Buffer.byteLength(b), 0),
    files: [...files].map(([url, body]) => ({ url, bytes: Buffer.byteLength(body), hash: hashBytes(body) })),
  }
  files.set(offlineUrls.fileList('tg'), JSON.stringify(list))
  return files
}

const v1 = {
  '/tg/': 'home',
  '/tg/articles/a/': 'article a',
  '/tg/articles/b/': 'article b',
  '/tg/articles/c/': 'article c',
  '/pagefind/pagefind.js': 'pagefind',
}

describe('saving a language', () => {
  it('hashes the same in the browser as in the build', async () => {
    expect(await contentHash(new TextEncoder().encode('Ҳуқуқ'))).toBe(hashBytes('Ҳуқуқ'))
  })

  it('downloads every listed file into the language’s cache and reports progress', async () => {
    const storage = new FakeCacheStorage()
    const { fetch } = fakeSite(site(v1, 'b1'))
    const seen: number[] = []
    const result = await syncLanguage('tg', {
      caches: storage.asStorage(),
      fetch,
      onProgress: (p) => seen.push(p.done),
    })
    expect(storage.paths(cacheNames.language('tg')).sort()).toEqual(
      [...Object.keys(v1), '/__portal/saved/tg.json'].sort(),
    )
    expect(result.state).toMatchObject({ complete: true, build: 'b1', listed: 5, updatedArticles: 0 })
    expect(seen.at(-1)).toBe(5)
    // A first save is not news: nothing was "updated".
    expect(result.updatedArticles).toBe(0)
  })

  it('resumes an interrupted save without downloading again what it has', async () => {
    const storage = new FakeCacheStorage()
    const files = site(v1, 'b1')
    await expect(
      syncLanguage('tg', {
        caches: storage.asStorage(),
        concurrency: 1,
        ...fakeSite(files, new Set(['/tg/articles/c/'])),
      }),
    ).rejects.toThrow('Failed to fetch')
    expect((await savedState('tg', storage.asStorage()))?.complete).toBe(false)
    const again = fakeSite(files)
    const result = await syncLanguage('tg', { caches: storage.asStorage(), fetch: again.fetch })
    expect(result.state.complete).toBe(true)
    expect(again.requested.filter((p) => p !== offlineUrls.fileList('tg'))).not.toContain('/tg/')
  })

  it('after a rebuild fetches only what changed, drops what is gone, and counts updated articles once', async () => {
    const storage = new FakeCacheStorage()
    await syncLanguage('tg', { caches: storage.asStorage(), fetch: fakeSite(site(v1, 'b1')).fetch })
    const { '/tg/articles/c/': _gone, ...kept } = v1
    const v2 = {
      ...kept,
      '/tg/articles/a/': 'article a, changed',
      '/tg/articles/d/': 'new article',
      '/tg/': 'home, changed',
    }
    const rebuilt = fakeSite(site(v2, 'b2'))
    const result = await syncLanguage('tg', { caches: storage.asStorage(), fetch: rebuilt.fetch })
    expect(rebuilt.requested.sort()).toEqual(
      [offlineUrls.fileList('tg'), '/tg/', '/tg/articles/a/', '/tg/articles/d/'].sort(),
    )
    expect(result).toMatchObject({ removed: 1, updatedArticles: 2 })
    expect(storage.paths(cacheNames.language('tg'))).not.toContain('/tg/articles/c/')
    expect(result.state.build).toBe('b2')
    expect(await takeUpdatedArticles('tg', storage.asStorage())).toBe(2)
    expect(await takeUpdatedArticles('tg', storage.asStorage())).toBe(0)
  })

  it('records the hash of what arrived, so a file changed mid-rebuild is fetched again next time', async () => {
    const storage = new FakeCacheStorage()
    const files = site(v1, 'b1')
    files.set('/tg/articles/b/', 'article b, from the next build')
    await syncLanguage('tg', { caches: storage.asStorage(), fetch: fakeSite(files).fetch })
    const next = fakeSite(site(v1, 'b1'))
    await syncLanguage('tg', { caches: storage.asStorage(), fetch: next.fetch })
    expect(next.requested).toContain('/tg/articles/b/')
  })

  it('removes a language without touching the pages the reader opened', async () => {
    const storage = new FakeCacheStorage()
    await (await storage.open(cacheNames.pages)).put('/ru/', new Response('visited'))
    await syncLanguage('tg', { caches: storage.asStorage(), fetch: fakeSite(site(v1, 'b1')).fetch })
    await removeLanguage('tg', storage.asStorage())
    expect(await savedState('tg', storage.asStorage())).toBeUndefined()
    expect(storage.paths(cacheNames.pages)).toEqual(['/ru/'])
  })
})
