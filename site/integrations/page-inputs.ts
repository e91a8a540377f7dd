import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import type { AstroIntegration, AstroPrerenderer } from 'astro'

import { openPage, recorder, startRecording } from '../data/dependencies'
import { forgetSiteContent } from '../data/snapshot'
import { listFiles } from '../utils/list-files'
import {
  type AstroAnswer,
  type AstroBuildCode,
  astroBuildCode,
  nativeImport,
  type RenderAgain,
  STAY_ENV,
} from './kept-astro'

/*
 * The Astro side of incremental builds (ADR 0007). With PAGE_INPUTS_ENV set,
 * `astro build`:
 * - records which snapshot keys each output file reads (site/data/dependencies.ts),
 *   attributing reads to the path being rendered: Astro renders one path at a
 *   time (build.concurrency 1) and asks every route's getStaticPaths before
 *   the first, so those reads belong to no page;
 * - writes, to the file the variable names, every path the content has (as
 *   getStaticPaths gave them, whether rendered or not), the paths it rendered
 *   and their keys;
 * - with RENDER_ONLY_ENV naming a file `{ known, render }`, renders only the
 *   paths in `render` and those not in `known` (new ones), and gives the
 *   sitemap every path of the content, so its files equal a full build's;
 *   when the pages are those of `pages`, in the same order, the sitemap is
 *   not written: the build being updated has the same files;
 * - with STAY_ENV set and a channel to the process that started it
 *   (astro-process.ts `KeptAstro`), stays once built, and renders again
 *   when asked ({@link RenderAgain}): the snapshot file read anew, every
 *   route's paths asked again, the paths to render rendered by Astro's own
 *   code (`renderPath`, as `astro build` does) into the same folder, and the
 *   page inputs and the sitemap written as above.
 */

/** The environment variable naming where `astro build` writes its {@link PageInputsRun}. */
export const PAGE_INPUTS_ENV = 'PORTAL_PAGE_INPUTS'
/** The environment variable naming a {@link RenderOnly} file: render only these paths. */
export const RENDER_ONLY_ENV = 'PORTAL_RENDER_ONLY'

export interface RenderOnly {
  /** Every path of the build being updated. */
  known: string[]
  /** The paths to render again. */
  render: string[]
  /** The pages (not endpoints) of the build being updated, in Astro's order: when they stay the same, so do its sitemap files. */
  pages?: string[]
}

/** One path of the built site. */
export interface SitePath {
  pathname: string
  /** The route pattern (`/[locale]/articles/[slug]`). */
  route: string
  /** The file Astro writes for it, relative to the output folder. */
  file: string
  /** Whether it is a page (in the sitemap), rather than an endpoint. */
  page: boolean
}

/** What one `astro build` run writes to PAGE_INPUTS_ENV. */
export interface PageInputsRun {
  /** Every path of the content, rendered in this run or not, in Astro's order. */
  paths: SitePath[]
  /** The paths rendered in this run, with the snapshot keys each read. */
  rendered: Record<string, string[]>
}

const STATUS_PAGES = new Set(['/404', '/500'])

