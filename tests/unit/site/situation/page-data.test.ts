import { beforeAll, describe, expect, it } from 'vitest'

import type { SiteContent, SiteStep } from '../../../../site/data/types'
import { snapshotArticle, translation, withSnapshot } from '../../../helpers/site-content'

const registration: SiteStep = {
  slug: 'registration',
  host: 'ru',
  order: 10,
  audience: { citizenships: ['uz'], groups: [], purposes: [] },
  timing: { from: 'entry', amount: 7, unit: 'workingDays', direction: 'after', inclusive: false },
  translations: {
    ru: { title: 'Встать на учёт', action: 'Проверьте уведомление.', legalBasis: 'ФЗ № 109', updatedAt: '2026-11-01' },
    uz: { title: 'Hisobga turing', action: 'Xabarnomani tekshiring.', updatedAt: '2026-11-01' },
  },
  article: 'registration-article',
  legalUrl: 'https://example.org/109',
  service: 'documents',
  changed: { date: '2026-12-01', lawChange: 'new-law' },
}
const renewal: SiteStep = {
  slug: 'renewal',
  host: 'bg',
  order: 1,
  audience: { citizenships: [], groups: [], purposes: ['asylum'] },
  timing: { from: 'permitExpiry', amount: 1, unit: 'months', direction: 'before', inclusive: false },
  translations: { bg: { title: 'Подновете картата', action: 'Отидете в ДАБ.', updatedAt: '2026-11-01' } },
  reviewedAt: '2026-11-10',
}

const content: SiteContent = {
  generatedAt: '2026-11-21T00:00:00.000Z',
  topics: [],
  glossary: [],
  regions: [],
  events: [],
  articles: [
    snapshotArticle('registration-article', { translations: { ru: translation('Регистрация') } }),
    snapshotArticle('new-law', { kind: 'law-change', translations: { uz: translation('Yangi qonun') } }),
  ],
  helpCentres: [
    {
      slug: 'perm-centre',
      country: 'ru',
      region: 'perm',
      phones: [],
      hotlineFree: false,
      languages: ['ru'],
      services: ['documents'],
      translations: { ru: { name: 'Пермский центр', city: 'Пермь', html: '', updatedAt: '2026-01-01' } },
    },
    {
      slug: 'kazan-centre',
      country: 'ru',
      region: 'kazan',
      phones: [],
      hotlineFree: false,
      languages: ['ru'],
      services: ['housing'],
      translations: { ru: { name: 'Казанский центр', city: 'Казань', html: '', updatedAt: '2026-01-01' } },
    },
  ],
  situation: { steps: [registration, renewal], groups: [], calendars: [] },
}

let data: typeof import('../../../../site/situation/page-data')

beforeAll(async () => {
  data = await withSnapshot(content, () => import('../../../../site/situation/page-data'))
})

describe('the steps a page hands its island', () => {
  it('are in the reader’s language, with the rule in words and links to help, article, law and change', () => {
    const [view] = data.situationProps('uz').steps
    expect(view).toMatchObject({
      title: 'Hisobga turing',
      when: 'kelgan kuningizdan keyin 7 ish kuni ichida',
      legalUrl: 'https://example.org/109',
      unreviewed: true,
    })
    expect(view.lang).toBeUndefined()
    expect(view.rule).toEqual({
      slug: 'registration',
      host: 'ru',
      order: 10,
      audience: registration.audience,
      timing: registration.timing,
    })
    // Centres offering the step's service, then all the host country's centres.
    expect(view.centres.map((c) => [c.href, c.text, c.note])).toEqual([
      ['/ru/help-centres/perm-centre/', 'Пермский центр', expect.any(String)],
    ])
    expect(view.helpCountry.href).toBe('/uz/help-centres/in/ru/')
    // The article exists in Russian only: linked there, marked.
    expect(view.article).toMatchObject({ href: '/ru/articles/registration-article/', text: 'Регистрация', lang: 'ru' })
    expect(view.article?.note).toBeTruthy()
    expect(view.changed).toEqual({ href: '/uz/articles/new-law/', text: 'Oʻzgartirilgan sana: 2026-yil 1-dekabr' })
  })

  it('fall back to the source language, marked, and say when a lawyer has checked them', () => {
    const props = data.situationProps('en')
    const [registrationView, renewalView] = props.steps
    expect(registrationView).toMatchObject({ title: 'Встать на учёт', lang: 'ru', dir: 'ltr', note: 'in Russian' })
    expect(renewalView).toMatchObject({ title: 'Подновете картата', lang: 'bg', unreviewed: false })
    expect(renewalView.helpCountry.href).toBe('/en/help-centres/')
    expect(props.hosts).toEqual([
      { value: 'ru', label: 'Russia' },
      { value: 'bg', label: 'Bulgaria' },
    ])
  })

  it('offer every citizenship, named and sorted in the reader’s language, and only the page’s strings', () => {
    const props = data.situationProps('ru')
    const names = props.citizenships.map((c) => c.label)
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'ru')))
    expect(props.citizenships.find((c) => c.value === 'uz')?.label).toBe('Узбекистан')
    expect(Object.keys(props.strings).every((k) => k.startsWith('situation.'))).toBe(true)
    expect(props.pageUrl).toMatch(/\/ru\/my-situation\/$/)
  })
})
