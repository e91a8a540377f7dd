import type { Payload } from 'payload'

import { publicCollections } from '../../content-models'
import { type BuildReport, buildSite } from './build-site'

export interface PublisherOptions {
  /** How often to look for due scheduled publishing and changed content. */
  intervalMs?: number
  log?: (line: string) => void
}

export interface Publisher {
  /** Resolves after the current tick, if any, has finished. */
  stop(): Promise<void>
}

/** A cheap fingerprint of everything public: the newest change and the number of documents per collection. */
async function contentStamp(payload: Payload): Promise<string> {
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
  return parts.join('|')
}

/**
 * Keeps the static site in step with the CMS, so editors never run a build:
 * every `intervalMs` it runs due jobs (scheduled publish and unpublish, queued
 * by the admin's "Schedule publish"), and rebuilds `outDir` when published
 * content changed or the clock made the pages stale (nextChangeAt). A failed
 * build is reported and leaves the previous site in place; the next tick tries again.
 */
export function startPublisher(
  payload: Payload,
  outDir: string,
  first: BuildReport | undefined,
  options: PublisherOptions = {},
): Publisher {
  const { intervalMs = 15_000, log = console.log } = options
  let stamp: string | undefined
  let staleAt = first?.nextChangeAt
  let running: Promise<void> | undefined
  let stopped = false
  const ready = contentStamp(payload).then((s) => {
    // The first build was made from this content, unless there was none.
    if (first) stamp = s
  })

  const tick = async () => {
    await ready
    const jobs = await payload.jobs.run({ allQueues: true, limit: 100 })
    const ran = Object.keys(jobs.jobStatus ?? {}).length
    if (ran > 0) log(`Publisher: ran ${ran} scheduled job${ran === 1 ? '' : 's'}`)
    // A publish during a build is queued, never lost nor built in parallel: the
    // stamp is read before the export, so a change after it differs from the
    // stamp the build records, and the loop builds once more right away.
    for (;;) {
      const now = await contentStamp(payload)
      const clock = staleAt !== undefined && Date.now() >= staleAt.getTime()
      if ((now === stamp && !clock) || stopped) return
      const why = now !== stamp ? 'published content changed' : 'a date on the site passed'
      log(`Publisher: rebuilding the site (${why})…`)
      const report = await buildSite(payload, outDir, () => {})
      stamp = now
      staleAt = report.nextChangeAt
      log(`Publisher: rebuilt ${report.pages} pages in ${report.seconds.toFixed(1)} s (${report.mode})`)
    }
  }

  const timer = setInterval(() => {
    if (running || stopped) return
    running = tick()
      .catch((error: unknown) =>
        log(`Publisher: ${error instanceof Error ? error.message : String(error)}; the previous site stays online`),
      )
      .finally(() => {
        running = undefined
      })
  }, intervalMs)

  return {
    async stop() {
      stopped = true
      clearInterval(timer)
      await running
    },
  }
}
