import fs from 'node:fs/promises'
import path from 'node:path'

import { type Locale, localeCodes } from '../../content-models/locales'
import type { OfflineDownloads, OfflinePlan, SiteContent } from '../data/types'
import { siteUrl } from '../utils/urls'
import { packHtml } from './pack'
import { hasPackContent, packItems } from './pack-model'
import { hasZimwriterfs, packZim, zimFilesOf } from './zim'
import { zimIllustration } from './zim-illustration'

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`

/**
 * How many zimwriterfs run at once. Each already runs several threads and
 * compresses; all seven languages at once on a two-core server only made them
 * wait for each other, with every language's pages in memory.
 */
const ZIM_WRITERS = 2

/**
 * Which files {@link writeOfflineDownloads} writes for each language of
 * `content`, known before it runs: what the Offline pages name while the
 * files are still being written.
 */
export async function offlinePlan(content: SiteContent): Promise<Partial<Record<Locale, OfflinePlan>>> {
  const zim = await hasZimwriterfs()
  const plan: Partial<Record<Locale, OfflinePlan>> = {}
  for (const locale of localeCodes) if (hasPackContent(packItems(content, locale))) plan[locale] = { zim }
  return plan
}

/** The plan files already written follow: which languages have them, and which have a ZIM file. */
export function planOf(sizes: Partial<Record<Locale, OfflineDownloads>>): Partial<Record<Locale, OfflinePlan>> {
  const plan: Partial<Record<Locale, OfflinePlan>> = {}
  for (const [locale, files] of Object.entries(sizes) as [Locale, OfflineDownloads][])
    plan[locale] = { zim: files.zimBytes !== undefined }
  return plan
}

/**
 * Writes each language's offline downloads (the single-file pack and the ZIM
 * file) into `dir` from the snapshot, as {@link offlinePlan} says, and
 * returns their sizes; with `only`, those languages' alone (the others'
 * files and sizes are then the caller's). A language with nothing published
 * gets neither. Without
 * zim-tools installed, the ZIM files are skipped with one line saying so, so
 * the site still builds on a machine that lacks them.
 */
export async function writeOfflineDownloads(
  content: SiteContent,
  dir: string,
  log: (line: string) => void = console.log,
  { only }: { only?: Locale[] } = {},
): Promise<Partial<Record<Locale, OfflineDownloads>>> {
  // Chosen once per language, for its pack and its ZIM file alike.
  const languages = (only ?? localeCodes).map((locale) => packItems(content, locale)).filter(hasPackContent)
  const zim = await hasZimwriterfs()
  if (!zim) log('ZIM files skipped: zimwriterfs is not installed (apt-get install zim-tools)')
  const illustration = zim ? await zimIllustration() : undefined

  const sizes: [Locale, { packBytes: number; zimBytes?: Promise<number> }][] = []
  const zims: Promise<number>[] = []
  const running = new Set<Promise<void>>()
  try {
    // One language at a time here, while up to ZIM_WRITERS earlier ones are packed by zimwriterfs.
    for (const items of languages) {
      const pack = packHtml(items, { siteUrl })
      await fs.writeFile(path.join(dir, `${items.locale}.html`), pack)
      const packBytes = Buffer.byteLength(pack)
      if (!illustration) {
        sizes.push([items.locale, { packBytes }])
        continue
      }
      while (running.size >= ZIM_WRITERS) await Promise.race(running)
      const options = { siteUrl, illustration }
      const zimBytes = packZim(zimFilesOf(items, options), items.locale, path.join(dir, `${items.locale}.zim`), options)
      zims.push(zimBytes)
      const slot: Promise<void> = zimBytes.then(
        () => void running.delete(slot),
        () => void running.delete(slot),
      )
      running.add(slot)
      sizes.push([items.locale, { packBytes, zimBytes }])
    }
  } finally {
    // Nothing is left writing into `dir` when this returns or throws.
    await Promise.allSettled(zims)
  }

  const result: Partial<Record<Locale, OfflineDownloads>> = {}
  for (const [locale, { packBytes, zimBytes }] of sizes) {
    result[locale] = zimBytes ? { packBytes, zimBytes: await zimBytes } : { packBytes }
  }
  for (const [locale, { packBytes, zimBytes }] of Object.entries(result)) {
    log(`${locale}: ${locale}.html ${kb(packBytes)}${zimBytes === undefined ? '' : `, ${locale}.zim ${kb(zimBytes)}`}`)
  }
  return result
}
