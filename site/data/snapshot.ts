import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { recorder, trackedContent } from './dependencies'
import { pool } from '../utils/pool'
import type { SiteContent, SiteTranslation } from './types'

/*
 * The snapshot on disk: the one file the site's build writes (site/build.ts)
 * and every page reads, in the Astro process that renders them. Writer and
 * reader sit side by side so the file's format is decided in one place.
 */

/** The environment variable naming the snapshot file Astro reads. */
export const CONTENT_FILE_ENV = 'PORTAL_CONTENT_FILE'
/** Read when CONTENT_FILE_ENV is not set, as in an Astro command run by hand. */
export const DEFAULT_CONTENT_FILE = '.cache/site-content.json'

/** The snapshot's field naming the folder of its article bodies (gone once read). */
const BODIES_FIELD = '$bodies'
/** An article translation's field naming its body file in that folder (gone once read). */
const BODY_FIELD = '$body'

/**
 * The folder where this process keeps the article bodies of the snapshots it
 * writes, one file per distinct body, for as long as it builds: a snapshot
 * names them, so a build after a publish writes one body anew, not all of them.
 */
export const bodiesDir = (cacheDir: string) => path.join(cacheDir, `site-bodies-${process.pid}`)

/** Body file names by translation: a build after a publish hashes only the bodies it read anew. */
const bodyNames = new WeakMap<SiteTranslation, string>()

function bodyName(t: SiteTranslation): string {
  let name = bodyNames.get(t)
  if (!name) {
    const html = t.html ?? ''
    // The length first, so that no other pair of texts hashes the same bytes.
    name = `${createHash('sha256')
      .update(`${html.length}:`)
      .update(html)
      .update(t.text ?? '')
      .digest('base64url')}.json`
    bodyNames.set(t, name)
  }
  return name
}

/**
 * Writes `content` to `file` for the pages to read with {@link siteContent}.
 * With `bodies` (a folder of this process's own, {@link bodiesDir}), the
 * article translations' bodies (their HTML and plain text, nearly all of
 * the content: 100 MB of 104 at 7,000 article pages) go to files of their own
 * there, each written once, and the snapshot names them; the files no longer
 * named are removed. Astro then reads only the bodies of the pages it renders.
 */
export async function writeSnapshot(file: string, content: SiteContent, bodies?: string): Promise<void> {
  if (!bodies) {
    await fs.promises.writeFile(file, JSON.stringify(content))
    return
  }
  await fs.promises.mkdir(bodies, { recursive: true })
  const present = new Set(await fs.promises.readdir(bodies))
  const named = new Set<string>()
  const toWrite: [string, SiteTranslation][] = []
  const articles = content.articles.map((article) => {
    const translations: Record<string, unknown> = {}
    for (const [locale, t] of Object.entries(article.translations)) {
      if (!t) continue
      const name = bodyName(t)
      named.add(name)
      if (!present.has(name)) {
        present.add(name)
        toWrite.push([name, t])
      }
      // The fields keep their places, so the pages see them in the same order.
      translations[locale] = { ...t, html: null, text: null, [BODY_FIELD]: name }
    }
    return { ...article, translations }
  })
  await pool(toWrite, 16, async ([name, t]) => {
    const target = path.join(bodies, name)
    await fs.promises.writeFile(`${target}.tmp`, JSON.stringify({ html: t.html, text: t.text }))
    await fs.promises.rename(`${target}.tmp`, target)
  })
  await fs.promises.writeFile(file, JSON.stringify({ ...content, articles, [BODIES_FIELD]: bodies }))
  for (const name of present) if (!named.has(name)) await fs.promises.rm(path.join(bodies, name), { force: true })
}

/** The last body read, for the second read of the same page (the body and its variant opener). */
let lastBody: { file: string; body: Pick<SiteTranslation, 'html' | 'text'> } | undefined

function readBody(file: string): Pick<SiteTranslation, 'html' | 'text'> {
  if (lastBody?.file !== file) {
    let text: string
    try {
      text = fs.readFileSync(file, 'utf8')
    } catch (error) {
      throw new Error(
        `The snapshot names the article body ${file}, which cannot be read (${(error as Error).message}): the build that wrote the snapshot keeps its bodies until it ends; build again.`,
      )
    }
    lastBody = { file, body: JSON.parse(text) as Pick<SiteTranslation, 'html' | 'text'> }
  }
  return lastBody.body
}

/** Gives the translations of a snapshot written with a bodies folder their `html` and `text` again, read when asked for. */
function attachBodies(content: SiteContent & { [BODIES_FIELD]?: string }): SiteContent {
  const bodies = content[BODIES_FIELD]
  if (bodies === undefined) return content
  delete content[BODIES_FIELD]
  for (const article of content.articles) {
    for (const t of Object.values(article.translations) as (SiteTranslation & { [BODY_FIELD]?: string })[]) {
      const file = path.join(bodies, t[BODY_FIELD]!)
      delete t[BODY_FIELD]
      for (const field of ['html', 'text'] as const)
        Object.defineProperty(t, field, { get: () => readBody(file)[field], enumerable: true, configurable: true })
    }
  }
  return content
}

/**
 * Where the snapshot read is kept: on the process, not in this module, which
 * Astro's bundle of the pages and the integrations that drive it each load a
 * copy of ({@link forgetSiteContent}).
 */
const CACHED = Symbol.for('portal.site-content')
const kept = globalThis as { [CACHED]?: SiteContent }

/**
 * Makes the next {@link siteContent} read the snapshot file again: Astro's
 * process kept between builds (site/integrations/astro-process.ts) renders
 * each build's snapshot, written to the same file.
 */
export function forgetSiteContent(): void {
  delete kept[CACHED]
}

/**
 * The published content snapshot this build renders. While a build records
 * what each page reads (site/integrations/page-inputs.ts), it comes behind
 * read-recording Proxies (dependencies.ts), which return the same values.
 */
export function siteContent(): SiteContent {
  let cached = kept[CACHED]
  if (!cached) {
    const file = path.resolve(process.cwd(), process.env[CONTENT_FILE_ENV] ?? DEFAULT_CONTENT_FILE)
    if (!fs.existsSync(file)) {
      throw new Error(`No content snapshot at ${file}: build the site with "npm run build", which exports it first.`)
    }
    const content = attachBodies(JSON.parse(fs.readFileSync(file, 'utf8')) as SiteContent)
    cached = kept[CACHED] = recorder() ? trackedContent(content) : content
  }
  return cached
}
