import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { localeCodes } from '../../content-models/locales'
import { CONTENT_FILE_ENV } from '../../site/utils/content'
import { bins, run } from '../lib/run'
import { exportContent } from './export-content'
import { indexSearch } from './index-search'
import { nextChangeAt } from './next-change'
import { AS_OF_ENV, siteClock } from './site-clock'
import { newBuildDir, removeLeftovers, swapSite } from './swap-site'
import { writeOfflineDownloads } from '../../site/offline/downloads'
import { writeOfflineSupport } from '../../site/offline/support'

export interface BuildReport {
  articles: number
  translations: number
  pages: number
  indexedPages: number
  searchLanguages: string[]
  seconds: number
  /** When the pages built now go stale by the clock alone (a law takes effect, an event ends…); never when built as of a fixed moment. */
  nextChangeAt?: Date
}

async function countHtml(dir: string): Promise<number> {
  const entries = await fs.readdir(dir, { recursive: true })
  return entries.filter((e) => e.endsWith('.html')).length
}

/** Fails the build if a language has no home page, before anything replaces the old site. */
async function verify(dir: string): Promise<void> {
  for (const locale of localeCodes) {
    await fs.access(path.join(dir, locale, 'index.html')).catch(() => {
      throw new Error(`Built site is incomplete: ${locale}/index.html is missing`)
    })
  }
}

/**
 * Builds the static site from the published content into `outDir`: export the
 * content through the Local API, build every language with Astro, index it with
 * Pagefind, then swap the result into place. Everything happens in a new
 * folder beside `outDir`, so a failed build never replaces a good one;
 * `outDir` is a link to the newest build, replaced atomically (swap-site.ts).
 */
export async function buildSite(
  payload: Payload,
  outDir: string,
  log: (line: string) => void = console.log,
): Promise<BuildReport> {
  const started = Date.now()
  const out = path.resolve(outDir)
  const cacheDir = path.resolve('.cache')
  // The site the last build replaced, and whatever killed builds left, which would otherwise stay forever.
  await removeLeftovers(out, cacheDir)
  const staging = await newBuildDir(out)
  const contentFile = path.join(cacheDir, `site-content-${process.pid}.json`)
  // removeLeftovers has just cleared any of this process's earlier runs.
  const downloads = path.join(cacheDir, `offline-${process.pid}`)
  await fs.mkdir(cacheDir, { recursive: true })

  try {
    const clock = siteClock()
    log(
      `1/5 Reading published content${clock.pinned ? ` (dates on the site as of ${clock.now.toISOString()}, from ${AS_OF_ENV})` : ''}…`,
    )
    const content = await exportContent(payload, clock.now)
    const translations = content.articles.reduce((n, a) => n + Object.keys(a.translations).length, 0)
    log(
      `    ${content.articles.length} articles, ${translations} translations, ${content.events.length} events, ${content.helpCentres.length} help centres, ${content.topics.length} topics${content.alert ? ', site alert on' : ''}`,
    )

    // Before the pages, from the same snapshot: the Offline page names their sizes.
    log('2/5 Writing the offline files (one HTML file and one ZIM file per language)…')
    await fs.mkdir(downloads, { recursive: true })
    content.offline = await writeOfflineDownloads(content, downloads, (line) => log(`    ${line}`))
    await fs.writeFile(contentFile, JSON.stringify(content))

    log(`3/5 Building ${localeCodes.length} languages with Astro…`)
    // Astro runs in its own process: it needs React in production mode, while
    // the Local API in this process has already loaded it in development mode.
    // Astro empties its output folder, so the downloads wait in the cache until it is done.
    await run(bins.astro(), ['build', '--outDir', staging, '--silent'], { env: { [CONTENT_FILE_ENV]: contentFile } })
    const pages = await countHtml(staging)
    log(`    ${pages} pages`)

    log('4/5 Indexing search with Pagefind…')
    const search = await indexSearch(staging, content)
    log(`    ${search.pages} pages indexed in ${search.languages.length} languages (${search.languages.join(', ')})`)

    log('5/5 Service worker and the lists of files to save for offline use…')
    // Copied, not renamed: the cache and the site may be on different disks.
    await fs.cp(downloads, path.join(staging, 'offline'), { recursive: true })
    await writeOfflineSupport(staging, content)

    await verify(staging)
    // Everything that can fail happens before the swap: after it, `staging` is the site.
    const report: BuildReport = {
      articles: content.articles.length,
      translations,
      pages,
      indexedPages: search.pages,
      searchLanguages: search.languages,
      seconds: (Date.now() - started) / 1000,
      // A site built as of a fixed moment never goes stale by the clock.
      nextChangeAt: clock.pinned ? undefined : nextChangeAt(content, clock.now),
    }
    await swapSite(out, staging)
    return report
  } catch (error) {
    await fs.rm(staging, { recursive: true, force: true })
    throw error
  } finally {
    await fs.rm(contentFile, { force: true })
    await fs.rm(downloads, { recursive: true, force: true })
  }
}
