import fs from 'node:fs'
import path from 'node:path'

import { recorder, trackedContent } from './dependencies'
import type { SiteContent } from './types'

/*
 * The snapshot on disk: the one file the site's build writes (site/build.ts)
 * and every page reads, in the Astro process that renders them. Writer and
 * reader sit side by side so the file's format is decided in one place.
 */

/** The environment variable naming the snapshot file Astro reads. */
export const CONTENT_FILE_ENV = 'PORTAL_CONTENT_FILE'
/** Read when CONTENT_FILE_ENV is not set, as in an Astro command run by hand. */
export const DEFAULT_CONTENT_FILE = '.cache/site-content.json'

/** Writes `content` to `file` for the pages to read with {@link siteContent}. */
export async function writeSnapshot(file: string, content: SiteContent): Promise<void> {
  await fs.promises.writeFile(file, JSON.stringify(content))
}

let cached: SiteContent | undefined

/**
 * The published content snapshot this build renders. While a build records
 * what each page reads (site/integrations/page-inputs.ts), it comes behind
 * read-recording Proxies (dependencies.ts), which return the same values.
 */
export function siteContent(): SiteContent {
  if (!cached) {
    const file = path.resolve(process.cwd(), process.env[CONTENT_FILE_ENV] ?? DEFAULT_CONTENT_FILE)
    if (!fs.existsSync(file)) {
      throw new Error(`No content snapshot at ${file}: build the site with "npm run build", which exports it first.`)
    }
    const content = JSON.parse(fs.readFileSync(file, 'utf8')) as SiteContent
    cached = recorder() ? trackedContent(content) : content
  }
  return cached
}
