import fs from 'node:fs/promises'
import path from 'node:path'

import { type Locale, localeCodes } from '../../content-models/locales'
import type { SiteContent } from '../data/types'
import { formatBytes } from './bytes'
import { buildId, hashBytes, hashTree, type KnownFiles, languageFiles, type Tree } from './file-list'
import { DOWNLOAD_SIZE_PLACEHOLDER, type OfflineFileList, offlineUrls, SIZE_PLACEHOLDER } from './protocol'
import { bundleServiceWorker, serviceWorkerConfig } from './sw-bundle'

export interface OfflineSupportReport {
  languages: number
  /** The site's build id, compiled into sw.js and written into every list. */
  build: string
  /** What saving each language takes on the phone. */
  bytes: Partial<Record<Locale, number>>
  serviceWorkerBytes: number
  milliseconds: number
}

/** The pages Astro rendered with {@link SIZE_PLACEHOLDER}: the home page's save block and the Offline page. */
const pagesWithSize = (locale: Locale) => [`${locale}/index.html`, `${locale}/offline/index.html`]

/**
 * Writes the saved language's size into the pages that name it, and updates
 * their entries in `tree`. The size includes those pages, which the label
 * itself lengthens by a few bytes, so the label is settled first.
 */
async function fillSize(dir: string, tree: Tree, locale: Locale, listedBytes: number): Promise<void> {
  const pages: { rel: string; html: string; count: number }[] = []
  for (const rel of pagesWithSize(locale)) {
    const html = await fs.readFile(path.join(dir, rel), 'utf8').catch(() => undefined)
    const count = html?.split(SIZE_PLACEHOLDER).length ?? 1
    if (html && count > 1) pages.push({ rel, html, count: count - 1 })
  }
  const occurrences = pages.reduce((n, p) => n + p.count, 0)
  let label = formatBytes(listedBytes, locale)
  for (let i = 0; i < 3; i++) {
    const next = formatBytes(
      listedBytes + occurrences * (Buffer.byteLength(label) - Buffer.byteLength(SIZE_PLACEHOLDER)),
      locale,
    )
    if (next === label) break
    label = next
  }
  for (const page of pages) {
    const filled = Buffer.from(page.html.split(SIZE_PLACEHOLDER).join(label))
    await fs.writeFile(path.join(dir, page.rel), filled)
    tree.set(page.rel, { bytes: filled.length, hash: hashBytes(filled) })
  }
}

/**
 * Writes the sizes of the language's downloads, written beside the pages,
 * into its Offline page (a new file, never one the site online shares).
 * Fails if the page names a file the build did not write.
 */
async function fillDownloadSizes(dir: string, locale: Locale): Promise<void> {
  const rel = path.join(locale, 'offline', 'index.html')
  const html = await fs.readFile(path.join(dir, rel), 'utf8').catch(() => undefined)
  if (!html) return
  let filled = html
  for (const [kind, placeholder] of Object.entries(DOWNLOAD_SIZE_PLACEHOLDER) as ['pack' | 'zim', string][]) {
    if (!filled.includes(placeholder)) continue
    const file = offlineUrls[kind](locale)
    const size = await fs.stat(path.join(dir, file)).then(
      (stat) => stat.size,
      () => {
        throw new Error(`The ${locale} Offline page names ${file}, which this build did not write`)
      },
    )
    filled = filled.split(placeholder).join(formatBytes(size, locale))
  }
  if (filled === html) return
  const temporary = path.join(dir, `${rel}.${process.pid}.tmp`)
  await fs.writeFile(temporary, filled)
  await fs.rename(temporary, path.join(dir, rel))
}

/**
 * Writes what the service worker needs into the built site `dir`, after the
 * pages, the search index and the offline downloads (build step 5/5): the
 * downloads' sizes in the Offline pages, each language's list of files
 * to save, `offline/<lang>.files.json`, with the size filled into the pages
 * that show it, then `sw.js`, bundled with this build's id.
 */
export async function writeOfflineSupport(
  dir: string,
  content: SiteContent,
  files: { known?: KnownFiles; seen?: KnownFiles } = {},
): Promise<OfflineSupportReport> {
  const started = performance.now()
  for (const locale of localeCodes) await fillDownloadSizes(dir, locale)
  // Each page is read once, here (or not at all, when `files.known` knows it): the scripts it loads are noted for the lists below.
  const pageAssets = new Map<string, string[]>()
  const tree = await hashTree(dir, pageAssets, files)
  for (const locale of localeCodes) {
    const files = await languageFiles(dir, tree, locale, pageAssets)
    await fillSize(
      dir,
      tree,
      locale,
      files.reduce((n, f) => n + f.bytes, 0),
    )
  }
  // Written in place just now, maybe within the same clock tick as they were looked at: read again next time.
  if (files.seen) for (const locale of localeCodes) for (const rel of pagesWithSize(locale)) delete files.seen[rel]
  // Only now is every file final: the id covers the filled pages.
  const build = buildId(tree)
  const bytes: Partial<Record<Locale, number>> = {}
  await fs.mkdir(path.join(dir, 'offline'), { recursive: true })
  for (const locale of localeCodes) {
    // Filling in the sizes changed no page's scripts.
    const files = await languageFiles(dir, tree, locale, pageAssets)
    const list: OfflineFileList = {
      lang: locale,
      build,
      builtAt: content.generatedAt,
      bytes: files.reduce((n, f) => n + f.bytes, 0),
      files,
    }
    bytes[locale] = list.bytes
    await fs.writeFile(path.join(dir, offlineUrls.fileList(locale)), JSON.stringify(list))
  }
  const serviceWorkerBytes = await bundleServiceWorker(dir, await serviceWorkerConfig(build))
  return { languages: localeCodes.length, build, bytes, serviceWorkerBytes, milliseconds: performance.now() - started }
}
