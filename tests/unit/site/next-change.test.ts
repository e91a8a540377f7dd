import { describe, expect, it } from 'vitest'

import { nextChangeAt } from '../../../site/data/next-change'
import type { SiteArticle, SiteContent } from '../../../site/data/types'

const law = (effectiveDate: string, expiryDate?: string): SiteArticle => ({
  slug: `law-${effectiveDate}`,
  kind: 'law-change',
  country: 'ru',
  topics: [],
  effectiveDate,
  expiryDate,
  affectedCitizenships: [],
  affectedStatuses: [],
  affectedArticles: [],
  neededIn: ['ru'],
  translations: {},
})

const content = (over: Partial<SiteContent>): SiteContent => ({
  generatedAt: '',
  topics: [],
  regions: [],
  articles: [],
  events: [],
  helpCentres: [],
  glossary: [],
  ...over,
})

describe('nextChangeAt: when the publisher must rebuild with no edit', () => {
  const now = new Date('2026-11-21T12:00:00Z')

  it('is midnight in Moscow on the day a Russian law change takes effect', () => {
    expect(nextChangeAt(content({ articles: [law('2027-01-01'), law('2026-12-01')] }), now)?.toISOString()).toBe(
      '2026-11-30T21:00:00.000Z',
    )
  })

  it('counts the expiry of a law already in force', () => {
    expect(nextChangeAt(content({ articles: [law('2025-01-01', '2026-12-15')] }), now)?.toISOString()).toBe(
      '2026-12-14T21:00:00.000Z',
    )
  })

  it('counts an event ending and the alert expiring, whichever is first', () => {
    const c = content({
      events: [
        {
          slug: 'e',
          eventKind: 'training',
          start: '2026-11-25T10:00:00Z',
          end: '2026-11-25T12:00:00Z',
          timeZone: 'UTC',
          country: 'ru',
          languages: [],
          topics: [],
          translations: {},
        },
      ],
      alert: { level: 'urgent', expiresAt: '2026-11-22T00:00:00Z', messages: { ru: 'x' } },
    })
    expect(nextChangeAt(c, now)?.toISOString()).toBe('2026-11-22T00:00:00.000Z')
  })

  it('is undefined when nothing on the site depends on a future date', () => {
    expect(nextChangeAt(content({ articles: [law('2025-01-01')] }), now)).toBeUndefined()
  })
})
