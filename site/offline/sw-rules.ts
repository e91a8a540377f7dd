/**
 * What the service worker may touch: pure rules, apart from sw.ts so they are
 * unit-tested.
 */
import { cacheNames, offlineUrls } from './protocol'

/** Query parameters of drafts and previews: such pages are never stored or answered from the phone. */
const PREVIEW_PARAMS = ['draft', 'preview', 'token']

/**
 * Whether a request is one the worker may answer or store: same-origin GETs
 * only, and never the CMS (its admin, its API except the site's public
 * /api/v1/, Next's internals), drafts or previews, sw.js itself (the browser
 * must always see the newest) or /offline/ (the lists must be fresh, the
 * downloads are for passing on).
 */
export function handles(method: string, url: URL, origin: string, ranged = false): boolean {
  if (method !== 'GET' || url.origin !== origin || ranged) return false
  const path = url.pathname
  if (path === offlineUrls.serviceWorker || path.startsWith('/offline/')) return false
  if (/^\/(admin|next|_next)(\/|$)/.test(path) || (path.startsWith('/api/') && !path.startsWith('/api/v1/')))
    return false
  return !PREVIEW_PARAMS.some((p) => url.searchParams.has(p))
}

/**
 * Caches to delete when a new worker takes over: ours of another layout
 * version or of a language the site no longer has. The visited pages and the
 * saved languages stay (they are the reader's, and are refreshed by hash), and
 * other scripts' caches on the origin are left alone.
 */
export function obsoleteCaches(names: string[], locales: readonly string[]): string[] {
  const keep = new Set<string>([
    cacheNames.pages,
    cacheNames.assets,
    ...locales.map((l) => cacheNames.language(l as never)),
  ])
  return names.filter((name) => cacheNames.ours(name) && !keep.has(name))
}

/**
 * Whether a file a page loads is kept for offline use when fetched: Astro's
 * hashed scripts and styles (islands and their lazy chunks). Their names
 * change with their content, so a kept copy is never stale.
 */
export function keepsAsset(url: URL): boolean {
  return /^\/_astro\/[\w.-]+\.(?:js|css)$/.test(url.pathname)
}

const ASTRO_IN_HTML = /\/_astro\/([\w.-]+\.(?:js|css))/g
// Lazy chunks are imported with a template literal (import(`./x.js`)) and preloaded from a `_astro/x.js` list.
const IMPORT_IN_JS = /["'`](?:\.\/|\/?_astro\/)([\w.-]+\.(?:js|css))["'`]/g

/** The `/_astro/` scripts and styles a page names (its islands, their renderer), as file names. */
export function astroFilesIn(html: string): string[] {
  return [...new Set([...html.matchAll(ASTRO_IN_HTML)].map((m) => m[1]))]
}

/** The sibling chunks a built script imports, lazily or not (`./x.js`, `/_astro/x.js`), as file names. */
export function importsIn(js: string): string[] {
  return [...new Set([...js.matchAll(IMPORT_IN_JS)].map((m) => m[1]))]
}
