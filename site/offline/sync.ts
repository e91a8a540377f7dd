/**
 * Saving a language on the phone and keeping it current: the one routine the
 * saving island (first save, with progress) and the service worker (refresh
 * when online) share. It downloads only files whose hash differs from what is
 * stored, so a refresh after a rebuild costs the changed pages, not the
 * language.
 */
import type { Locale } from '../../content-models/locales'
import { pool } from '../utils/pool'
import {
  cacheNames,
  contentHash,
  isArticleUrl,
  type OfflineFile,
  type OfflineFileList,
  offlineUrls,
  type SavedState,
  stateKey,
} from './protocol'

export interface SyncProgress {
  done: number
  total: number
  bytesDone: number
  bytesTotal: number
}

export interface SyncOptions {
  onProgress?: (progress: SyncProgress) => void
  /** Parallel downloads: a few keep a slow link busy without starving the page. */
  concurrency?: number
  /** For tests; the globals otherwise. */
  caches?: CacheStorage
  fetch?: typeof fetch
  now?: () => Date
}

export interface SyncResult {
  state: SavedState
  /** Files downloaded in this run. */
  fetched: number
  removed: number
  /** Articles that changed or were added since the last complete save. */
  updatedArticles: number
}

/** Failed because the browser refused the space (QuotaExceededError), not the network. */
export class NoSpaceError extends Error {}

/** How often progress is written down, so an interrupted save resumes where it stopped. */
const CHECKPOINT_EVERY = 10

async function readState(cache: Cache, lang: Locale): Promise<SavedState | undefined> {
  const res = await cache.match(stateKey(lang))
  return res ? ((await res.json()) as SavedState) : undefined
}

async function writeState(cache: Cache, state: SavedState): Promise<void> {
  await cache.put(
    stateKey(state.lang),
    new Response(JSON.stringify(state), { headers: { 'Content-Type': 'application/json' } }),
  )
}

/** The saved state of `lang`, without creating its cache when there is none. */
export async function savedState(lang: Locale, storage: CacheStorage = caches): Promise<SavedState | undefined> {
  const name = cacheNames.language(lang)
  return (await storage.has(name)) ? readState(await storage.open(name), lang) : undefined
}

/** Deletes a saved language; pages the reader opened stay in their own cache. */
export async function removeLanguage(lang: Locale, storage: CacheStorage = caches): Promise<void> {
  await storage.delete(cacheNames.language(lang))
}

/**
 * Runs `task` alone for this language across tabs and the service worker
 * (Web Locks where the browser has them), so a refresh and a save never
 * write the same state at once.
 */
async function exclusive<T>(lang: Locale, task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks
  return locks ? await locks.request(lockName(lang), task) : await task()
}

/** Like {@link exclusive}, but gives up at once (undefined) when the language is busy. */
async function exclusiveIfFree<T>(lang: Locale, task: () => Promise<T>): Promise<T | undefined> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks
  return locks
    ? await locks.request(lockName(lang), { ifAvailable: true }, (lock) => (lock ? task() : undefined))
    : await task()
}

const lockName = (lang: Locale) => `portal-save-${lang}`

/**
 * How many articles the refreshes updated since the reader was last told, and
 * forgets it: "N articles were updated" is said once. Never waits for a save
 * or refresh in progress (a page must not be held up by one): the reader is
 * told on a later page instead.
 */
export async function takeUpdatedArticles(lang: Locale, storage: CacheStorage = caches): Promise<number> {
  if (!(await storage.has(cacheNames.language(lang)))) return 0
  const cache = await storage.open(cacheNames.language(lang))
  if (!(await readState(cache, lang))?.updatedArticles) return 0
  const taken = await exclusiveIfFree(lang, async () => {
    const state = await readState(cache, lang)
    if (!state?.updatedArticles) return 0
    await writeState(cache, { ...state, updatedArticles: 0 })
    return state.updatedArticles
  })
  return taken ?? 0
}

async function fetchList(lang: Locale, get: typeof fetch): Promise<OfflineFileList> {
  const res = await get(offlineUrls.fileList(lang), { cache: 'no-cache' })
  if (!res.ok) throw new Error(`${offlineUrls.fileList(lang)}: HTTP ${res.status}`)
  const list = (await res.json()) as OfflineFileList
  if (list.lang !== lang || !Array.isArray(list.files))
    throw new Error(`${offlineUrls.fileList(lang)} is not a file list`)
  return list
}

