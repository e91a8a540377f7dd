import fs from 'node:fs/promises'
import path from 'node:path'

import * as pagefind from 'pagefind'

import type { SiteContent } from '../data/types'
import { searchRecords } from '../search/index-records'

export interface SearchIndexReport {
  pages: number
  languages: string[]
}

/**
 * Writes the Pagefind index to `<dir>/pagefind/` from the published content
 * (not by scraping pages): one record per article translation, carrying the
 * normalised forms, glossary equivalents and keywords it must be found by.
 * Pagefind keeps one index per language.
 */
export async function indexSearch(dir: string, content: SiteContent): Promise<SearchIndexReport> {
  const { index, errors } = await pagefind.createIndex({})
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  try {
    for (const record of searchRecords(content)) {
      const added = await index.addHTMLFile(record)
      if (added.errors.length > 0) throw new Error(`Pagefind rejected ${record.url}: ${added.errors.join('; ')}`)
    }
    const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') })
    if (written.errors.length > 0) throw new Error(`Pagefind failed to write its index: ${written.errors.join('; ')}`)
    const entry = JSON.parse(await fs.readFile(path.join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>
    }
    const languages = Object.keys(entry.languages)
    return { pages: languages.reduce((n, l) => n + entry.languages[l].page_count, 0), languages }
  } finally {
    await pagefind.close()
  }
}
