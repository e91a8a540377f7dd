import { offlineUrls } from './protocol'

/**
 * The one script a reading page carries (inline in Base.astro): it registers
 * the service worker after the page has loaded, so it never competes with the
 * page. `updateViaCache: 'none'` makes the browser check sw.js past any HTTP
 * cache, so a new build is never hidden behind a stale worker. Errors are
 * swallowed: without the worker the site works as before. Kept under 1 KB
 * compressed (scripts/bench/page-weight.ts, tests/e2e/site.spec.ts).
 */
export const registerScript = `if("serviceWorker"in navigator)addEventListener("load",()=>navigator.serviceWorker.register(${JSON.stringify(offlineUrls.serviceWorker)},{updateViaCache:"none"}).catch(()=>{}))`
