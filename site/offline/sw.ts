/// <reference lib="webworker" />
/**
 * The portal's service worker, bundled by support.ts into /sw.js with the
 * build id and the fallback page's strings (docs/adr/0006). What it does:
 *  - pages: network first with a short timeout, then the copy on the phone
 *    (a page the reader opened, or a saved language), then a fallback page in
 *    the reader's language that lists what is saved;
 *  - a page answered from the phone says so ("Saved on …"), and after a saved
 *    language was refreshed the next page says how many articles changed;
 *  - a saved language's other files (search index, scripts) come from the phone
 *    first, and the language is refreshed by hash when the site has a new build.
 * It never touches other origins, non-GET requests, the CMS (/admin, /api/
 * except the site's own /api/v1/), drafts and previews, sw.js, or /offline/.
 */
import type { Locale } from '../../content-models/locales'
import { DELTA_FOLDER } from '../search/delta'
import { formatDay } from './locale-format'
import { cacheNames, localeOfPath, offlineUrls } from './protocol'
import type { SwConfig } from './sw-config'
import { fallbackPage, pageTitle, revealNote, SAVED_NOTE_ATTR, UPDATED_NOTE_ATTR } from './sw-html'
import { astroFilesIn, handles, importsIn, keepsAsset, obsoleteCaches } from './sw-rules'
import { savedState, syncLanguage, takeUpdatedArticles } from './sync'

declare const self: ServiceWorkerGlobalScope
declare const __SW_CONFIG__: SwConfig
const config = __SW_CONFIG__

/**
 * How long a page may take before the copy on the phone is shown instead. On
 * 2G/3G a small page's first bytes take one to three seconds; four leaves a
 * working slow connection its chance and spares a dead one a long wait.
 */
const NETWORK_TIMEOUT_MS = 4000
/** Pages the reader opened, kept at most (each 10–30 KB: a few MB in all). */
const MAX_PAGES = 120
/** Scripts and styles of visited pages kept at most (islands are 5–40 KB each; the oldest go first). */
const MAX_ASSETS = 80
/** Pages listed on the fallback page. */
const MAX_LISTED = 40
/** When a visited page was stored, on its cached copy. */
const SAVED_AT = 'X-Portal-Saved-At'
/** Pagefind's entry file: which index files each language has. */
/** Pagefind's entry files: its own, and that of the index of changes a publish may add (site/search/delta.ts). */
const PAGEFIND_ENTRIES = new Set(['/pagefind/pagefind-entry.json', `/pagefind/${DELTA_FOLDER}/pagefind-entry.json`])
/** A refresh that failed (offline) is not retried sooner than this. */
const RETRY_MS = 60_000

self.addEventListener('install', (event) => {
  // Nothing is precached, so a new version can take over at once.
  event.waitUntil(self.skipWaiting())
})

self.addEventListener('activate', (event) => {
  // What needs the network comes after activation, not in it: pages must not
  // wait for it. Should the browser stop the worker first, the next page
  // opened online resumes the refresh.
  event.waitUntil(
    activate().then(() => {
      void rememberOpenPages()
        .then(refreshSavedLanguages)
        .catch(() => undefined)
    }),
  )
})

self.addEventListener('fetch', (event) => {
  const { request } = event
  const url = new URL(request.url)
  if (!handles(request.method, url, self.location.origin, request.headers.has('range'))) return
  if (request.mode === 'navigate') event.respondWith(navigate(event, url))
  // A download that asks to skip caches (a save in progress) must reach the network.
  else if (!['no-store', 'reload', 'no-cache'].includes(request.cache)) event.respondWith(savedFirst(event, url))
})

async function activate(): Promise<void> {
  for (const name of obsoleteCaches(await caches.keys(), config.locales)) await caches.delete(name)
  await self.registration.navigationPreload?.enable().catch(() => undefined)
  await self.clients.claim()
}

/**
 * The page the reader is on when the worker first starts was loaded before
 * it: store it too, from the HTTP cache where possible, so "pages I opened"
 * includes the first one.
 */
async function rememberOpenPages(): Promise<void> {
  const windows = await self.clients.matchAll({ type: 'window' })
  await Promise.all(
    windows.map(async (client) => {
      const url = new URL(client.url)
      if (!handles('GET', url, self.location.origin)) return
      const res = await fetch(url, { cache: 'force-cache' }).catch(() => undefined)
      if (res) await rememberPage(url, res)
    }),
  )
}

