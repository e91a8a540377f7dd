import fs from 'node:fs/promises'
import path from 'node:path'

import * as pagefind from 'pagefind'

export interface SearchIndexReport {
  pages: number
  languages: string[]
}

/**
 * Indexes the built pages with Pagefind into `<dir>/pagefind/`. Only elements
 * marked `data-pagefind-body` (article text) are indexed; Pagefind makes one
 * index per `<html lang>`.
 */
export async function indexSearch(dir: string): Promise<SearchIndexReport> {
  const { index, errors } = await pagefind.createIndex({})
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  try {
    const added = await index.addDirectory({ path: dir })
    if (added.errors.length > 0) throw new Error(`Pagefind failed to index ${dir}: ${added.errors.join('; ')}`)
    const written = await index.writeFiles({ outputPath: `${dir}/pagefind` })
    if (written.errors.length > 0) throw new Error(`Pagefind failed to write its index: ${written.errors.join('; ')}`)
    const entry = JSON.parse(
      await fs.readFile(path.join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8'),
    ) as { languages: Record<string, { page_count: number }> }
    const languages = Object.keys(entry.languages)
    const pages = languages.reduce((n, l) => n + entry.languages[l].page_count, 0)
    return { pages, languages }
  } finally {
    await pagefind.close()
  }
}