/**
 * Brings the saved copy of `lang` up to the site's current file list: new and
 * changed files are downloaded (`cache: 'no-cache'`, which the service worker
 * also reads as "do not answer from the saved copy"), files gone from the site
 * are deleted. Resumable: the stored hashes are the progress.
 */
export function syncLanguage(lang: Locale, options: SyncOptions = {}): Promise<SyncResult> {
  return exclusive(lang, () => sync(lang, options))
}

async function sync(lang: Locale, options: SyncOptions): Promise<SyncResult> {
  const storage = options.caches ?? caches
  const get = options.fetch ?? fetch.bind(globalThis)
  const now = options.now ?? (() => new Date())
  const list = await fetchList(lang, get)
  const cache = await storage.open(cacheNames.language(lang))
  const before = await readState(cache, lang)
  const wasComplete = before?.complete === true
  const stamp = now().toISOString()
  const state: SavedState = before
    ? { ...before, files: { ...before.files } }
    : {
        lang,
        build: list.build,
        builtAt: list.builtAt,
        savedAt: stamp,
        checkedAt: stamp,
        complete: false,
        listed: list.files.length,
        files: {},
        bytes: 0,
        updatedArticles: 0,
      }

  const todo = list.files.filter((f) => state.files[f.url] !== f.hash)
  const progress: SyncProgress = {
    done: list.files.length - todo.length,
    total: list.files.length,
    bytesDone: list.bytes - todo.reduce((n, f) => n + f.bytes, 0),
    bytesTotal: list.bytes,
  }
  options.onProgress?.({ ...progress })
  let updatedArticles = 0
  let missing = 0
  // A whole copy being refreshed stays whole (every page there, some older): checkpoints keep saying so.
  const checkpoint = () => writeState(cache, { ...state, complete: wasComplete, listed: list.files.length })
  let sinceCheckpoint = 0

  const download = async (file: OfflineFile) => {
    const res = await get(file.url, { cache: 'no-cache' })
    // A file the list names but the server lacks (a deploy half done) stays missing; the next refresh tries again.
    if (!res.ok) {
      missing++
      return
    }
    const body = await res.arrayBuffer()
    const headers = new Headers({ 'Content-Type': res.headers.get('Content-Type') ?? 'application/octet-stream' })
    try {
      await cache.put(file.url, new Response(body, { headers }))
    } catch (error) {
      if (error instanceof DOMException && error.name === 'QuotaExceededError')
        throw new NoSpaceError('No space left for the saved copy', { cause: error })
      throw error
    }
    const previous = state.files[file.url]
    state.files[file.url] = await contentHash(body)
    if (wasComplete && isArticleUrl(file.url) && previous !== state.files[file.url]) {
      updatedArticles++
      state.updatedArticles++
    }
    progress.done++
    progress.bytesDone += file.bytes
    options.onProgress?.({ ...progress })
    if (++sinceCheckpoint >= CHECKPOINT_EVERY) {
      sinceCheckpoint = 0
      await checkpoint()
    }
  }

  try {
    await pool(todo, options.concurrency ?? 4, download)
  } finally {
    // Whatever happened, what is stored is recorded, so the next run resumes.
    if (sinceCheckpoint > 0) await checkpoint().catch(() => undefined)
  }

  const listed = new Set(list.files.map((f) => f.url))
  const gone = Object.keys(state.files).filter((url) => !listed.has(url))
  for (const url of gone) {
    await cache.delete(url)
    delete state.files[url]
  }
  const complete = missing === 0 && list.files.every((f) => state.files[f.url] !== undefined)
  const result: SavedState = {
    ...state,
    build: list.build,
    builtAt: list.builtAt,
    savedAt: wasComplete ? state.savedAt : stamp,
    checkedAt: stamp,
    complete,
    listed: list.files.length,
    bytes: list.files.filter((f) => state.files[f.url] !== undefined).reduce((n, f) => n + f.bytes, 0),
  }
  await writeState(cache, result)
  return { state: result, fetched: todo.length - missing, removed: gone.length, updatedArticles }
}
