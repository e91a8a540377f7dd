import fs from 'node:fs/promises'
import path from 'node:path'

import { localeCodes } from '../content-models/locales'
import { changedKeys, contentHashes, isAffected } from './data/dependencies'
import { nextChangeAt } from './data/next-change'
import { bodiesDir, writeSnapshot } from './data/snapshot'
import type { SiteContent } from './data/types'
import { astroBuild, KeptAstro } from './integrations/astro-process'
import {
  type BuildInputs,
  codeHash,
  INPUTS_DIR,
  inputsFile,
  linkTree,
  moveOrCopyTree,
  moveTree,
  readInputs,
  removeFiles,
  writeInputs,
} from './integrations/incremental'
import { offlineChanged, offlineFingerprints, type OfflineRecord } from './integrations/offline-reuse'
import { PAGE_INPUTS_ENV, type PageInputsRun, RENDER_ONLY_ENV, type RenderOnly } from './integrations/page-inputs'
import { indexSearch, type SearchIndexReport } from './integrations/pagefind-index'
import { MEMORY_ENV, memoryLimit } from './integrations/search-jobs'
import type { SearchBehind } from './integrations/search-delta'
import { RECORDS_DIR, recordsDir, reindexLanguages, searchLanguagesToIndex } from './integrations/search-update'
import type { RecordHashes } from './search/record-hashes'
import { offlinePlan, planOf, writeOfflineDownloads } from './offline/downloads'
import type { KnownFiles } from './offline/file-list'
import { writeOfflineSupport } from './offline/support'
import { releaseFreedMemory } from './utils/free-memory'

/**
 * The folders of the build cache that keep one entry per build, named after
 * the build's folder (its inputs, its search records): a caller's clean-up
 * removes an entry with its build (scripts/site/swap-site.ts).
 */
export const PER_BUILD_CACHE = [INPUTS_DIR, RECORDS_DIR]

/** Astro's process kept between the builds of a process that builds again ({@link StaticSiteOptions.astro}). */
export { KeptAstro }

export interface StaticSiteOptions {
  /** The published content, as exported. */
  content: SiteContent
  /** The empty folder to build the site into. */
  outDir: string
  /** Where the build keeps its work files (the snapshot file, the offline downloads) until it ends. */
  cacheDir: string
  /**
   * The build the site shows now (a folder `outDir` may share files with):
   * when its inputs (ADR 0007) were recorded by the same code, only what
   * changed is rendered and indexed again, into a hard-linked copy of it.
   */
  previous?: string
  /**
   * Keep the offline files of `previous` (and the sizes its pages name) even
   * when the content changed them: they take far longer than the pages, so a
   * publish goes live without them and a later build brings them up to date
   * (the report says `offlineDeferred`). Without `previous`, the site goes
   * live with none, its Offline pages saying they are not ready yet.
   */
  deferOffline?: boolean
  /**
   * Index only the articles changed since each language was last indexed
   * whole, into a small index of their own beside the site online's
   * (site/search/delta.ts): indexing a language whole takes Pagefind about
   * 5 s at 1,000 articles. The report says `searchDeferred`; a later build
   * indexes those languages whole. Only an incremental build can.
   */
  deferSearch?: boolean
  /**
   * `outDir` already holds hard links of `previous`'s files, and this build's
   * search records folder those of `previous`'s ({@link linkAhead}, made at
   * the end of the build before), so an incremental build makes none. A full
   * build empties it first.
   */
  prelinked?: boolean
  /**
   * Astro's process kept by the caller between its builds (astro-process.ts):
   * an incremental build renders in it, once it has built, without starting
   * Astro again. A full build ends it (Astro builds everything in a process
   * of its own, and the kept one's memory is given back first), and so does
   * any build given a memory limit (search-jobs.ts `MEMORY_ENV`).
   */
  astro?: KeptAstro
  log?: (line: string) => void
}

