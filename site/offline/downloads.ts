import fs from 'node:fs/promises'
import path from 'node:path'

import { type Locale, localeCodes } from '../../content-models/locales'
import type { OfflineDownloads, SiteContent } from '../data/types'
import { siteUrl } from '../utils/urls'
import { offlinePack } from './pack'
import { hasPackContent, packItems } from './pack-model'
import { hasZimwriterfs, writeZim } from './zim'
import { zimIllustration } from './zim-illustration'

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`

/**
 * Writes each language's offline downloads (the single-file pack and the ZIM
 * file) into `dir` from the snapshot, and returns their sizes for the
 * snapshot. A language with nothing published gets neither. Without
 * zim-tools installed, the ZIM files are skipped with one line saying so, so
 * the site still builds on a machine that lacks them.
 */
export async function writeOfflineDownloads(
  content: SiteContent,
  dir: string,
  log: (line: string) => void = console.log,
): Promise<Partial<Record<Locale, OfflineDownloads>>> {
  const languages = localeCodes.filter((locale) => hasPackContent(packItems(content, locale)))
  const zim = await hasZimwriterfs()
  if (!zim) log('ZIM files skipped: zimwriterfs is not installed (apt-get install zim-tools)')
  const illustration = zim ? await zimIllustration() : undefined

  // zimwriterfs mostly waits on its own threads and the disk: all languages at once take about as long as the largest.
  const sizes = await Promise.all(
    languages.map(async (locale): Promise<[Locale, OfflineDownloads]> => {
      const pack = offlinePack(content, locale, { siteUrl })
      await fs.writeFile(path.join(dir, `${locale}.html`), pack)
      const packBytes = Buffer.byteLength(pack)
      if (!illustration) return [locale, { packBytes }]
      const zimBytes = await writeZim(content, locale, path.join(dir, `${locale}.zim`), { siteUrl, illustration })
      return [locale, { packBytes, zimBytes }]
    }),
  )
  for (const [locale, { packBytes, zimBytes }] of sizes) {
    log(`${locale}: ${locale}.html ${kb(packBytes)}${zimBytes === undefined ? '' : `, ${locale}.zim ${kb(zimBytes)}`}`)
  }
  return Object.fromEntries(sizes)
}
