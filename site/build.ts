import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'

import { localeCodes } from '../content-models/locales'
import { nextChangeAt } from './data/next-change'
import { CONTENT_FILE_ENV, writeSnapshot } from './data/snapshot'
import type { SiteContent } from './data/types'
import { indexSearch } from './integrations/pagefind-index'
import { writeOfflineDownloads } from './offline/downloads'
import { writeOfflineSupport } from './offline/support'

export interface StaticSiteOptions {
  /** The published content, as exported. */
  content: SiteContent
  /** The empty folder to build the site into. */
  outDir: string
  /** Where the build keeps its work files (the snapshot file, the offline downloads) until it ends. */
  cacheDir: string
  log?: (line: string) => void
}

export interface StaticSiteReport {
  pages: number
  indexedPages: number
  searchLanguages: string[]
  /** When the pages go stale by the clock alone (a law takes effect, an event ends…), seen from the snapshot's `generatedAt`. */
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
 * Runs `astro build` into `outDir` in a child process with this process's
 * Node (the project's pinned one), reading the snapshot in `contentFile`.
 * Astro runs in its own process: it needs React in production mode, while a
 * process that has opened the Local API has already loaded it in development
 * mode. The site keeps this small spawner of its own rather than importing
 * the scripts' runner (scripts/lib/run.ts, made for servers and log files),
 * so that nothing in site/ depends on the code that drives it.
 */
function astroBuild(outDir: string, contentFile: string): Promise<void> {
  const astro = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs')
  const args = ['build', '--outDir', outDir, '--silent']
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astro, ...args], {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, [CONTENT_FILE_ENV]: contentFile },
    })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(astro)} ${args.join(' ')} exited with code ${code}`)),
    )
  })
}

/**
 * Builds the static site from the published content into `outDir`: the
 * offline downloads, every language's pages with Astro, the Pagefind index,
 * then the service worker and the lists of files to save offline, and checks
 * the result. Its progress lines are steps 2/5 to 5/5: step 1, reading the
 * content, is the caller's. Throws if anything fails, leaving `outDir` for the
 * caller to discard; its own work files in `cacheDir` are removed either way.
 */
export async function buildStaticSite({
  content,
  outDir,
  cacheDir,
  log = console.log,
}: StaticSiteOptions): Promise<StaticSiteReport> {
  // Named after this process, as a caller's clean-up of killed builds expects (scripts/site/swap-site.ts).
  const contentFile = path.join(cacheDir, `site-content-${process.pid}.json`)
  const downloads = path.join(cacheDir, `offline-${process.pid}`)
  try {
    // Before the pages, from the same snapshot: the Offline page names their sizes.
    log('2/5 Writing the offline files (one HTML file and one ZIM file per language)…')
    await fs.mkdir(downloads, { recursive: true })
    const snapshot: SiteContent = {
      ...content,
      offline: await writeOfflineDownloads(content, downloads, (line) => log(`    ${line}`)),
    }
    await writeSnapshot(contentFile, snapshot)

    log(`3/5 Building ${localeCodes.length} languages with Astro…`)
    // Astro empties its output folder, so the downloads wait in the cache until it is done.
    await astroBuild(outDir, contentFile)
    const pages = await countHtml(outDir)
    log(`    ${pages} pages`)

    log('4/5 Indexing search with Pagefind…')
    const search = await indexSearch(outDir, snapshot)
    log(`    ${search.pages} pages indexed in ${search.languages.length} languages (${search.languages.join(', ')})`)

    log('5/5 Service worker and the lists of files to save for offline use…')
    // Copied, not renamed: the cache and the site may be on different disks.
    await fs.cp(downloads, path.join(outDir, 'offline'), { recursive: true })
    await writeOfflineSupport(outDir, snapshot)

    await verify(outDir)
    return {
      pages,
      indexedPages: search.pages,
      searchLanguages: search.languages,
      nextChangeAt: nextChangeAt(snapshot, new Date(snapshot.generatedAt)),
    }
  } finally {
    await fs.rm(contentFile, { force: true })
    await fs.rm(downloads, { recursive: true, force: true })
  }
}