/** Where Astro writes a path (core/output-filename.js, for format "directory"), without the leading slash. */
function outputFile(pathname: string, endpoint: boolean): string {
  const name = endpoint
    ? pathname
    : pathname === '/' || pathname === ''
      ? '/index.html'
      : STATUS_PAGES.has(pathname)
        ? `${pathname.replace(/\/$/, '')}.html`
        : `${pathname.replace(/\/$/, '')}/index.html`
  return decodeURI(name).replace(/^\//, '')
}

/** Whether two lists of pages are the same, in the same order. */
const samePages = (a: readonly string[], b: readonly string[] | undefined) =>
  b !== undefined && a.length === b.length && a.every((p, i) => p === b[i])

/** The name Astro gives a page in `astro:build:done` (generate.js addPageName, trailingSlash "always"). */
const pageName = (pathname: string) => pathname.replace(/\/?$/, '/').replace(/^\//, '')

/** The app the default prerenderer loads from Astro's bundle of the pages (astro/dist/core/build/app.js). */
interface BuildApp {
  getOptions(): { logger: unknown; settings: unknown }
  getSettings(): unknown
  routeCache: { clearAll(): void }
}

/**
 * Records page inputs and renders only some paths, as above; `sitemap` is the
 * @astrojs/sitemap integration, called with every page of the content when
 * this run renders only some.
 */
export function pageInputs(sitemap: AstroIntegration): AstroIntegration {
  let target = process.env[PAGE_INPUTS_ENV]
  let onlyFile = process.env[RENDER_ONLY_ENV]
  const stays = Boolean(process.env[STAY_ENV] && process.send)
  let paths: SitePath[] = []
  let only: RenderOnly | undefined
  let known: Set<string> | undefined
  let render: Set<string> | undefined
  let base: (AstroPrerenderer & { app?: BuildApp }) | undefined
  let wrapped: AstroPrerenderer | undefined
  let code: AstroBuildCode | undefined
  const hooks = sitemap.hooks

  const readOnly = async () => {
    only = onlyFile ? (JSON.parse(await fs.readFile(onlyFile, 'utf8')) as RenderOnly) : undefined
    known = only && new Set(only.known)
    render = only && new Set(only.render)
  }

  /** What ends a run: its page inputs written, and the sitemap of every page of the content. */
  const done: NonNullable<AstroIntegration['hooks']['astro:build:done']> = async (options) => {
    if (target) {
      openPage(undefined)
      const rendered: Record<string, string[]> = {}
      for (const [pathname, keys] of recorder()?.pages ?? []) rendered[pathname] = keys
      const run: PageInputsRun = { paths, rendered }
      await fs.writeFile(target, JSON.stringify(run))
    }
    // The sitemap lists the pages Astro rendered: in a partial run, give it all of them.
    if (!onlyFile) return hooks['astro:build:done']?.(options)
    const all = paths.filter((p) => p.page).map((p) => p.pathname)
    // The sitemap is made of the pages alone (at 7,000 article pages, about 0.45 s of every publish): the same pages, the same files.
    if (samePages(all, only?.pages)) return options.logger.info('the same pages: the sitemap files stay')
    await hooks['astro:build:done']?.({
      ...options,
      pages: all.map((pathname) => ({ pathname: pageName(pathname) })),
    })
  }

  /** Renders again what `job` asks, in this process kept since its build (STAY_ENV). */
  const renderAgain = async (job: RenderAgain, doneOptions: Parameters<typeof done>[0]) => {
    if (!base?.app || !wrapped || !code) throw new Error('Astro has not built in this process: nothing to render again')
    target = job.runFile
    onlyFile = job.onlyFile
    await readOnly()
    // The snapshot file holds this build's content; the paths Astro keeps per route were the last one's.
    forgetSiteContent()
    startRecording()
    base.app.routeCache.clearAll()
    const options = base.app.getOptions()
    // As `astro build` renders them (generate.js), a path given twice once (the site has no fallback routes, which it renders last).
    const seen = new Set<string>()
    for (const { pathname, route } of await wrapped.getStaticPaths()) {
      const normalized = pathname.replace(/\/$/, '')
      if (seen.has(normalized)) continue
      seen.add(normalized)
      const result = await code.renderPath({
        prerenderer: wrapped,
        pathname,
        route,
        options,
        logger: options.logger,
        collectMetadata: false,
      })
      if (!result) continue
      await fs.mkdir(result.outFolder, { recursive: true })
      await fs.writeFile(result.outFile, result.body)
    }
    await done(doneOptions)
  }

  /** Answers the process that keeps this one, then renders again for each of its requests, one at a time; ends when it goes. */
  const serve = (doneOptions: Parameters<typeof done>[0]) =>
    new Promise<void>((resolve) => {
      // Not once the process that keeps this one has gone (it would throw).
      const answer = (message: AstroAnswer) => {
        if (process.connected) process.send!(message)
      }
      let queue = Promise.resolve()
      process.on('message', (job: RenderAgain) => {
        if (job?.type !== 'render') return
        queue = queue.then(() =>
          renderAgain(job, doneOptions).then(
            () => answer({ type: 'built' }),
            (error: unknown) => {
              answer({ type: 'failed', message: error instanceof Error ? error.message : String(error) })
              if (process.connected) process.disconnect()
            },
          ),
        )
      })
      process.once('disconnect', () => resolve())
      answer({ type: 'built' })
    })

  return {
    name: 'portal:page-inputs',
    hooks: {
      ...hooks,
      'astro:build:start': async ({ setPrerenderer, logger }) => {
        if (!target) return
        await readOnly()
        if (stays) code = await astroBuildCode(nativeImport)
        startRecording()
        setPrerenderer((inner: AstroPrerenderer): AstroPrerenderer => {
          base = inner
          wrapped = {
            ...inner,
            name: 'portal:page-inputs',
            setup: async () => {
              await inner.setup?.()
              // Astro removes its bundle of the pages once built: a process that stays loads all of it first.
              if (stays && base?.app) {
                const bundle = fileURLToPath(code!.getPrerenderOutputDirectory(base.app.getSettings()))
                for (const file of await listFiles(bundle))
                  if (file.endsWith('.mjs')) await nativeImport(pathToFileURL(path.join(bundle, file)).href)
              }
            },
            teardown: () => Promise.resolve(inner.teardown?.()),
            async getStaticPaths() {
              openPage(undefined)
              const all = await inner.getStaticPaths()
              paths = all.map(({ pathname, route }) => ({
                pathname,
                route: route.route,
                file: outputFile(pathname, route.type === 'endpoint'),
                page: route.type === 'page',
              }))
              if (!known || !render) return all
              const chosen = all.filter(({ pathname }) => render!.has(pathname) || !known!.has(pathname))
              logger.info(`rendering ${chosen.length} of ${all.length} paths`)
              return chosen
            },
            async render(request, options) {
              const pathname = decodeURI(new URL(request.url).pathname)
              const route = options.routeData
              const match = route.pattern.exec(pathname)
              const params = Object.fromEntries(
                route.params.map((name, i) => [name.replace(/^\.\.\./, ''), match?.[i + 1]]),
              )
              openPage(pathname, params)
              return inner.render(request, options)
            },
          }
          // The default prerenderer keeps the loaded app on itself, where Astro looks for it.
          Object.defineProperty(wrapped, 'app', { get: () => (inner as { app?: unknown }).app })
          return wrapped
        })
      },
      'astro:build:done': async (options) => {
        await done(options)
        if (stays && wrapped) await serve(options)
      },
    },
  }
}
