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
  const keep = new Set<string>([cacheNames.pages, ...locales.map((l) => cacheNames.language(l as never))])
  return names.filter((name) => cacheNames.ours(name) && !keep.has(name))
}
