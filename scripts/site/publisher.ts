import type { Payload } from 'payload'

import { publicCollections } from '../../content-models'
import { type BuildReport, buildSite, endKeptAstro } from './build-site'

export interface PublisherOptions {
  /** How often to run due scheduled publishing and unpublishing (the job queue). */
  intervalMs?: number
  /**
   * How often to read the public content's stamp, so a publish starts a build
   * within about this long: a handful of indexed one-row queries (well under
   * a millisecond each at thousands of articles), cheap enough to run every second.
   */
  pollMs?: number
  /**
   * How long search may keep the last changes in an index of their own while
   * publishes keep coming (each publish indexes every change since its
   * language was last indexed whole, so that index grows until a build
   * without a publish waiting indexes them whole): a publish after that,
   * counted from the end of the first build that left search behind, indexes
   * the languages behind whole itself (Pagefind took 4.8 s for Russian at
   * 7,000 article pages on an idle machine). Five minutes unless set.
   */
  searchBehindMs?: number
  log?: (line: string) => void
  /** What builds the site: buildSite, or a stand-in in tests. */
  build?: typeof buildSite
}

export interface Publisher {
  /** Resolves after the current tick, if any, has finished. */
  stop(): Promise<void>
}

/**
 * A cheap fingerprint of everything public: the newest change and the number
 * of documents per collection, and the alert's and the publisher's last change. Indexed reads of
 * one row and a count each, so the publisher can read it every second.
 */
export async function contentStamp(payload: Payload): Promise<string> {
  const parts: string[] = []
  for (const collection of publicCollections) {
    const latest = await payload.find({
      collection,
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
      draft: false,
      select: { updatedAt: true } as never,
    })
    parts.push(
      `${collection}:${latest.totalDocs}:${(latest.docs[0] as { updatedAt?: string } | undefined)?.updatedAt ?? ''}`,
    )
  }
  const alert = await payload.findGlobal({ slug: 'site-alert', depth: 0, select: { updatedAt: true } as never })
  parts.push(`alert:${String((alert as { updatedAt?: string }).updatedAt ?? '')}`)
  const publisher = await payload.findGlobal({ slug: 'publisher', depth: 0, select: { updatedAt: true } as never })
  parts.push(`publisher:${String((publisher as { updatedAt?: string }).updatedAt ?? '')}`)
  return parts.join('|')
}

/**
 * Keeps the static site in step with the CMS, so editors never run a build:
 * every `pollMs` it rebuilds `outDir` when published content changed or the
 * clock made the pages stale (nextChangeAt), and every `intervalMs` it first
 * runs due jobs (scheduled publish and unpublish, queued by the admin's
 * "Schedule publish"). The CMS runs in another process (scripts/start.ts
 * starts Next apart), so the publisher learns of a publish by reading the
 * database, not from a hook. A build for a publish keeps the offline files
 * of the site online and indexes only the changed articles for search, in an
 * index of their own (ADR 0007: both take far longer than the pages), and
 * the next one, right after, brings them up to date; when publishes keep
 * coming for `searchBehindMs`, a publish indexes search whole itself. A failed
 * build is reported and leaves the previous site in place; the next tick
 * tries again.
 */
export function startPublisher(
  payload: Payload,
  outDir: string,
  first: BuildReport | undefined,
  options: PublisherOptions = {},
): Publisher {
  const {
    intervalMs = 15_000,
    pollMs = 1_000,
    searchBehindMs = 300_000,
    log = console.log,
    build = buildSite,
  } = options
  let stamp: string | undefined
  let staleAt = first?.nextChangeAt
  let running: Promise<void> | undefined
  let stopped = false
  let jobsAt = 0
  // The site online's offline files are older than its pages: a publish went live without waiting for them.
  let offlineBehind = false
  // Since when its search has had the last changes in an index of their own: their languages are not yet indexed whole.
  let searchBehindSince: number | undefined
  const ready = contentStamp(payload).then((s) => {
    // The first build was made from this content, unless there was none.
    if (first) stamp = s
  })

  const tick = async () => {
    await ready
    if (Date.now() >= jobsAt) {
      jobsAt = Date.now() + intervalMs
      const jobs = await payload.jobs.run({ allQueues: true, limit: 100 })
      const ran = Object.keys(jobs.jobStatus ?? {}).length
      if (ran > 0) log(`Publisher: ran ${ran} scheduled job${ran === 1 ? '' : 's'}`)
    }
    // A publish during a build is queued, never lost nor built in parallel: the
    // stamp is read before the export, so a change after it differs from the
    // stamp the build records, and the loop builds once more right away.
    for (;;) {
      const now = await contentStamp(payload)
      const clock = staleAt !== undefined && Date.now() >= staleAt.getTime()
      const changed = now !== stamp
      const searchBehind = searchBehindSince !== undefined
      if ((!changed && !clock && !offlineBehind && !searchBehind) || stopped) return
      // Publishes kept coming for too long for the build that indexes search whole to run between them.
      const searchOverdue = searchBehind && Date.now() - searchBehindSince! >= searchBehindMs
      const why = changed
        ? `published content changed${searchOverdue ? `; search indexed whole, its index of changes ${Math.round((Date.now() - searchBehindSince!) / 1000)} s old` : ''}`
        : clock
          ? 'a date on the site passed'
          : offlineBehind
            ? 'the offline files are behind the pages'
            : 'search has the last changes in an index of their own'
      log(`Publisher: rebuilding the site (${why})…`)
      // A publish goes live first; the offline files follow in the next build, once no publish waits.
      // Each build makes the next one's folder ahead and keeps Astro's process: a publish then renders and indexes only.
      const report = await build(payload, outDir, () => {}, {
        deferOffline: changed,
        deferSearch: changed && !searchOverdue,
        prepareNext: true,
        keepAstro: true,
      })
      stamp = now
      staleAt = report.nextChangeAt
      offlineBehind = report.offlineDeferred === true
      if (report.searchDeferred !== true) searchBehindSince = undefined
      else searchBehindSince ??= Date.now()
      log(
        `Publisher: rebuilt ${report.pages} pages, live in ${report.seconds.toFixed(1)} s, compressed by ${report.totalSeconds.toFixed(1)} s (${report.mode}${[offlineBehind ? ', offline files next' : '', searchBehindSince !== undefined ? ', whole search index next' : ''].join('')})${report.compressError ? `; compressed copies not all written: ${report.compressError}` : ''}`,
      )
    }
  }

  const timer = setInterval(
    () => {
      if (running || stopped) return
      running = tick()
        .catch((error: unknown) =>
          log(`Publisher: ${error instanceof Error ? error.message : String(error)}; the previous site stays online`),
        )
        .finally(() => {
          running = undefined
        })
    },
    Math.min(pollMs, intervalMs),
  )

  return {
    async stop() {
      stopped = true
      clearInterval(timer)
      await running
      await endKeptAstro()
    },
  }
}
