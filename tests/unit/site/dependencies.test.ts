import { afterEach, describe, expect, it } from 'vitest'

import {
  changedKeys,
  contentHashes,
  foldKeys,
  isAffected,
  memoized,
  openPage,
  readingClockFor,
  recorder,
  startRecording,
  trackedContent,
} from '../../../site/data/dependencies'
import type { SiteContent, SiteEvent } from '../../../site/data/types'
import { snapshotArticle, translation, twoArticleContent } from '../../helpers/site-content'

const content = twoArticleContent

const event = (slug: string, end: string): SiteEvent =>
  ({
    slug,
    start: '2026-05-01T10:00:00.000Z',
    end,
    timeZone: 'Europe/Moscow',
    translations: {},
  }) as unknown as SiteEvent

/** The keys one page recorded while `read` ran with it open. */
function keysOf(read: (c: SiteContent) => unknown, c: SiteContent = content()): string[] {
  startRecording()
  const tracked = trackedContent(c)
  openPage('/page/')
  read(tracked)
  openPage(undefined)
  return [...recorder()!.pages.get('/page/')!].sort()
}

afterEach(() => {
  ;(globalThis as Record<symbol, unknown>)[Symbol.for('portal.page-inputs')] = undefined
})

describe('recording what a page reads', () => {
  it('gives every page that asks a shared query the keys its one computation read', () => {
    startRecording()
    const tracked = trackedContent(content())
    const kinds = () => memoized(tracked, 'kinds', () => tracked.articles.map((a) => a.kind))
    // Computed outside any page (as in getStaticPaths), then asked by two pages.
    expect(kinds()).toEqual(['rights', 'law-change'])
    openPage('/first/')
    kinds()
    openPage('/second/')
    expect(kinds()).toBe(kinds())
    openPage(undefined)
    for (const page of ['/first/', '/second/'])
      expect(recorder()!.pages.get(page), page).toEqual(['article:law#kind', 'article:patent#kind', 'articles'])
  })

  it('records a translation read as its existence and its text, and a shared field by name', () => {
    expect(keysOf((c) => c.articles[0].translations.ru?.title)).toEqual([
      'article:patent:ru',
      'article:patent:ru?',
      'articles',
    ])
    expect(keysOf((c) => c.articles[1].kind)).toEqual(['article:law#kind', 'articles'])
  })

  it('records looking for a missing translation as its absence only', () => {
    expect(keysOf((c) => c.articles[1].translations.en)).toEqual(['article:law:en?', 'articles'])
  })

  it('records nothing outside a page (getStaticPaths, module set-up)', () => {
    startRecording()
    const tracked = trackedContent(content())
    void tracked.articles[0].translations.ru?.title
    expect(recorder()!.pages.size).toBe(0)
  })

  it('returns the same values, read-only', () => {
    startRecording()
    const tracked = trackedContent(content())
    expect(tracked.articles.map((a) => a.slug)).toEqual(['patent', 'law'])
    expect(JSON.parse(JSON.stringify(tracked))).toEqual(content())
    expect(Reflect.set(tracked.articles[0], 'kind', 'guide')).toBe(false)
  })
})

describe('the clock: the moment, or what a page derives from it', () => {
  it('records the fact a page derives from the moment, not the moment', () => {
    const c = content({ events: [event('meeting', '2026-05-01T12:00:00.000Z')] })
    const keys = keysOf((tracked) => {
      readingClockFor('clock:events', () => new Date(tracked.events[0].end) <= new Date(tracked.generatedAt))
      readingClockFor('clock:law', () => new Date(tracked.generatedAt).getTime() > 0)
    }, c)
    expect(keys).toContain('clock:events')
    expect(keys).toContain('clock:law')
    expect(keys).not.toContain('generatedAt')
  })

  it('records the moment itself for any other reader', () => {
    expect(keysOf((c) => c.generatedAt)).toEqual(['generatedAt'])
  })

  it('keeps the derived keys while the facts stand, and changes them when a law takes effect or an event ends', () => {
    const at = (generatedAt: string) =>
      contentHashes(content({ generatedAt, events: [event('meeting', '2026-06-01T12:00:00.000Z')] }))
    const morning = at('2026-06-01T06:00:00.000Z')
    const noon = changedKeys(morning, at('2026-06-01T11:00:00.000Z'))
    expect([...noon]).toEqual(['generatedAt'])
    expect([...changedKeys(morning, at('2026-06-01T13:00:00.000Z'))].sort()).toEqual(['clock:events', 'generatedAt'])
    // Midnight in Moscow, 21:00 UTC the day before.
    expect([...changedKeys(morning, at('2026-12-31T21:00:00.000Z'))]).toContain('clock:law')
    expect([...changedKeys(morning, at('2026-12-31T20:59:00.000Z'))]).not.toContain('clock:law')
  })
})

describe('folding many items into their column', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => `article:a${i}:ru`)

  it('keeps up to 24 items’ keys of one kind', () => {
    expect(foldKeys([...many(24), 'alert'])).toEqual([...many(24), 'alert'].sort())
  })

  it('records the column from the 25th on, other kinds untouched', () => {
    expect(foldKeys([...many(25), 'article:a1#kind', 'articles'])).toEqual([
      'article:a1#kind',
      'articles',
      'articles:ru',
    ])
  })

  it('folds existence and text separately', () => {
    const exists = many(30).map((k) => `${k}?`)
    expect(foldKeys([...exists, 'article:a1:ru'])).toEqual(['article:a1:ru', 'articles:ru?'])
  })
})

describe('content hashes and what changed', () => {
  it('changes one translation’s key and its column, not the other language', () => {
    const before = contentHashes(content())
    const edited = content()
    edited.articles[0].translations.en = translation('Patent, revised')
    const changed = changedKeys(before, contentHashes(edited))
    expect([...changed].sort()).toEqual(['article:patent:en', 'articles:en'])
  })

  it('sees a translation going as a change of its existence, and its text key removed', () => {
    const before = contentHashes(content())
    const withdrawn = content()
    delete withdrawn.articles[0].translations.en
    const changed = changedKeys(before, contentHashes(withdrawn))
    expect(changed).toContain('article:patent:en?')
    expect(changed).toContain('article:patent:en')
    expect(changed).toContain('article:patent#translations')
    expect(changed).not.toContain('article:patent:ru')
  })

  it('sees a new article as a change of the collection', () => {
    const more = content()
    more.articles.push(snapshotArticle('new', { translations: { ru: translation('Новая') } }))
    expect(changedKeys(contentHashes(content()), contentHashes(more))).toContain('articles')
  })

  it('renders a page again when one of its keys changed, or when it recorded everything', () => {
    expect(isAffected(['articles:en', 'alert'], new Set(['alert']))).toBe(true)
    expect(isAffected(['articles:en'], new Set(['articles:ru']))).toBe(false)
    expect(isAffected(['*'], new Set())).toBe(true)
  })
})
