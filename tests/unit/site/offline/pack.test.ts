import { describe, expect, it } from 'vitest'

import { offlinePack } from '../../../../site/offline/pack'
import { formatRange } from '../../../../site/utils/format'
import { fixture, HOSTILE, SITE } from './pack-fixture'

const content = fixture()
const en = offlinePack(content, 'en', { siteUrl: SITE })

/** Ids of the file's items, in order. */
const itemIds = (html: string) => [...html.matchAll(/<article class="item" id="([^"]+)" data-item>/g)].map((m) => m[1])

/** The HTML of one item. */
function item(html: string, id: string): string {
  const start = html.indexOf(`<article class="item" id="${id}"`)
  expect(start, id).toBeGreaterThan(-1)
  return html.slice(start, html.indexOf('</article>', start))
}

describe('the single-file pack', () => {
  it('has one section per published article, help centre and upcoming event of its language', () => {
    expect(itemIds(en)).toEqual([
      'article-new-law',
      'article-links',
      'article-patent',
      'centre-moscow-centre',
      'event-upcoming-meeting',
    ])
    // Each also in the contents.
    for (const id of itemIds(en)) expect(en).toContain(`<li><a href="#${id}">`)
  })

  it('leaves out articles not translated into its language, and past events', () => {
    expect(en).not.toContain('id="article-russian-only"')
    expect(en).not.toContain('Текст только на русском')
    expect(en).not.toContain('past-meeting')
    const ru = offlinePack(content, 'ru', { siteUrl: SITE })
    expect(itemIds(ru)).toEqual(['article-patent', 'article-russian-only', 'centre-moscow-centre'])
    expect(ru).not.toContain('How to get a work patent')
  })

  it('makes links to articles it holds anchors, and other site links absolute', () => {
    const links = item(en, 'article-links')
    const hrefs = [...links.matchAll(/href="([^"]*)"/g)].map((m) => m[1])
    expect(hrefs).toEqual([
      '#article-patent',
      '#article-patent',
      '#article-patent',
      // Another language's page is what the editor linked: it stays on the live site.
      `${SITE}/ru/articles/patent/`,
      `${SITE}/en/articles/russian-only/`,
      '#centre-moscow-centre',
      'https://example.com/x?a=1&amp;b=2',
      '#part',
      '#',
      `${SITE}/en/articles/links/`,
      '#contents',
    ])
    expect(en).not.toMatch(/href="\/(?!\/)/)
  })

  it('links a law change and the articles it affects both ways', () => {
    const law = item(en, 'article-new-law')
    expect(law).toContain('Takes effect on January 1, 2027')
    expect(law).toContain('href="#article-patent"')
    // Not in English: offered in Russian on the live site, marked as Russian.
    expect(law).toContain(
      `<a href="${SITE}/ru/articles/russian-only/" lang="ru" hreflang="ru" dir="ltr">Только по-русски</a>`,
    )
    expect(item(en, 'article-patent')).toContain('<a href="#article-new-law">New patent law</a>')
  })

  it('escapes editors’ text', () => {
    expect(en).not.toContain('<img')
    expect(en).not.toContain('<b>updated</b>')
    expect(en).toContain('&lt;img src=x onerror=alert(1)&gt; Patent &amp; &quot;work&quot;')
    expect(en).toContain('Fees &lt;b&gt;updated&lt;/b&gt;')
    expect(en.split(HOSTILE).length).toBe(1)
  })

  it('is stamped with the snapshot date and links to the live site', () => {
    expect(en).toMatch(/<html lang="en" dir="ltr">/)
    expect(en).toContain('Content as of November 21, 2026')
    expect(en).toContain(`<a href="${SITE}/en/">Open the live site</a>`)
    const ar = offlinePack(
      {
        ...content,
        articles: [{ ...content.articles[0], translations: { ar: content.articles[0].translations.en! } }],
      },
      'ar',
      {
        siteUrl: SITE,
      },
    )
    expect(ar).toMatch(/<html lang="ar" dir="rtl">/)
  })

  it('gives help centres their phones, hotline, messengers and hours', () => {
    const centre = item(en, 'centre-moscow-centre')
    expect(centre).toContain('<a href="tel:+74950000001">+7 495 000-00-01</a>')
    expect(centre).toContain('<a href="tel:88000000000">8 800 000-00-00</a> (free call)')
    expect(centre).toContain('href="https://wa.me/79000000001"')
    expect(centre).toContain('href="https://t.me/demo_centre"')
    expect(centre).toContain('href="viber://chat?number=%2B79000000002"')
    expect(centre).toContain('Mon–Fri 9:00–18:00')
    expect(centre).toContain('1 Example St., Moscow, Moscow')
    expect(centre).toContain('<a href="#" rel="external">javascript:alert(1)</a>')
    expect(en).not.toContain('href="javascript:')
    expect(centre).toContain('href="#event-upcoming-meeting"')
    // Blocks end lines, so the text search reads back is not glued across list items.
    expect(centre).toContain('<li>Legal advice</li>\n')
  })

  it('gives events their time in their own zone and their place', () => {
    const meeting = item(en, 'event-upcoming-meeting')
    // 16:00 UTC is 19:00 in Moscow.
    expect(meeting).toContain(
      formatRange('2026-12-10T16:00:00.000Z', '2026-12-10T17:30:00.000Z', 'Europe/Moscow', 'en'),
    )
    expect(meeting).toMatch(/7:00\s?–\s?8:30\sPM/)
    expect(meeting).toContain('Moscow time, UTC+3')
    expect(meeting).not.toContain('Europe/Moscow')
    expect(meeting).toContain('href="#centre-moscow-centre"')
    expect(meeting).toContain('<a href="tel:+79000000003">')
  })

  it('needs nothing from outside: no external resource, search inline', () => {
    expect(en).not.toMatch(/<(img|iframe|link rel="stylesheet"|script src)/)
    expect(en).not.toMatch(/<[^>]*\ssrc=/)
    expect(en).toContain('<style>')
    const scripts = [...en.matchAll(/<script(?: [^>]*)?>([\s\S]*?)<\/script>/g)]
    expect(scripts).toHaveLength(2)
    const data = JSON.parse(scripts[0][1])
    expect(data.locale).toBe('en')
    // Keywords and glossary words find the article without being shown.
    expect(data.hidden['article-patent'].k).toBe('pnr')
    expect(data.concepts[data.hidden['article-patent'].g[0][0]]).toContain('патент')
    expect(item(en, 'article-patent')).not.toContain('pnr')
  })

  it('is the same file for the same snapshot', () => {
    expect(offlinePack(fixture(), 'en', { siteUrl: SITE })).toBe(en)
  })
})
