import { beforeAll, describe, expect, it } from 'vitest'

import type { Locale } from '../../../content-models/locales'
import type { SiteArticle, SiteContent } from '../../../site/data/types'
import { withSnapshot } from '../../helpers/site-content'

const t = (title: string, updatedAt = '2026-01-01T00:00:00.000Z') => ({
  title,
  html: '<p>x</p>',
  text: 'x',
  keywords: [],
  updatedAt,
  changes: [],
})

function article(slug: string, extra: Partial<SiteArticle>): SiteArticle {
  return {
    slug,
    kind: 'rights',
    country: 'ru',
    topics: ['work'],
    affectedCitizenships: [],
    affectedStatuses: [],
    affectedArticles: [],
    neededIn: ['ru', 'uz', 'tg', 'ky', 'en', 'bg', 'ar'],
    translations: {},
    ...extra,
  }
}

const content: SiteContent = {
  generatedAt: '2026-11-21T00:00:00.000Z',
  topics: [{ slug: 'work', titles: { ru: 'Работа', en: 'Work' }, descriptions: {} }],
  glossary: [],
  regions: [],
  events: [],
  helpCentres: [],
  articles: [
    article('old-law', {
      kind: 'law-change',
      effectiveDate: '2025-02-05',
      translations: { ru: t('Старый'), tg: t('Кӯҳна') },
    }),
    article('new-law', {
      kind: 'law-change',
      effectiveDate: '2027-01-01',
      translations: { ru: t('Новый'), tg: t('Нав') },
    }),
    article('ru-only', { translations: { ru: t('Только русский'), en: t('English too') } }),
    article('bg-only', { country: 'bg', translations: { en: t('Bulgaria, English'), bg: t('България') } }),
  ],
}

let site: typeof import('../../../site/utils/content')

beforeAll(async () => {
  site = await withSnapshot(content, () => import('../../../site/utils/content'))
})

describe('site content', () => {
  it('lists law changes newest effective date first', () => {
    expect(site.lawChangesIn('tg').map((a) => a.slug)).toEqual(['new-law', 'old-law'])
  })

  it('lists only the articles published in a language', () => {
    const slugsIn = (locale: Locale) => site.articlesIn(locale).map((a) => a.slug)
    expect(slugsIn('tg').sort()).toEqual(['new-law', 'old-law'])
    expect(slugsIn('en').sort()).toEqual(['bg-only', 'ru-only'])
  })

  it('offers untranslated articles in Russian first, else the first published language', () => {
    const offered = site.untranslatedIn('tg', 'work').map((a) => [a.slug, a.locale])
    expect(offered).toEqual([
      ['ru-only', 'ru'],
      ['bg-only', 'en'],
    ])
  })

  it('names a topic in the reader’s language, or says which language it falls back to', () => {
    const topic = site.topicBySlug('work')!
    expect(site.topicTitle(topic, 'en')).toEqual({ text: 'Work', lang: 'en' })
    expect(site.topicTitle(topic, 'ky')).toEqual({ text: 'Работа', lang: 'ru' })
  })
})
