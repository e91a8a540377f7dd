import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import type { AstroPrerenderer } from 'astro'

/*
 * What Astro's process kept between builds (page-inputs.ts, in it) and the
 * process that keeps it (astro-process.ts `KeptAstro`) share: how it is
 * asked to stay, what they say to each other, and the code of Astro's that
 * it renders again with.
 */

/** The environment variable that keeps `astro build` running once it has built, to render again when asked. */
export const STAY_ENV = 'PORTAL_ASTRO_STAYS'

/** What the process that keeps Astro sends it: render again, into the same folder, from the snapshot now in the same file. */
export interface RenderAgain {
  type: 'render'
  /** Where to write this run's `PageInputsRun` (page-inputs.ts). */
  runFile: string
  /** This run's `RenderOnly` file (page-inputs.ts). */
  onlyFile: string
}

/** What a kept Astro answers, once it has built (the first time) or rendered again. */
export type AstroAnswer = { type: 'built' } | { type: 'failed'; message: string }

/** Astro's own code that `astro build` renders a path with, and where its bundle of the pages is (not among its public exports). */
export interface AstroBuildCode {
  renderPath: (args: {
    prerenderer: AstroPrerenderer
    pathname: string
    route: unknown
    options: unknown
    logger: unknown
    collectMetadata: boolean
  }) => Promise<{ body: string | Uint8Array; outFile: URL; outFolder: URL } | null>
  getPrerenderOutputDirectory: (settings: unknown) => URL
}

/** The folder of the installed Astro package. */
export const astroDir = () => path.dirname(createRequire(import.meta.url).resolve('astro/package.json'))

/** How a module imports another by its URL. */
export type Importer = (url: string) => Promise<Record<string, unknown>>

/**
 * `import()` by Node itself. In Astro's process, the integrations are loaded
 * with astro.config.mjs by Vite's module runner, which turns their `import()`
 * calls into calls of its own and closes once the config is loaded: a kept
 * process imports Astro's code and bundle long after.
 */
export const nativeImport = new Function('url', 'return import(url)') as Importer

/**
 * Astro's `renderPath` and `getPrerenderOutputDirectory`, from the files of
 * the installed Astro (7.3), imported with `importer` ({@link nativeImport} in
 * Astro's process): a later Astro may move them, and then this throws and
 * builds start Astro each time, as without a kept process.
 */
export async function astroBuildCode(importer: Importer): Promise<AstroBuildCode> {
  const dist = path.join(astroDir(), 'dist')
  const load = (file: string) => importer(pathToFileURL(path.join(dist, file)).href)
  const [generate, prerender] = await Promise.all([load('core/build/generate.js'), load('prerender/utils.js')])
  const code = { renderPath: generate.renderPath, getPrerenderOutputDirectory: prerender.getPrerenderOutputDirectory }
  if (typeof code.renderPath !== 'function' || typeof code.getPrerenderOutputDirectory !== 'function')
    throw new Error(
      `This version of Astro has no renderPath or getPrerenderOutputDirectory in ${dist}, which a kept Astro renders with: builds start Astro each time`,
    )
  return code as AstroBuildCode
}
