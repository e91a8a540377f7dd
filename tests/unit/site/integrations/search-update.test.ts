import { describe, expect, it } from 'vitest'

import { changedKeys, contentHashes } from '../../../../site/data/dependencies'
import type { SiteContent } from '../../../../site/data/types'
import { searchLanguagesChanged, searchLanguagesToIndex } from '../../../../site/integrations/search-update'
import { searchRecords } from '../../../../site/search/index-records'
import { hashingRecords, type RecordHashes } from '../../../../site/search/record-hashes'
import { translation, twoArticleContent } from '../../../helpers/site-content'

const content = twoArticleContent

describe('which languages search indexes again', () => {
  it('one language for its own translations', () => {
    expect(searchLanguagesChanged(new Set(['article:patent:en', 'articles:en', 'article:patent:en?']))).toEqual(['en'])
  })

  it('none for what records do not show: the moment, events, the alert', () => {
    expect(searchLanguagesChanged(new Set(['generatedAt', 'clock:events', 'alert', 'events']))).toEqual([])
  })

  it('every language for shared fields, the glossary, membership and law-change states', () => {
    for (const key of ['article:patent#kind', 'glossary', 'articles', 'clock:law'])
      expect(searchLanguagesChanged(new Set([key]))).toBe('all')
  })
})

describe('which languages search indexes again, from the records themselves', () => {
  /** The record hashes of a build of `c`, as a build keeps them. */
  const indexed = (c: SiteContent) => {
    const hashes: RecordHashes = {}
    for (const _ of hashingRecords(searchRecords(c), hashes));
    return hashes
  }
  const after = (edit: (c: SiteContent) => void) => {
    const next = content()
    edit(next)
    return {
      next,
      result: searchLanguagesToIndex(
        changedKeys(contentHashes(content()), contentHashes(next)),
        next,
        indexed(content()),
      ),
    }
  }

  it('none for an edit no record shows (a review date, the legal link)', () => {
    const { result } = after((c) => {
      c.articles[0].reviewedAt = '2026-05-30'
      c.articles[0].legalUrl = 'https://pravo.gov.ru/'
    })
    expect(result.languages).toEqual([])
    expect(result.hashes).toEqual(indexed(content()))
  })

  it('only the languages an article is written in for a shared field its records show', () => {
    const { next, result } = after((c) => c.articles[0].topics.push('stay'))
    expect(result.languages).toEqual(['ru', 'en'])
    // The records made again are those written anew; the hashes, the new records'.
    expect(result.changed?.map((r) => r.url)).toEqual(['/ru/articles/patent/', '/en/articles/patent/'])
    expect(result.gone).toEqual([])
    expect(result.hashes).toEqual(indexed(next))
  })

  it('the language of a translation added, edited or unpublished', () => {
    expect(after((c) => (c.articles[1].translations.ky = translation('Мыйзам'))).result.languages).toEqual(['ky'])
    expect(after((c) => (c.articles[0].translations.en!.title = 'Work patent')).result.languages).toEqual(['en'])
    const unpublished = after((c) => delete c.articles[0].translations.en).result
    expect(unpublished.languages).toEqual(['en'])
    expect(unpublished.gone).toEqual(['/en/articles/patent/'])
    expect(unpublished.changed).toEqual([])
    expect(after((c) => c.articles.splice(1, 1)).result.languages).toEqual(['ru'])
  })

  it('the languages of a law change on the day it takes effect, with no edit', () => {
    expect(after((c) => (c.generatedAt = '2027-01-01T12:00:00.000Z')).result.languages).toEqual(['ru'])
  })

  it('every language for the glossary, and by the keys alone without the site online’s hashes', () => {
    const glossary: SiteContent['glossary'] = [{ key: 'patent', terms: { ru: ['патент'], en: ['patent'] } }]
    expect(after((c) => (c.glossary = glossary)).result.languages).toBe('all')
    const changed = changedKeys(contentHashes(content()), contentHashes({ ...content(), articles: [] }))
    expect(searchLanguagesToIndex(changed, content(), undefined).languages).toBe('all')
  })
})
