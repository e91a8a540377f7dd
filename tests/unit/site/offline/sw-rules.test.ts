import { describe, expect, it } from 'vitest'

import { localeCodes } from '../../../../content-models/locales'
import { cacheNames } from '../../../../site/offline/protocol'
import { handles, obsoleteCaches } from '../../../../site/offline/sw-rules'

const origin = 'https://portal.example.org'
const may = (path: string, method = 'GET') => handles(method, new URL(path, origin), origin)

/** Expects the service worker to answer every GET of `paths`, or none of them, naming the path that fails. */
function expectAnswered(answered: boolean, paths: string[]) {
  for (const path of paths) expect(may(path), path).toBe(answered)
}

describe('what the service worker touches', () => {
  it('answers the site’s own pages, files and public API', () => {
    expectAnswered(true, [
      '/uz/',
      '/uz/articles/work-patent-russia/',
      '/pagefind/pagefind-entry.json?ts=1',
      '/_astro/Search.js',
      '/api/v1/uz/articles.json',
    ])
  })

  it('never the CMS, drafts, previews, sw.js or the offline lists and downloads', () => {
    expectAnswered(false, [
      '/admin',
      '/admin/collections/articles',
      '/api/articles?draft=true',
      '/api/users/me',
      '/next/preview',
      '/_next/static/x.js',
      '/uz/articles/x/?draft=true',
      '/uz/articles/x/?preview=1',
      '/sw.js',
      '/offline/uz.files.json',
      '/offline/uz.html',
    ])
  })

  it('nor other origins, non-GET requests or byte ranges', () => {
    expect(handles('GET', new URL('https://cdn.example.com/x.js'), origin)).toBe(false)
    expect(may('/uz/', 'POST')).toBe(false)
    expect(handles('GET', new URL('/offline/uz.zim', origin), origin, true)).toBe(false)
  })

  it('on activation drops caches of old layouts and dropped languages, keeping what the reader chose', () => {
    const names = [
      cacheNames.pages,
      cacheNames.language('uz'),
      'portal-pages-v0',
      'portal-lang-v0-uz',
      'portal-lang-v1-fr',
      'someone-elses-cache',
    ]
    expect(obsoleteCaches(names, localeCodes)).toEqual(['portal-pages-v0', 'portal-lang-v0-uz', 'portal-lang-v1-fr'])
  })
})
