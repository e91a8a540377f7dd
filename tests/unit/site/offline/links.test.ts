import { describe, expect, it } from 'vitest'

import { itemAt, type LinkContext, offlineBody, offlineHref } from '../../../../site/offline/pack-links'
import { SITE } from './pack-fixture'

const ctx: LinkContext = {
  locale: 'tg',
  siteUrl: SITE,
  itemHref: (ref) => (ref.slug === 'held' ? `#${ref.kind}-held` : undefined),
}
const page = '/tg/articles/here/'

describe('links in offline files', () => {
  it('finds the item a site path is the page of, in the file’s language only', () => {
    expect(itemAt('/tg/articles/work-patent/', 'tg')).toEqual({ kind: 'article', slug: 'work-patent' })
    expect(itemAt('/tg/articles/work-patent', 'tg')).toEqual({ kind: 'article', slug: 'work-patent' })
    expect(itemAt('/tg/help-centres/perm/', 'tg')).toEqual({ kind: 'centre', slug: 'perm' })
    expect(itemAt('/tg/events/meeting/', 'tg')).toEqual({ kind: 'event', slug: 'meeting' })
    expect(itemAt('/ru/articles/work-patent/', 'tg')).toBeUndefined()
    expect(itemAt('/tg/articles/', 'tg')).toBeUndefined()
    expect(itemAt('/tg/articles/a/b/', 'tg')).toBeUndefined()
    expect(itemAt('/tg/articles/-a/', 'tg')).toBeUndefined()
    expect(itemAt('/tg/help-centres/in/ru/', 'tg')).toBeUndefined()
  })

  it('leads inside the file when it holds the item, else to the live site', () => {
    expect(offlineHref('/tg/articles/held/', page, ctx)).toBe('#article-held')
    expect(offlineHref(`${SITE}/tg/articles/held/#part`, page, ctx)).toBe('#article-held')
    expect(offlineHref('../held/', page, ctx)).toBe('#article-held')
    expect(offlineHref('/tg/events/held/', page, ctx)).toBe('#event-held')
    expect(offlineHref('/tg/articles/missing/', page, ctx)).toBe(`${SITE}/tg/articles/missing/`)
    expect(offlineHref('/tg/law-changes/', page, ctx)).toBe(`${SITE}/tg/law-changes/`)
    expect(offlineHref('/tg/search/?q=патент', page, ctx)).toBe(
      `${SITE}/tg/search/?q=%D0%BF%D0%B0%D1%82%D0%B5%D0%BD%D1%82`,
    )
  })

  it('keeps outside links and fragments, and makes other schemes inert', () => {
    expect(offlineHref('https://xn--b1aew.xn--p1ai', page, ctx)).toBe('https://xn--b1aew.xn--p1ai')
    expect(offlineHref('tel:+79000000000', page, ctx)).toBe('tel:+79000000000')
    expect(offlineHref('mailto:a@example.org', page, ctx)).toBe('mailto:a@example.org')
    expect(offlineHref('#part', page, ctx)).toBe('#part')
    expect(offlineHref('javascript:alert(1)', page, ctx)).toBe('#')
    expect(offlineHref(' JavaScript:alert(1)', page, ctx)).toBe('#')
    expect(offlineHref('data:text/html,<script>alert(1)</script>', page, ctx)).toBe('#')
    expect(offlineHref('file:///etc/passwd', page, ctx)).toBe('#')
  })

  it('rewrites a body’s links and heading levels, and drops the converter’s empty attributes', () => {
    const html =
      '<h2>Part</h2><p><a href="/tg/articles/held/" rel="noopener">a</a> <a class="x" href=\'javascript:alert(1)\'>b</a>' +
      ' <a href="https://example.com/?a=1&amp;b=&quot;2&quot;">c</a></p><ul><li\n   class=""\n   style=""\n   value="1"\n  >x</li></ul>'
    expect(offlineBody(html, { ...ctx, pagePath: page, headingShift: 2 })).toBe(
      '<h4>Part</h4><p><a href="#article-held" rel="noopener">a</a> <a class="x" href="#">b</a>' +
        ' <a href="https://example.com/?a=1&amp;b=&quot;2&quot;">c</a></p><ul><li value="1">x</li></ul>',
    )
  })
})
