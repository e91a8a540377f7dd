import { createHash } from 'node:crypto'

import { type Locale, localeCodes } from '../../content-models/locales'
import type { OfflineDownloads, SiteContent } from '../data/types'
import { offlinePack } from '../offline/pack'
import { hasPackContent, packItems } from '../offline/pack-model'
import { hasZimwriterfs, zimFiles } from '../offline/zim'
import { siteUrl } from '../utils/urls'

/*
 * Keeping the site online's offline downloads when they would come out the
 * same (ADR 0007). Each language's pack and ZIM file are made from the
 * snapshot by pure functions (site/offline/pack.ts, zim.ts), but they read
 * all of it (items, glossary, the day, law-change states), so what they are
 * made of is fingerprinted from their own text rather than from recorded
 * keys: the pack as written and the files the ZIM packs, made in memory,
 * without zimwriterfs or the disk. The ZIM's illustration and zimwriterfs'
 * options come from code (the build's code hash covers them).
 */

/** What one build's offline downloads were made from, by language, and the sizes the snapshot gave them. */
export interface OfflineRecord {
  fingerprints: Partial<Record<Locale, string>>
  sizes: Partial<Record<Locale, OfflineDownloads>>
}

/** Stands in for the ZIM's illustration (zim-illustration.ts, code): only the files' text is fingerprinted. */
const NO_ILLUSTRATION = Buffer.alloc(0)

/** Each language's offline fingerprint in `content` (as exported, without sizes); languages with nothing to pack have none. */
export async function offlineFingerprints(content: SiteContent): Promise<Partial<Record<Locale, string>>> {
  const zim = await hasZimwriterfs()
  const out: Partial<Record<Locale, string>> = {}
  for (const locale of localeCodes) {
    if (!hasPackContent(packItems(content, locale))) continue
    const hash = createHash('sha1').update(offlinePack(content, locale, { siteUrl }))
    if (zim) {
      hash.update('\0zim\0')
      for (const [name, data] of zimFiles(content, locale, { siteUrl, illustration: NO_ILLUSTRATION }))
        hash.update(name).update('\0').update(data).update('\0')
    }
    out[locale] = hash.digest('base64url')
  }
  return out
}

/** The languages whose offline files differ between two fingerprints (added and removed ones included). */
export function offlineChanged(
  before: Partial<Record<Locale, string>>,
  after: Partial<Record<Locale, string>>,
): Locale[] {
  return localeCodes.filter((l) => before[l] !== after[l])
}
