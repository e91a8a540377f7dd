import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { buildStaticSite, KeptAstro, linkAhead } from '../../site/build'
import { bodiesDir } from '../../site/data/snapshot'
import { compressSite } from './compress'
import { exportContent } from './export-content'
import { ExportMemory } from './export/memory'
import { AS_OF_ENV, siteClock } from './site-clock'
import { liveBuild, newBuildDir, setAsideLeftovers, swapSite } from './swap-site'

export interface BuildReport {
  articles: number
  translations: number
  pages: number
  indexedPages: number
  searchLanguages: string[]
  /** "full", or "incremental" with how many paths it rendered (ADR 0007). */
  mode: string
  /** Seconds from the start until the new site was live (swapped in). */
  seconds: number
  /** Seconds until the build ended: the compressed copies are written after the site goes live. */
  totalSeconds: number
  /** Why some compressed copies are missing, when writing them failed after the site went live. */
  compressError?: string
  /** When the pages built now go stale by the clock alone (a law takes effect, an event ends…); never when built as of a fixed moment. */
  nextChangeAt?: Date
  /** Seconds each step took: export, then the site's own (offline, astro, pagefind, sw), then swap and, once live, compress; then, after `totalSeconds`, ahead (`prepareNext`). */
  steps: Record<string, number>
  /** The offline files were kept from the site online although the content changed them (`deferOffline`). */
  offlineDeferred?: boolean
  /** Search has the changes in an index of their own, until a build indexes their languages whole (`deferSearch`). */
  searchDeferred?: boolean
}

/**
 * Builds the static site from the published content into `outDir`: export the
 * content through the Local API (export-content.ts), hand the snapshot to the
 * site's own build (site/build.ts: offline files, Astro, Pagefind, service
 * worker), swap the result into place, then write the brotli and gzip copies
 * of its text files into the live site (compress.ts). When the site online recorded
 * its inputs and was built by the same code, the site's build renders and
 * indexes only what changed (ADR 0007); `full` forces everything. Everything happens in a new
 * folder beside `outDir`, so a failed build never replaces a good one;
 * `outDir` is a link to the newest build, replaced atomically (swap-site.ts).
 */
export interface BuildOptions {
  /** Render and index everything, even when the site online could be updated incrementally (ADR 0007). */
  full?: boolean
  /**
   * Keep the site online's offline files (and the sizes its pages name) even
   * when the content changed them, so a publish goes live without waiting for
   * them; the report's `offlineDeferred` then says another build must follow
   * (the publisher runs it at once). A first build (or a full one) goes live
   * with none, its Offline pages saying they are not ready yet.
   */
  deferOffline?: boolean
  /**
   * Index only what changed since each language was last indexed whole, in a
   * small index of their own that search merges (site/search/delta.ts), so a
   * publish does not wait for its language's whole index; the report's
   * `searchDeferred` then says another build must follow. Only incremental
   * builds can: a full build indexes everything.
   */
  deferSearch?: boolean
  /**
   * Once the site is live and compressed, make the folder of the next build
   * of `outDir` in this process ahead: hard links of the new site and of its
   * search records (site/build.ts `linkAhead`), so that a publish need not
   * link 55,000 files (at 7,000 article pages) while Astro and Pagefind need
   * both cores. For a process that builds again (the publisher); the next
   * build uses it only if the site it was made from is still the one online.
   */
  prepareNext?: boolean
  /**
   * Keep Astro's process once it has built, for the next build of this
   * process to render in (site/integrations/astro-process.ts): an
   * incremental build then starts neither Node nor Astro nor Vite's bundles
   * (about 1.5 s of a publish at 7,000 article pages). For a process that
   * builds again (the publisher), which ends it with {@link endKeptAstro}; a
   * full build with it ends it before Astro builds everything.
   */
  keepAstro?: boolean
}

/** The folder made ahead for the next build of a site (`dir`), from the build `base`. */
interface Ahead {
  base: string
  dir: string
}

/** The folder made ahead for the next build of each site (by its resolved output path) in this process. */
const aheadOf = new Map<string, Ahead>()

/**
 * Makes the folder of the next build of `out` from `base`, the build now
 * online (about 1 s at 7,000 article pages). A folder not made, or not used,
 * is this process's leftover, which its next build removes.
 */
async function prepareAhead(out: string, base: string, cacheDir: string, log: (line: string) => void): Promise<void> {
  const dir = await newBuildDir(out)
  try {
    await linkAhead(base, dir, cacheDir)
    aheadOf.set(out, { base, dir })
  } catch (error) {
    log(`    The next build's folder was not made ahead (the build links it itself): ${String(error)}`)
  }
}

/** Astro's process kept between this process's builds (`keepAstro`). */
const keptAstro = new KeptAstro()

/** Ends Astro's process kept for the next build (`keepAstro`), if any: the memory it holds is given back. */
export function endKeptAstro(): Promise<void> {
  return keptAstro.close()
}

/** What each Payload's last export read, for the next build in this process (a full build starts again). */
const exportMemories = new WeakMap<Payload, ExportMemory>()

