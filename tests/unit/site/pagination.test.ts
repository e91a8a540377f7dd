import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Locale } from '../../../content-models/locales'
import type { SiteArticle, SiteContent, SiteTranslation } from '../../../site/data/types'
import { useTranslations } from '../../../site/i18n'
import {
  alternatePage,
  API_PAGE_SIZE,
  HOME_EVENTS,
  HOME_LAW_CHANGES,
  LIST_PAGE_SIZE,
  listTitle,
  pageNumbers,
  paginate,
} from '../../../site/utils/pagination'
import { apiUrls, pageParam, urls } from '../../../site/utils/urls'
import { snapshotArticle, translation, withSnapshot } from '../../helpers/site-content'

/*
 * Pages stay small at any size: with a corpus far larger than the demo, every
 * list a reader or a partner downloads holds a bounded number of items, and
 * the pages of a list together hold each of its items exactly once.
 */

const ARTICLES = 2000
const TOPICS = ['work', 'documents', 'housing', 'health', 'family', 'education']
// Russian has every Russian-sourced article; the other languages fewer and fewer; Bulgarian ones start in Bulgarian.
const SHARE: Partial<Record<Locale, number>> = { ru: 1, en: 0.6, tg: 0.3, uz: 0.25, ar: 0.1 }

/** A deterministic spread of translations, topics and dates over `ARTICLES` articles. */
function corpus(): SiteArticle[] {
  return Array.from({ length: ARTICLES }, (_, i) => {
    const bulgarian = i % 10 === 9
    const translations: Partial<Record<Locale, SiteTranslation>> = {}
    // Some articles share a date, so the order of equal dates is exercised too.
    const updatedAt = new Date(Date.UTC(2026, 0, 1) + (i % 1500) * 3_600_000).toISOString()
    const t = (l: Locale) => translation(`Article ${i} (${l})`, { summary: `What article ${i} says.`, updatedAt })
    if (bulgarian) {
      translations.bg = t('bg')
      if (i % 20 === 19) translations.ar = t('ar')
    } else {
      for (const [l, share] of Object.entries(SHARE) as [Locale, number][]) {
        if ((i * 7919) % 100 < share * 100) translations[l] = t(l)
      }
    }
    const lawChange = i % 7 === 0
    return snapshotArticle(`article-${i}`, {
      kind: lawChange ? 'law-change' : 'rights',
      country: bulgarian ? 'bg' : 'ru',
      topics: [TOPICS[i % TOPICS.length], ...(i % 3 === 0 ? [TOPICS[(i + 1) % TOPICS.length]] : [])],
      ...(lawChange ? { effectiveDate: `202${5 + (i % 3)}-0${1 + (i % 9)}-1${i % 10}` } : {}),
      translations,
    })
  })
}

const content: SiteContent = {
  generatedAt: '2026-11-21T00:00:00.000Z',
  topics: TOPICS.map((slug) => ({ slug, titles: { ru: slug, en: slug }, descriptions: {} })),
  glossary: [],
  regions: [],
  helpCentres: [],
  events: Array.from({ length: 40 }, (_, i) => ({
    slug: `event-${i}`,
    eventKind: 'training',
    start: `2026-12-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00.000Z`,
    end: `2026-12-${String(1 + (i % 28)).padStart(2, '0')}T12:00:00.000Z`,
    timeZone: 'Europe/Moscow',
    country: 'ru',
    languages: ['ru'],
    topics: [],
    translations: { ru: { title: `Event ${i}`, html: '<p>x</p>', updatedAt: '2026-11-01T00:00:00.000Z' } },
  })),
  articles: corpus(),
}

const locales: Locale[] = ['ru', 'en', 'tg', 'ar', 'bg', 'ky']

let site: typeof import('../../../site/utils/content')
let api: typeof import('../../../site/api/v1')
let schemas: typeof import('../../../site/api/schemas').schemas

beforeAll(async () => {
  ;[site, api, schemas] = await withSnapshot(content, () =>
    Promise.all([
      import('../../../site/utils/content'),
      import('../../../site/api/v1'),
      import('../../../site/api/schemas').then((m) => m.schemas),
    ]),
  )
})

const slugs = (items: { slug: string }[]) => items.map((i) => i.slug)

