import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { CONTENT_FILE_ENV, forgetSiteContent, writeSnapshot } from '../../site/data/snapshot'
import type { SiteArticle, SiteContent, SiteTranslation } from '../../site/data/types'

/** A published translation in a snapshot, with defaults for what a test does not care about. */
export const translation = (title: string, extra: Partial<SiteTranslation> = {}): SiteTranslation => ({
  title,
  html: '<p>Text.</p>',
  text: 'Text.',
  keywords: [],
  updatedAt: '2026-11-01T00:00:00.000Z',
  changes: [],
  ...extra,
})

/** An article in a snapshot, with no translations unless given. */
export function snapshotArticle(slug: string, extra: Partial<SiteArticle>): SiteArticle {
  return {
    slug,
    kind: 'rights',
    country: 'ru',
    topics: [],
    affectedCitizenships: [],
    affectedStatuses: [],
    affectedArticles: [],
    neededIn: ['ru', 'uz', 'tg', 'ky', 'en', 'bg', 'ar'],
    translations: {},
    ...extra,
  }
}

/** A small snapshot: a rights article in Russian and English and a Russian law change taking effect on 2027-01-01. */
export const twoArticleContent = (over: Partial<SiteContent> = {}): SiteContent => ({
  generatedAt: '2026-06-01T00:00:00.000Z',
  topics: [{ slug: 'work', titles: { ru: 'Работа', en: 'Work' }, descriptions: {} }],
  regions: [],
  articles: [
    snapshotArticle('patent', {
      topics: ['work'],
      translations: { ru: translation('Патент'), en: translation('Patent') },
    }),
    snapshotArticle('law', {
      kind: 'law-change',
      effectiveDate: '2027-01-01',
      translations: { ru: translation('Закон') },
    }),
  ],
  events: [],
  helpCentres: [],
  glossary: [],
  ...over,
})

/**
 * Writes `content` as the snapshot the site's modules read, and has them
 * forget any snapshot they read before (it is kept on the process, not in a
 * module: site/data/snapshot.ts), then loads the module under test (with a
 * dynamic import), so it reads this snapshot.
 */
export async function withSnapshot<M>(content: SiteContent, load: () => Promise<M>): Promise<M> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'portal-snapshot-')), 'content.json')
  await writeSnapshot(file, content)
  process.env[CONTENT_FILE_ENV] = file
  forgetSiteContent()
  return load()
}