const pageKey = (url: URL) => `${url.origin}${url.pathname}`

function isHtml(res: Response): boolean {
  return (res.headers.get('Content-Type') ?? '').includes('text/html')
}

/** Stores a visited page (newest last), dropping the oldest beyond the cap. */
async function rememberPage(url: URL, res: Response): Promise<void> {
  if (res.status !== 200 || res.type !== 'basic' || !isHtml(res)) return
  const cache = await caches.open(cacheNames.pages)
  const headers = new Headers({
    'Content-Type': res.headers.get('Content-Type')!,
    [SAVED_AT]: new Date().toISOString(),
  })
  const html = await res.text()
  await cache.put(pageKey(url), new Response(html, { headers }))
  const keys = await cache.keys()
  for (const old of keys.slice(0, Math.max(0, keys.length - MAX_PAGES))) await cache.delete(old)
  // A page with an island (My situation, search) needs its scripts offline, the ones it loads only on a tap included.
  if (html.includes('<astro-island')) await rememberScriptsOf(html)
}

/**
 * Keeps the scripts a page names and every chunk they import, lazily or not,
 * from the browser's HTTP cache where it has them. The first page a reader
 * opens was loaded before the worker, and a chunk loaded on a tap (the
 * calendar writer) may never have been requested: both must work offline.
 */
async function rememberScriptsOf(html: string): Promise<void> {
  const queue = astroFilesIn(html)
  const seen = new Set(queue)
  while (queue.length > 0) {
    const path = `/_astro/${queue.pop()!}`
    let res = await caches.match(path, { ignoreSearch: true })
    if (!res) {
      res = await fetch(path, { cache: 'force-cache' }).catch(() => undefined)
      if (!res?.ok) continue
      await rememberAsset(new URL(path, self.location.origin), res.clone())
    }
    if (!path.endsWith('.js')) continue
    for (const name of importsIn(await res.text())) {
      if (!seen.has(name)) queue.push(name)
      seen.add(name)
    }
  }
}

/** Keeps a script or style a page loaded (newest last), dropping the oldest beyond the cap. */
async function rememberAsset(url: URL, res: Response): Promise<void> {
  if (res.status !== 200 || res.type !== 'basic') return
  const cache = await caches.open(cacheNames.assets)
  await cache.put(url.pathname, res)
  const keys = await cache.keys()
  for (const old of keys.slice(0, Math.max(0, keys.length - MAX_ASSETS))) await cache.delete(old)
}

type Outcome = Response | 'timeout' | 'failed'

/** The network's answer if it comes in time; a server error counts as a failure. */
function inTime(network: Promise<Response>): Promise<Outcome> {
  return Promise.race<Outcome>([
    network.then((res) => (res.status >= 500 ? 'failed' : res)).catch(() => 'failed'),
    new Promise<Outcome>((resolve) => setTimeout(() => resolve('timeout'), NETWORK_TIMEOUT_MS)),
  ])
}

async function navigate(event: FetchEvent, url: URL): Promise<Response> {
  const lang = localeOfPath(url.pathname, config.locales)
  // Whichever answer the reader gets, a page that does arrive is stored, and
  // being online is the moment to bring saved languages up to date.
  let afterwards: Promise<void> = Promise.resolve()
  const network = (async () => {
    const res = ((await event.preloadResponse) as Response | undefined) ?? (await fetch(event.request))
    // Cloned before anyone reads the body.
    afterwards = rememberPage(url, res.clone()).then(refreshSavedLanguages)
    return res
  })()
  event.waitUntil(network.then(() => afterwards).catch(() => undefined))
  const first = await inTime(network)
  if (first instanceof Response) return withNotes(first, lang)
  const copy = await copyOnPhone(url, lang)
  if (copy) return withNotes(copy.res, lang, copy.savedAt)
  // Nothing stored: a slow network, or the server's own error page, is still better than a dead end.
  const late = await network.catch(() => undefined)
  return late ? withNotes(late, lang) : fallback(url, lang)
}

/** The freshest stored copy of a page: from the visited pages or from its saved language. */
async function copyOnPhone(
  url: URL,
  lang: Locale | undefined,
): Promise<{ res: Response; savedAt: string } | undefined> {
  const visited = await (await caches.open(cacheNames.pages)).match(pageKey(url), { ignoreSearch: true })
  const visitedAt = visited?.headers.get(SAVED_AT) ?? ''
  if (lang) {
    const state = await savedState(lang)
    if (state && state.checkedAt > visitedAt) {
      const saved = await (await caches.open(cacheNames.language(lang))).match(url.pathname, { ignoreSearch: true })
      if (saved) return { res: saved, savedAt: state.checkedAt }
    }
  }
  return visited ? { res: visited, savedAt: visitedAt } : undefined
}