/**
 * Makes the folder of a build that will start from `previous` ahead of it:
 * `outDir` as hard links of every file of `previous`, and its search records
 * folder of `previous`'s ({@link StaticSiteOptions.prelinked}). At 7,000
 * article pages that is 55,000 files, which a publish otherwise links while
 * Astro and Pagefind need the machine's two cores.
 */
export async function linkAhead(previous: string, outDir: string, cacheDir: string): Promise<void> {
  const records = recordsDir(cacheDir, previous)
  const hasRecords = await fs.stat(records).then(
    () => true,
    () => false,
  )
  await Promise.all([
    linkTree(previous, outDir),
    hasRecords ? linkTree(records, recordsDir(cacheDir, outDir)) : undefined,
  ])
}

/** Said of a search index made one language at a time, after the pages (search-jobs.ts). */
const afterPagesNote = `, one language at a time after the pages: the memory the build may use holds one Pagefind run (${MEMORY_ENV} sets it)`

export interface StaticSiteReport {
  /** The HTML pages Astro made (rendered now or kept). */
  pages: number
  indexedPages: number
  searchLanguages: string[]
  /** "full", or "incremental" with how many paths were rendered again. */
  mode: string
  /** When the pages go stale by the clock alone (a law takes effect, an event ends…), seen from the snapshot's `generatedAt`. */
  nextChangeAt?: Date
  /**
   * Seconds each step took itself: offline, astro, pagefind (the three run side
   * by side, so they overlap), then sw (the downloads' sizes, the service
   * worker, the offline lists, the check and the record).
   */
  steps: Record<string, number>
  /** The offline files are `previous`'s, possibly older than the pages (`deferOffline`): build again to update them. */
  offlineDeferred?: boolean
  /** Some languages' changes are in the index of changes (`deferSearch`): build again to index them whole. */
  searchDeferred?: boolean
  /**
   * Writes the record of what this build was made from (ADR 0007), which a
   * build after it starts from: the caller calls it once the site is live
   * (at 7,000 article pages a 21 MB file, 0.17 s a publish need not wait
   * for). Without it, the next build of `outDir` is a full one.
   */
  record: () => Promise<void>
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
 * Builds the static site from the published content into `outDir`: the
 * offline downloads, every language's pages with Astro and the Pagefind
 * index, side by side (two cores do them in the time of the longest), then
 * the service worker and the lists of files to save offline, and checks
 * the result. Its progress lines are steps 2/5 to 5/5: step 1, reading the
 * content, is the caller's. Throws if anything fails, leaving `outDir` for the
 * caller to discard; its own work files in `cacheDir` are removed either way.
 */
export async function buildStaticSite({
  content,
  outDir,
  cacheDir,
  previous,
  deferOffline = false,
  deferSearch = false,
  prelinked = false,
  astro,
  log = console.log,
}: StaticSiteOptions): Promise<StaticSiteReport> {
  // Named after this process, as a caller's clean-up of killed builds expects (scripts/site/swap-site.ts).
  const contentFile = path.join(cacheDir, `site-content-${process.pid}.json`)
  const downloads = path.join(cacheDir, `offline-${process.pid}`)
  const runFile = path.join(cacheDir, `site-inputs-${process.pid}.json`)
  const onlyFile = path.join(cacheDir, `site-render-${process.pid}.json`)
  const partial = path.join(cacheDir, `site-partial-${process.pid}`)
  const searchDir = path.join(cacheDir, `site-search-${process.pid}`)
  const searchWork = path.join(cacheDir, `site-search-records-${process.pid}`)
  // Kept with the build, for the next one to start from (search-update.ts).
  const records = recordsDir(cacheDir, outDir)
  const steps: Record<string, number> = {}
  /** Runs a step, noting how long it took itself (steps 2 to 4 run side by side). */
  const timed = async <T>(name: string, job: () => Promise<T>): Promise<T> => {
    const started = Date.now()
    const result = await job()
    steps[name] = (Date.now() - started) / 1000
    return result
  }
  /** The jobs running beside each other: all settled before the work files go, whatever failed. */
  const jobs: Promise<unknown>[] = []
  /**
   * Runs `work` beside the others. Its failure is thrown where it is awaited;
   * until then it is marked as handled, or one job failing while this build
   * awaits another would end the whole process (an unhandled rejection).
   */
  const beside = <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const job = timed(name, work)
    job.catch(() => {})
    jobs.push(job)
    return job
  }
  try {
    // A wrong setting stops the build before it renders anything, not once the pages are made.
    // Given a memory limit, no Astro is kept between builds: the limit counts this process and a build's own runs,
    // not a process left running beside them (search-jobs.ts), and who sets one has memory to spare for neither.
    const keptAstro = memoryLimit() === undefined ? astro : undefined
    if (astro && !keptAstro) await astro.close()
    const code = await codeHash()
    const before = previous ? await readInputs(cacheDir, previous) : undefined
    const incremental = before?.code === code ? before : undefined
    if (prelinked && !incremental) {
      // Made ahead for an incremental build that cannot be one: everything is built anew.
      for (const name of await fs.readdir(outDir))
        await fs.rm(path.join(outDir, name), { recursive: true, force: true })
      await fs.rm(records, { recursive: true, force: true })
    }
    if (previous) {
      log(
        incremental
          ? '    Incremental build: the site online was built by this code'
          : `    Full build: ${before ? 'the code changed since the site online was built' : 'the site online has no record of its inputs'}`,
      )
    }

    // The offline files are written beside the pages (and the search index), from the same snapshot:
    // the pages name which files there are, and step 5/5 fills in their sizes.
    // An incremental build keeps the site online's files when no language's would change, or when asked to defer them;
    // a full build asked to defer them has none yet (its Offline pages say they are not ready).
    const deferred = deferOffline && (!incremental || Boolean(incremental.offline))
    const fingerprints = incremental && !deferred ? await offlineFingerprints(content) : undefined
    const offlineStale =
      fingerprints && incremental?.offline && offlineChanged(incremental.offline.fingerprints, fingerprints)
    const kept: OfflineRecord | undefined = deferred
      ? (incremental?.offline ?? { fingerprints: {}, sizes: {} })
      : offlineStale?.length === 0
        ? incremental!.offline
        : undefined
    const keepOffline = kept !== undefined
    const snapshot: SiteContent = { ...content, offline: kept ? planOf(kept.sizes) : await offlinePlan(content) }
    // An incremental build's Astro renders a few hundred pages: it reads their bodies from files of their own.
    // A full build's renders every page and reads them faster from the one file (at 7,000 article pages, a first
    // full build took 45 s until live, 55–58 s with 12,800 body files read beside the search index).
    await writeSnapshot(contentFile, snapshot, incremental ? bodiesDir(cacheDir) : undefined)
    const hashes = contentHashes(snapshot)
    // A full build follows an export of everything: what that left behind is given back before Astro and
    // Pagefind start beside this process (at 21,000 article pages this process went from 2.3 to 1.2 GB).
    if (!incremental) releaseFreedMemory()

    // Three jobs at once, each mostly on one core: the offline files, Astro's pages (its own process) and the search index.
    let offline: Promise<OfflineRecord['sizes']>
    if (keepOffline) {
      log(
        !deferred
          ? '2/5 Offline files: the same in every language, kept from the site online'
          : incremental
            ? '2/5 Offline files: kept from the site online for now (a later build brings them up to date)'
            : '2/5 Offline files: none yet (a later build writes them)',
      )
      offline = Promise.resolve(kept.sizes)
    } else {
      // Only the languages whose files changed: the others' stay the site online's (hard links), with their sizes.
      log(
        `2/5 Writing the offline files (one HTML file and one ZIM file per language) beside the pages${offlineStale ? `: changed in ${offlineStale.join(', ')}` : ''}…`,
      )
      await fs.mkdir(downloads, { recursive: true })
      offline = beside('offline', async () => {
        const written = await writeOfflineDownloads(content, downloads, (line) => log(`    offline: ${line}`), {
          only: offlineStale || undefined,
        })
        if (!offlineStale) return written
        const before = incremental!.offline!.sizes
        // In the languages' order, as a build that writes them all gives them.
        const sizes: OfflineRecord['sizes'] = {}
        for (const l of localeCodes) {
          const files = offlineStale.includes(l) ? written[l] : before[l]
          if (files) sizes[l] = files
        }
        return sizes
      })
    }

    let changed: Set<string> | undefined
    /** The hashes of the search records the index is made of now (RecordHashes). */
    let recordHashes: RecordHashes = {}
    let search: Promise<SearchIndexReport & { behind?: SearchBehind }>
    let pagesBuilt: Promise<{ run: PageInputsRun; mode: string }>
    if (incremental && previous) {
      changed = changedKeys(incremental.hashes, hashes)
      const render = new Set(
        Object.entries(incremental.pages)
          .filter(([, keys]) => isAffected(keys, changed!))
          .map(([pathname]) => pathname),
      )
      // The pages that show a language's saved size, filled in after the pages (step 5/5), whose files it changes.
      for (const l of localeCodes) for (const p of [`/${l}/`, `/${l}/offline/`]) render.add(p)
      const only: RenderOnly = {
        known: incremental.paths.map((p) => p.pathname),
        render: [...render],
        // When the pages stay the same, so do the sitemap's files (page-inputs.ts).
        pages: incremental.paths.filter((p) => p.page).map((p) => p.pathname),
      }
      await fs.writeFile(onlyFile, JSON.stringify(only))
      log(`3/5 Rendering what ${changed.size} changed snapshot keys affect with Astro…`)
      await fs.rm(partial, { recursive: true, force: true })
      pagesBuilt = beside('astro', async () => {
        const how = keptAstro
          ? await keptAstro.build(partial, contentFile, cacheDir, { runFile, onlyFile }, code, log)
          : await astroBuild(partial, contentFile, cacheDir, {
              [PAGE_INPUTS_ENV]: runFile,
              [RENDER_ONLY_ENV]: onlyFile,
            })
        const run = JSON.parse(await fs.readFile(runFile, 'utf8')) as PageInputsRun
        const where = how === 'again' ? ' by the Astro kept since the last build' : ''
        return {
          run,
          mode: `incremental, ${Object.keys(run.rendered).length} of ${run.paths.length} paths rendered${where}`,
        }
      })
      // The site online, as hard links (no copying), made while Astro starts: Astro renders apart, and
      // the search index is updated in it once it is made.
      const linked = prelinked ? Promise.resolve() : beside('link', () => linkTree(previous, outDir))
      log('4/5 Indexing search with Pagefind, beside the pages…')
      search = beside('pagefind', async () => {
        // The records of the articles the changed keys name, made again and compared with the site online's.
        const plan = searchLanguagesToIndex(changed!, snapshot, incremental.search)
        recordHashes = plan.hashes
        return reindexLanguages(outDir, snapshot, plan, {
          records,
          previousRecords: recordsDir(cacheDir, previous),
          prelinked,
          work: searchWork,
          log: (line) => log(`    ${line}`),
          ready: linked,
          behind: incremental.searchBehind,
          defer: deferSearch && incremental.search ? { previous: incremental.search } : undefined,
        })
      })
      const { run } = await pagesBuilt
      await linked
      // The rendered files moved over the site online's, the vanished removed.
      const now = new Set(run.paths.map((p) => p.file))
      await removeFiles(
        outDir,
        incremental.paths.map((p) => p.file).filter((f) => !now.has(f)),
      )
      await moveTree(partial, outDir)
    } else {
      log(`3/5 Building ${localeCodes.length} languages with Astro…`)
      await keptAstro?.close()
      // Astro empties its output folder: the search index and the downloads wait in the cache until it is done.
      pagesBuilt = beside('astro', async () => {
        await astroBuild(outDir, contentFile, cacheDir, { [PAGE_INPUTS_ENV]: runFile })
        return { run: JSON.parse(await fs.readFile(runFile, 'utf8')) as PageInputsRun, mode: 'full' }
      })
      log('4/5 Indexing search with Pagefind, beside the pages…')
      search = beside('pagefind', () => indexSearch(searchDir, snapshot, records, searchWork, recordHashes, pagesBuilt))
      await pagesBuilt
      await search
      // Renamed, or copied when the cache and the site are on different disks.
      await moveOrCopyTree(path.join(searchDir, 'pagefind'), path.join(outDir, 'pagefind'))
    }
    const { run, mode } = await pagesBuilt
    // Counted from Astro's paths, not by listing the folder (55,000 files at 7,000 article pages): the same in
    // a full and an incremental build, where the offline pack's HTML files of the site online are already there.
    const pages = run.paths.filter((p) => p.file.endsWith('.html')).length
    log(`    ${pages} pages (${mode})`)
    const searched = await search
    log(
      `    ${searched.pages} pages indexed in ${searched.languages.length} languages (${searched.languages.join(', ')})${searched.afterPages ? afterPagesNote : ''}${searched.behind ? `; the changes in ${searched.behind.languages.join(', ')} in an index of their own until the next build` : ''}`,
    )
    const offlineSizes = await offline

    log('5/5 Service worker and the lists of files to save for offline use…')
    // Written anew, never into a file the site online shares (hard links): remove what step 5 writes first.
    await removeFiles(outDir, [
      'sw.js',
      ...localeCodes.flatMap((l) => [
        `offline/${l}.files.json`,
        ...(keepOffline || (offlineStale && !offlineStale.includes(l))
          ? []
          : [`offline/${l}.html`, `offline/${l}.zim`]),
      ]),
    ])
    // Renamed, or copied when the cache and the site are on different disks.
    if (!keepOffline) await moveOrCopyTree(downloads, path.join(outDir, 'offline'))
    const swStarted = Date.now()
    // Files hard-linked from the site online keep their inodes: their hashes are not read again.
    const files: KnownFiles = {}
    await writeOfflineSupport(outDir, snapshot, { known: incremental?.files, seen: files })

    await verify(outDir)
    const rendered = run.rendered
    const inputs: BuildInputs = {
      code,
      hashes,
      // Kept files keep their record. A full build records no fingerprints (one more pass over every
      // language's files): the next incremental build that writes offline files writes them all.
      offline: kept ?? { fingerprints: fingerprints ?? {}, sizes: offlineSizes },
      // Without the site online's hashes an incremental build knows only those of what it indexed: none kept.
      search: !incremental || incremental.search ? recordHashes : undefined,
      searchBehind: searched.behind,
      files,
      paths: run.paths,
      pages: Object.fromEntries(
        run.paths.map((p) => [p.pathname, rendered[p.pathname] ?? incremental?.pages[p.pathname] ?? ['*']]),
      ),
    }
    steps.sw = (Date.now() - swStarted) / 1000
    log(
      `    steps: ${Object.entries(steps)
        .map(([name, seconds]) => `${name} ${seconds.toFixed(2)} s`)
        .join(', ')}`,
    )
    return {
      record: () => writeInputs(inputsFile(cacheDir, outDir), inputs),
      steps,
      offlineDeferred: deferred,
      searchDeferred: searched.behind !== undefined,
      pages,
      indexedPages: searched.pages,
      searchLanguages: searched.languages,
      mode,
      nextChangeAt: nextChangeAt(snapshot, new Date(snapshot.generatedAt)),
    }
  } finally {
    await Promise.allSettled(jobs)
    await fs.rm(contentFile, { force: true })
    await fs.rm(searchDir, { recursive: true, force: true })
    await fs.rm(searchWork, { recursive: true, force: true })
    await fs.rm(downloads, { recursive: true, force: true })
    await fs.rm(runFile, { force: true })
    await fs.rm(onlyFile, { force: true })
    await fs.rm(partial, { recursive: true, force: true })
  }
}
