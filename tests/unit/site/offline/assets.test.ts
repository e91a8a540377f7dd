import { describe, expect, it } from 'vitest'

import { cacheNames } from '../../../../site/offline/protocol'
import { astroFilesIn, importsIn, keepsAsset, obsoleteCaches } from '../../../../site/offline/sw-rules'

const url = (path: string) => new URL(path, 'https://portal.example.org')

describe('scripts of visited pages, kept for offline use', () => {
  it('are Astro’s hashed scripts and styles only', () => {
    expect(keepsAsset(url('/_astro/MySituation.BQx1.js'))).toBe(true)
    expect(keepsAsset(url('/_astro/my-situation.Ab_9.css'))).toBe(true)
    for (const path of ['/uz/my-situation/', '/pagefind/pagefind.js', '/_astro/logo.svg', '/_astro/a/b.js'])
      expect(keepsAsset(url(path)), path).toBe(false)
  })

  it('are found in a page and followed through the chunks’ imports, lazy ones included', () => {
    const html =
      '<astro-island component-url="/_astro/MySituation.BQx1.js" renderer-url="/_astro/client.C2.js"></astro-island><script src="/_astro/client.C2.js"></script>'
    expect(astroFilesIn(html)).toEqual(['MySituation.BQx1.js', 'client.C2.js'])
    // As Vite writes them: static imports, a lazy import in a template literal and its preload list.
    const js =
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/calendar-file.E3.js","_astro/days.F4.js"])))=>i.map(i=>d[i]);' +
      'import{a}from"./hooks.module.D1.js";const w=()=>__vitePreload(()=>import(`./calendar-file.E3.js`),__vite__mapDeps([0,1]));import"/_astro/x.css"'
    expect(importsIn(js).sort()).toEqual(['calendar-file.E3.js', 'days.F4.js', 'hooks.module.D1.js', 'x.css'])
  })

  it('survive a new worker, like the visited pages', () => {
    expect(obsoleteCaches([cacheNames.assets, cacheNames.pages, 'portal-assets-v0'], ['uz'])).toEqual([
      'portal-assets-v0',
    ])
  })
})