describe('the home page', () => {
  it('lists a bounded number of law changes and events, and no article list, however large the corpus', () => {
    for (const locale of locales) {
      const home = site.homeLists(locale)
      expect(home).not.toHaveProperty('recentArticles')
      expect(home.lawChanges.length).toBeLessThanOrEqual(HOME_LAW_CHANGES)
      expect(home.upcomingEvents.length).toBeLessThanOrEqual(HOME_EVENTS)
      expect(home.topics).toHaveLength(TOPICS.length)
      // The count the link to all of them shows.
      expect(home.totalArticles).toBe(site.articlesIn(locale).length)
    }
    expect(site.homeLists('ru').totalArticles).toBeGreaterThan(1000)
    expect(slugs(site.homeLists('ru').lawChanges)).toEqual(slugs(site.lawChangesIn('ru').slice(0, HOME_LAW_CHANGES)))
  })

  it('counts each topic’s articles in the reader’s language', () => {
    const home = site.homeLists('en')
    for (const { topic, count } of home.topics) {
      expect(count).toBe(site.articlesIn('en').filter((a) => a.topics.includes(topic.slug)).length)
    }
  })
})

describe('paginated lists', () => {
  it('cut every article of a language into pages of at most LIST_PAGE_SIZE, each article once, in order', () => {
    for (const locale of locales) {
      const pages = site.articlePages(locale)
      const all = site.articlesIn(locale)
      expect(pages.length).toBe(Math.max(1, Math.ceil(all.length / LIST_PAGE_SIZE)))
      pages.forEach((p, i) => {
        expect(p.page).toBe(i + 1)
        expect(p.totalPages).toBe(pages.length)
        expect(p.items.length).toBeLessThanOrEqual(LIST_PAGE_SIZE)
        if (p.page < p.totalPages) expect(p.items).toHaveLength(LIST_PAGE_SIZE)
      })
      expect(slugs(pages.flatMap((p) => p.items))).toEqual(slugs(all))
    }
    expect(site.articlePages('ru').length).toBeGreaterThan(20)
  })

  it('page law changes the same way, newest effective date first', () => {
    const pages = site.lawChangePages('ru')
    expect(pages.length).toBeGreaterThan(1)
    for (const p of pages) expect(p.items.length).toBeLessThanOrEqual(LIST_PAGE_SIZE)
    const dates = pages.flatMap((p) => p.items.map((a) => a.effectiveDate ?? ''))
    expect(dates).toEqual([...dates].sort().reverse())
    expect(slugs(pages.flatMap((p) => p.items))).toEqual(slugs(site.lawChangesIn('ru')))
  })

  it('page a topic with its untranslated articles, so each stays reachable and no page is long (ADR 0001)', () => {
    for (const locale of locales) {
      for (const topic of TOPICS) {
        const pages = site.topicPages(locale, topic)
        const entries = pages.flatMap((p) => p.items)
        for (const p of pages) expect(p.items.length).toBeLessThanOrEqual(LIST_PAGE_SIZE)
        // Every article of the topic once: in the reader's language, or offered in its fallback language.
        const inTopic = content.articles.filter((a) => a.topics.includes(topic)).map((a) => a.slug)
        expect(entries.map((e) => e.article.slug).sort()).toEqual([...inTopic].sort())
        const translated = entries.filter((e) => e.translated)
        expect(slugs(translated.map((e) => e.article))).toEqual(
          slugs(site.articlesIn(locale).filter((a) => a.topics.includes(topic))),
        )
        expect(slugs(entries.filter((e) => !e.translated).map((e) => e.article))).toEqual(
          slugs(site.untranslatedIn(locale, topic)),
        )
        // The reader's own language first; the "not yet translated" section after it.
        expect(entries.findIndex((e) => !e.translated)).toBe(
          translated.length === entries.length ? -1 : translated.length,
        )
        for (const e of entries) expect(e.article.locale === locale).toBe(e.translated)
      }
    }
    // Arabic has few translations: most of a topic is "not yet translated", spread over many pages.
    expect(site.topicPages('ar', 'work').length).toBeGreaterThan(3)
  })

  it('has one (empty) first page for an empty list', () => {
    expect(paginate([], LIST_PAGE_SIZE)).toEqual([{ page: 1, totalPages: 1, totalItems: 0, start: 0, items: [] }])
    expect(site.articlePages('ky')[0].items).toEqual([])
  })
})

