import type { Locale } from '../../content-models/locales'
import type { OfflineDownloads, SiteContent } from '../data/types'

/**
 * Writes each language's offline downloads (the single-file pack and the ZIM
 * file) into `dir` from the snapshot, and returns their sizes for the
 * snapshot. (Filled in by the offline-pack work.)
 */
export async function writeOfflineDownloads(
  content: SiteContent,
  dir: string,
  log: (line: string) => void = console.log,
): Promise<Partial<Record<Locale, OfflineDownloads>>> {
  void content
  void dir
  void log
  return {}
}