export async function buildSite(
  payload: Payload,
  outDir: string,
  log: (line: string) => void = console.log,
  {
    full = false,
    deferOffline = false,
    deferSearch = false,
    prepareNext = false,
    keepAstro = false,
  }: BuildOptions = {},
): Promise<BuildReport> {
  const started = Date.now()
  const out = path.resolve(outDir)
  const cacheDir = path.resolve('.cache')
  // The site the last build replaced, and whatever killed builds left, which would otherwise stay forever:
  // out of the way now, deleted once this build is live.
  const online = await liveBuild(out)
  // The folder made ahead for this build, if it was made from the site online (a build of another process may have replaced it).
  const ahead = aheadOf.get(out)
  aheadOf.delete(out)
  const prelinked = ahead !== undefined && !full && ahead.base === online
  // This process's snapshot bodies stay: the next snapshot names most of them again.
  const bodies = bodiesDir(cacheDir)
  const leftovers = await setAsideLeftovers(out, cacheDir, prelinked ? [ahead.dir, bodies] : [bodies])
  const staging = prelinked ? ahead.dir : await newBuildDir(out)

  let live = false
  try {
    const clock = siteClock()
    log(
      `1/5 Reading published content${clock.pinned ? ` (dates on the site as of ${clock.now.toISOString()}, from ${AS_OF_ENV})` : ''}…`,
    )
    const exportStarted = Date.now()
    if (full || !exportMemories.has(payload)) exportMemories.set(payload, new ExportMemory())
    const content = await exportContent(payload, clock.now, exportMemories.get(payload))
    const exportSeconds = (Date.now() - exportStarted) / 1000
    const translations = content.articles.reduce((n, a) => n + Object.keys(a.translations).length, 0)
    log(
      `    ${content.articles.length} articles, ${translations} translations, ${content.events.length} events, ${content.helpCentres.length} help centres, ${content.topics.length} topics${content.alert ? ', site alert on' : ''}`,
    )

    // Steps 2/5 to 5/5 are the site's own: it writes the snapshot and builds from it.
    // Unless asked for a full build, the site online is the base: only what its recorded inputs say changed is built again.
    const previous = full ? undefined : online
    if (full) log('    Full build: asked for')
    if (prelinked) log('    The folder of this build was made ahead, from the site online')
    const site = await buildStaticSite({
      content,
      outDir: staging,
      cacheDir,
      previous,
      deferOffline,
      deferSearch,
      prelinked,
      astro: keepAstro ? keptAstro : undefined,
      log,
    })

    // Everything that can fail happens before the swap: after it, `staging` is the site.
    const report: BuildReport = {
      articles: content.articles.length,
      translations,
      pages: site.pages,
      indexedPages: site.indexedPages,
      searchLanguages: site.searchLanguages,
      mode: site.mode,
      seconds: 0,
      totalSeconds: 0,
      // A site built as of a fixed moment never goes stale by the clock.
      nextChangeAt: clock.pinned ? undefined : site.nextChangeAt,
      steps: { export: exportSeconds, ...site.steps },
      offlineDeferred: site.offlineDeferred,
      searchDeferred: site.searchDeferred,
    }
    const swapStarted = Date.now()
    await swapSite(out, staging)
    report.steps.swap = (Date.now() - swapStarted) / 1000
    report.seconds = (Date.now() - started) / 1000
    live = true
    // What the new site was made from, for the next build to start from; written once it is live.
    await site
      .record()
      .catch((error: unknown) =>
        log(`    The record of this build's inputs was not written (the next build is a full one): ${String(error)}`),
      )

    // The brotli and gzip copies servers send (compress.ts), written into the site once it is live, so
    // readers get the new pages without waiting for them: until a file has its fresh copy, the server
    // sends the file itself (never an older copy). Fresh copies hard-linked from the site online are
    // kept, and a file with the same bytes as online takes its copies. A failure here leaves the site
    // as it is (the next build writes the copies still missing), so it is reported, not thrown.
    log('Compressing the text files (brotli and gzip copies beside them, the site already live)…')
    try {
      const compressed = await compressSite(staging, { previous: online, log })
      report.steps.compress = compressed.seconds
    } catch (error) {
      report.compressError = error instanceof Error ? error.message : String(error)
      log(
        `    Compressed copies not all written (the site is live; the next build writes them): ${report.compressError}`,
      )
    }
    // The site is live: a folder that will not go is for the next build's clean-up, not a failure of this one.
    await leftovers
      .remove()
      .catch((error: unknown) => log(`    Old build folders not all removed yet: ${String(error)}`))
    report.totalSeconds = (Date.now() - started) / 1000
    if (prepareNext) {
      const aheadStarted = Date.now()
      await prepareAhead(out, staging, cacheDir, log)
      report.steps.ahead = (Date.now() - aheadStarted) / 1000
    }
    return report
  } catch (error) {
    if (!live) await fs.rm(staging, { recursive: true, force: true })
    await leftovers.remove().catch(() => undefined)
    throw error
  } finally {
    // Kept only for a build that follows in this process.
    if (!prepareNext) await fs.rm(bodies, { recursive: true, force: true })
  }
}
