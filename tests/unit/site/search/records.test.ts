import { describe, expect, it } from 'vitest'

import type { SiteContent } from '../../../../site/data/types'
import { articleRecord } from '../../../../site/search/index-records'

const content: SiteContent = {
  generatedAt: '2026-11-21T00:00:00.000Z',
  topics: [],
  regions: [],
  events: [],
  helpCentres: [],
  glossary: [
    {
      key: 'temporary-residence-permit',
      terms: { ru: ['разрешение на временное проживание', 'РВП'], tg: ['иҷозати истиқомати муваққатӣ'] },
    },
  ],
  articles: [
    {
      slug: 'rvp',
      kind: 'law-change',
      country: 'ru',
      topics: ['documents'],
      effectiveDate: '2027-01-01',
      affectedCitizenships: [],
      affectedStatuses: [],
      affectedArticles: [],
      neededIn: ['ru', 'tg'],
      translations: {
        tg: {
          title: 'Иҷозати истиқомати муваққатӣ',
          summary: 'Ҳуқуқҳои шумо',
          html: '<p>Матн</p>',
          text: 'Матн дар бораи ҳуҷҷатҳо.',
          keywords: ['миграционка'],
          updatedAt: '2026-11-01T10:00:00.000Z',
          changes: [],
        },
      },
    },
  ],
}

describe('articleRecord', () => {
  const record = articleRecord(content.articles[0], 'tg', content)

  it('indexes the article as written, with the title as its heading', () => {
    expect(record.url).toBe('/tg/articles/rvp/')
    expect(record.content).toContain('<html lang="tg" dir="ltr">')
    expect(record.content).toContain('<h1>Иҷозати истиқомати муваққатӣ</h1>')
  })

  it('adds the folded spellings, the glossary equivalents and the keywords after the separator', () => {
    const [, extra] = record.content.split('¶¶')
    expect(extra).toContain('хукукхои')
    expect(extra).toContain('хуччатхо')
    expect(extra).toContain('рвп')
    expect(extra).toContain('миграционка')
    // Folded title words count as much as the title itself.
    expect(extra).toMatch(/data-pagefind-weight="7">[^<]*ичозати/)
  })

  it('carries filters, sort key and labels in the reader’s language', () => {
    expect(record.content).toContain('<span data-pagefind-filter="kind">law-change</span>')
    expect(record.content).toContain('<span data-pagefind-filter="topic">documents</span>')
    expect(record.content).toContain('<span data-pagefind-sort="effective">2027-01-01</span>')
    expect(record.content).toMatch(/data-pagefind-meta="date">[^<]*2027/)
  })
})
