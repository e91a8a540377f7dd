/**
 * What the build, the service worker and the saving island agree on: cache
 * names, addresses, the shape of a language's file list and how its hashes are
 * made. Pure, with no Node or DOM imports, so all three can bundle it.
 */
import type { Locale } from '../../content-models/locales'

/** The file list of one language: what "save this language" downloads. */
export interface OfflineFileList {
  lang: Locale
  /** The site's build id (also in sw.js): a saved copy from another build is refreshed. */
  build: string
  /** When the content was exported (`SiteContent.generatedAt`). */
  builtAt: string
  /** Sum of `files[].bytes`: what the copy takes on the phone. */
  bytes: number
  files: OfflineFile[]
}

export interface OfflineFile {
  /** Root-relative URL, as pages link to it (`/tg/articles/x/`, `/pagefind/pagefind.js`). */
  url: string
  bytes: number
  /** {@link HASH_HEX} hex digits of the body's SHA-256. */
  hash: string
}

/**
 * What a saved language holds on the phone, kept in its own cache beside the
 * files: the hash of every stored body (as stored, not as listed, so a file
 * fetched mid-rebuild is simply fetched again next time).
 */
export interface SavedState {
  lang: Locale
  /** Build id of the list the copy was last brought up to. */
  build: string
  builtAt: string
  /** First complete save (ISO). */
  savedAt: string
  /** Last time the copy was compared with the site and found current (ISO): the "Saved on" date. */
  checkedAt: string
  /** Every file of the last list is stored. */
  complete: boolean
  /** How many files that list has. */
  listed: number
  files: Record<string, string>
  bytes: number
  /** Articles updated by the last refreshes, not yet told to the reader. */
  updatedArticles: number
}

/** Hex digits kept of SHA-256: 64 bits, plenty to tell versions of one file apart. */
export const HASH_HEX = 16

/** Bump when the cache layout changes: activation deletes caches of other versions. */
const CACHE_VERSION = 'v1'
const PREFIX = 'portal-'

export const cacheNames = {
  /** Pages the reader opened, capped (sw.ts): kept across builds, they are the reader's. */
  pages: `${PREFIX}pages-${CACHE_VERSION}`,
  /**
   * Scripts and styles (`/_astro/`) the pages the reader opened loaded, capped (sw.ts): an island on a
   * visited page (My situation, search) then works offline without saving its whole language.
   */
  assets: `${PREFIX}assets-${CACHE_VERSION}`,
  /** A saved language: its files and its {@link SavedState}. */
  language: (lang: Locale) => `${PREFIX}lang-${CACHE_VERSION}-${lang}`,
  /** Whether a cache name is one of ours, of any version (others' caches on the origin are left alone). */
  ours: (name: string) => name.startsWith(PREFIX),
}

/** Where a saved language keeps its {@link SavedState}: an address no page or file has. */
export const stateKey = (lang: Locale) => `/__portal/saved/${lang}.json`

/** Addresses of the offline feature, built in one place like site/utils/urls.ts. */
export const offlineUrls = {
  /** The Offline page: saving, the downloadable files, how to share them. */
  page: (lang: Locale) => `/${lang}/offline/`,
  manifest: (lang: Locale) => `/${lang}/manifest.webmanifest`,
  fileList: (lang: Locale) => `/offline/${lang}.files.json`,
  /** The other engineer's single-file pack and ZIM file (site/offline/downloads.ts). */
  pack: (lang: Locale) => `/offline/${lang}.html`,
  zim: (lang: Locale) => `/offline/${lang}.zim`,
  serviceWorker: '/sw.js',
}

/**
 * Written into the home and Offline pages by Astro where the size of the
 * saved language goes; the build replaces it once the file lists are known
 * (support.ts), so the size shows without JavaScript.
 */
export const SIZE_PLACEHOLDER = '__PORTAL_OFFLINE_SIZE__'

/**
 * Written into the Offline page by Astro where the sizes of the language's
 * downloads go: they are written beside the pages, and the build fills the
 * sizes in once both are done (support.ts).
 */
export const DOWNLOAD_SIZE_PLACEHOLDER = { pack: '__PORTAL_PACK_SIZE__', zim: '__PORTAL_ZIM_SIZE__' } as const

/** An article page (what "N articles were updated" counts). */
export function isArticleUrl(url: string): boolean {
  return /^\/[a-z]{2}\/articles\/[^/]+\/$/.test(url)
}

/** The language a site path belongs to, if it is under `/<lang>/`. */
export function localeOfPath<L extends string>(pathname: string, locales: readonly L[]): L | undefined {
  const first = pathname.split('/')[1]
  return locales.find((l) => l === first)
}

/** Hex SHA-256 of `bytes`, cut to {@link HASH_HEX} digits; the same in Node (≥ 20) and browsers. */
export async function contentHash(bytes: ArrayBuffer | Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource)
  return [...new Uint8Array(digest)]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('')
    .slice(0, HASH_HEX)
}