describe('addresses of the pages', () => {
  it('keep the first page at the list’s own address, then …/page/<n>/', () => {
    expect(urls.topic('ru', 'work')).toBe('/ru/topics/work/')
    expect(urls.topic('ru', 'work', 1)).toBe('/ru/topics/work/')
    expect(urls.topic('ru', 'work', 2)).toBe('/ru/topics/work/page/2/')
    expect(urls.lawChanges('tg')).toBe('/tg/law-changes/')
    expect(urls.lawChanges('tg', 3)).toBe('/tg/law-changes/page/3/')
    expect(urls.articles('ar')).toBe('/ar/articles/')
    expect(urls.articles('ar', 12)).toBe('/ar/articles/page/12/')
    expect(pageParam(1)).toBeUndefined()
    expect(pageParam(4)).toBe('page/4')
    expect(apiUrls.articles('uz')).toBe('/api/v1/uz/articles.json')
    expect(apiUrls.articles('uz', 2)).toBe('/api/v1/uz/articles/page/2.json')
    expect(apiUrls.lawChanges('uz', 2)).toBe('/api/v1/uz/law-changes/page/2.json')
  })

  it('link the first and last pages and this one’s neighbours, leaving out runs of pages', () => {
    expect(pageNumbers(1, 1)).toEqual([1])
    expect(pageNumbers(2, 3)).toEqual([1, 2, 3])
    expect(pageNumbers(1, 117)).toEqual([1, 2, null, 117])
    expect(pageNumbers(4, 10)).toEqual([1, 2, 3, 4, 5, null, 10])
    expect(pageNumbers(50, 117)).toEqual([1, null, 49, 50, 51, null, 117])
    expect(pageNumbers(117, 117)).toEqual([1, null, 116, 117])
  })

  it('give each page its own title, and offer other languages from the list’s start', () => {
    const t = useTranslations('en')
    expect(listTitle('Work', { page: 1, totalPages: 3 }, t)).toBe('Work')
    expect(listTitle('Work', { page: 2, totalPages: 3 }, t)).toBe('Work (Page 2 of 3)')
    expect(alternatePage(3, 'ru', 'ru')).toBe(3)
    expect(alternatePage(3, 'ru', 'tg')).toBe(1)
  })
})

describe('the JSON API lists', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true })
  addFormats.default(ajv)

  /** Every file of a list, read as a partner does: the first, then each `next` until null. */
  function follow<F extends { next: string | null }>(first: F, byUrl: (path: string) => F): F[] {
    const files = [first]
    for (let f = first; f.next;) files.push((f = byUrl(new URL(f.next).pathname)))
    return files
  }

  it('come page by page with page, totalPages and next, each file valid, every item once', () => {
    for (const locale of locales) {
      for (const [name, file, count, all] of [
        ['articles', api.articlesFile, api.articlesFileCount, site.articlesIn(locale)],
        ['law-changes', api.lawChangesFile, api.lawChangesFileCount, site.lawChangesIn(locale)],
      ] as const) {
        const validate = ajv.getSchema(schemas[name].$id) ?? ajv.compile(schemas[name])
        const url = name === 'articles' ? apiUrls.articles : apiUrls.lawChanges
        const pathOf = new Map(Array.from({ length: count(locale) }, (_, i) => [url(locale, i + 1), i + 1]))
        const files = follow(file(locale), (path) => file(locale, pathOf.get(path)!))
        expect(files).toHaveLength(count(locale))
        files.forEach((f, i) => {
          expect(validate(f), `${locale}/${name} page ${i + 1}: ${ajv.errorsText(validate.errors)}`).toBe(true)
          expect(f).toMatchObject({ language: locale, page: i + 1, totalPages: files.length, totalItems: all.length })
          expect(f.items.length).toBeLessThanOrEqual(API_PAGE_SIZE)
          expect(f.prev).toEqual(i === 0 ? null : expect.stringMatching(new RegExp(`${url(locale, i)}$`)))
        })
        expect(files.flatMap((f) => f.items.map((item) => item.slug))).toEqual(slugs(all))
      }
    }
  })

  it('keep the first file small: a partner reading the newest articles never downloads the whole corpus', () => {
    const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value))
    const first = bytes(api.articlesFile('ru'))
    const all = Array.from({ length: api.articlesFileCount('ru') }, (_, i) => bytes(api.articlesFile('ru', i + 1)))
    expect(first).toBeLessThan(150_000)
    expect(Math.max(...all)).toBeLessThan(150_000)
    expect(all.reduce((a, b) => a + b, 0)).toBeGreaterThan(first * 10)
  })

  it('names a page that does not exist as an error, not an empty file', () => {
    expect(() => api.articlesFile('ru', api.articlesFileCount('ru') + 1)).toThrow(/no page/)
  })
})
