import fs from 'node:fs/promises'

import type { AstroIntegration, AstroPrerenderer } from 'astro'

import { openPage, recorder, startRecording } from '../data/dependencies'

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
 *   not written: the build being updated has the same files.
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

/**
 * Records page inputs and renders only some paths, as above; `sitemap` is the
 * @astrojs/sitemap integration, called with every page of the content when
 * this run renders only some.
 */
export function pageInputs(sitemap: AstroIntegration): AstroIntegration {
  const target = process.env[PAGE_INPUTS_ENV]
  const onlyFile = process.env[RENDER_ONLY_ENV]
  let paths: SitePath[] = []
  let only: RenderOnly | undefined
  const hooks = sitemap.hooks
  return {
    name: 'portal:page-inputs',
    hooks: {
      ...hooks,
      'astro:build:start': async ({ setPrerenderer, logger }) => {
        if (!target) return
        only = onlyFile ? (JSON.parse(await fs.readFile(onlyFile, 'utf8')) as RenderOnly) : undefined
        const known = only && new Set(only.known)
        const render = only && new Set(only.render)
        startRecording()
        setPrerenderer((base: AstroPrerenderer): AstroPrerenderer => {
          const wrapped: AstroPrerenderer = {
            ...base,
            name: 'portal:page-inputs',
            setup: () => Promise.resolve(base.setup?.()),
            teardown: () => Promise.resolve(base.teardown?.()),
            async getStaticPaths() {
              openPage(undefined)
              const all = await base.getStaticPaths()
              paths = all.map(({ pathname, route }) => ({
                pathname,
                route: route.route,
                file: outputFile(pathname, route.type === 'endpoint'),
                page: route.type === 'page',
              }))
              if (!known || !render) return all
              const chosen = all.filter(({ pathname }) => render.has(pathname) || !known.has(pathname))
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
              return base.render(request, options)
            },
          }
          // The default prerenderer keeps the loaded app on itself, where Astro looks for it.
          Object.defineProperty(wrapped, 'app', { get: () => (base as { app?: unknown }).app })
          return wrapped
        })
      },
      'astro:build:done': async (options) => {
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
      },
    },
  }
}
