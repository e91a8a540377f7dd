import type { SiteContent } from '../data/types'

/**
 * Writes what the service worker needs into the built site `dir`, after the
 * pages and the search index: `sw.js` and each language's list of files to
 * save for offline use. (Filled in by the service-worker work.)
 */
export async function writeOfflineSupport(dir: string, content: SiteContent): Promise<{ languages: number }> {
  void dir
  void content
  return { languages: 0 }
}