/**
 * Reveals the notes Base.astro renders hidden: "Saved on <date>" when the
 * page comes from the phone, and once after a refresh, how many saved
 * articles changed. Pages with nothing to say stream through untouched.
 */
async function withNotes(res: Response, lang: Locale | undefined, savedAt?: string): Promise<Response> {
  if (!lang || !isHtml(res) || res.status !== 200) return res
  const updated = await takeUpdatedArticles(lang).catch(() => 0)
  if (!savedAt && updated === 0) return res
  let html = await res.text()
  if (savedAt) html = revealNote(html, SAVED_NOTE_ATTR, { date: formatDay(savedAt, config.languages[lang].formats) })
  if (updated > 0) html = revealNote(html, UPDATED_NOTE_ATTR, { count: updated })
  const headers = new Headers(res.headers)
  headers.delete('Content-Length')
  return new Response(html, { status: res.status, statusText: res.statusText, headers })
}

/**
 * A saved language's file (search index, scripts, icons), else the network.
 * Pagefind's entry files name the index files of every language, so they come
 * from the network when there is one: a copy saved for one language must not
 * point another language's search at chunks a newer build has replaced.
 */
async function savedFirst(event: FetchEvent, url: URL): Promise<Response> {
  const { request } = event
  // The entry file is requested with a cache-busting `?ts=`: stored files are found by path.
  const saved = () => caches.match(url.pathname, { ignoreSearch: true, ignoreVary: true })
  if (!PAGEFIND_ENTRIES.has(url.pathname)) {
    const found = await saved()
    if (found) return found
    const res = await fetch(request)
    // A visited page's island must start offline too: its scripts are kept as they arrive.
    if (keepsAsset(url)) event.waitUntil(rememberAsset(url, res.clone()).catch(() => undefined))
    return res
  }
  const network = fetch(request)
  const first = await inTime(network)
  return first instanceof Response ? first : ((await saved()) ?? network)
}

const lastTry = new Map<Locale, number>()

/**
 * Brings every saved language to this build, by hash: a copy from another
 * build, or one whose save was interrupted, downloads what changed.
 */
async function refreshSavedLanguages(): Promise<void> {
  for (const lang of config.locales) {
    const state = await savedState(lang)
    if (!state || (state.build === config.build && state.complete)) continue
    if (Date.now() - (lastTry.get(lang) ?? 0) < RETRY_MS) continue
    lastTry.set(lang, Date.now())
    await syncLanguage(lang).catch(() => undefined)
  }
}

/** The reader's language for a page outside `/<lang>/`: the browser's, if the site has it. */
function browserLocale(): Locale {
  for (const tag of self.navigator.languages ?? []) {
    const found = config.locales.find((l) => l === tag.split('-')[0].toLowerCase())
    if (found) return found
  }
  return config.defaultLocale
}

async function fallback(url: URL, pageLang: Locale | undefined): Promise<Response> {
  const lang = pageLang ?? browserLocale()
  const saved = []
  for (const l of config.locales) {
    const state = await savedState(l)
    if (state)
      saved.push({
        label: config.languages[l].label,
        lang: config.languages[l].htmlLang,
        home: `/${l}/`,
        pages: Object.keys(state.files).filter((u) => u.endsWith('/')).length,
      })
  }
  const pages = await caches.open(cacheNames.pages)
  const keys = [...(await pages.keys())].reverse().filter((k) => new URL(k.url).pathname.startsWith(`/${lang}/`))
  const visited = []
  for (const key of keys.slice(0, MAX_LISTED)) {
    const html = await (await pages.match(key))?.text()
    visited.push({
      url: new URL(key.url).pathname,
      title: (html && pageTitle(html, config.languages[lang].strings['site.name'])) || new URL(key.url).pathname,
    })
  }
  const body = fallbackPage({
    language: config.languages[lang],
    url: url.pathname + url.search,
    saved,
    visited,
    homeUrl: `/${lang}/`,
    offlinePageUrl: offlineUrls.page(lang),
    css: config.css,
  })
  return new Response(body, {
    status: 503,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  })
}
