import { parseFeed } from '@rowanmanning/feed-parser'
import { beforeAll, describe, expect, it } from 'vitest'

import type { SiteContent } from '../../../site/data/types'
import { snapshotArticle, translation } from '../../helpers/site-content'
import { withSnapshot } from '../../helpers/site-content'

// An editor's title and summary that a reader would run as markup if the feed
// declared them HTML; the summary's second `]]>` also ends a CDATA section
// early (xml-js escapes only the first), and the title carries a vertical tab
// and a NUL, which XML 1.0 cannot carry at all.
const TITLE = '<img src=x onerror=alert(1)> Patent\u000B\u0000 and registration'
const SUMMARY = '<script>alert(1)</script> & a]]>b]]><entry><title>forged</title></entry>'
const NOTE = 'Fee changed\uFFFE\uD800 <b>now</b>'

const tr = translation
const article = snapshotArticle

const content: SiteContent = {
  generatedAt: '2026-11-21T00:00:00.000Z',
  topics: [],
  glossary: [],
  regions: [],
  events: [],
  helpCentres: [],
  articles: [
    article('permit', { translations: { en: tr(TITLE, { summary: SUMMARY, updatedAt: '2026-11-03T00:00:00.000Z' }) } }),
    article('noted', {
      translations: {
        en: tr('Noted', { changes: [{ date: '2026-11-02', note: NOTE }], updatedAt: '2026-11-02T00:00:00.000Z' }),
      },
    }),
    article('new-law', {
      kind: 'law-change',
      effectiveDate: '2027-01-01',
      translations: { en: tr(TITLE, { summary: SUMMARY }), ru: tr('Новый закон', { summary: 'Кратко.' }) },
    }),
  ],
}

let feeds: typeof import('../../../site/api/feeds')

beforeAll(async () => {
  feeds = await withSnapshot(content, () => import('../../../site/api/feeds'))
})

// What XML 1.0 (§2.2) does not allow: C0 controls but TAB, LF and CR;
// U+FFFE, U+FFFF; and surrogate halves that are not part of a pair.
const NOT_XML_CHAR =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** Each entry's `<title>` and `<summary>` element as written, with its attributes and inner XML. */
function entryTexts(xml: string) {
  const entries = xml.split('<entry>').slice(1)
  return entries.flatMap((entry) =>
    [...entry.matchAll(/<(title|summary)((?: [^>]*)?)>([\s\S]*?)<\/\1>/g)].map(([, name, attrs, inner]) => ({
      name,
      attrs,
      inner,
    })),
  )
}

/** Checks the Atom document is well formed as far as editors' text can break it, and parses it. */
function parse(xml: string) {
  expect(xml).not.toMatch(NOT_XML_CHAR)
  const texts = entryTexts(xml)
  expect(texts.length).toBeGreaterThan(0)
  for (const { attrs, inner } of texts) {
    // Declared as plain text, with no markup (not even a CDATA section) inside.
    expect(attrs).toBe(' type="text"')
    expect(inner).not.toContain('<')
  }
  return parseFeed(xml)
}

const TITLE_TEXT = '<img src=x onerror=alert(1)> Patent and registration'

describe('Atom feeds with hostile text', () => {
  it('updates: titles, summaries and change notes come back as the literal text, in well-formed XML', () => {
    const xml = feeds.updatesAtom('en')
    const feed = parse(xml)
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">')
    expect(feed.items.map((i) => [i.title, i.description])).toEqual([
      [TITLE_TEXT, SUMMARY],
      ['Noted', expect.stringMatching(/: Fee changed <b>now<\/b>$/)],
      [TITLE_TEXT, SUMMARY],
    ])
  })

  it('law changes: title and summary come back as the literal text after the status', () => {
    const feed = parse(feeds.lawChangesAtom('en'))
    expect(feed.items).toHaveLength(1)
    expect(feed.items[0].title).toBe(TITLE_TEXT)
    expect(feed.items[0].description).toBe(`Takes effect on January 1, 2027. ${SUMMARY}`)
  })

  it('law changes: a status that ends with a full stop gets no second one', () => {
    const feed = parse(feeds.lawChangesAtom('ru'))
    expect(feed.items[0].description).toBe('Вступает в силу 1 января 2027 г. Кратко.')
  })
})
