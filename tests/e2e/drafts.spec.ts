import { expect, test } from '@playwright/test'

import { e2e } from './env'
import { publishedText } from './published-text'

// Markers that occur only in unpublished fixture texts (tests/fixtures/import/valid):
// a wholly unpublished article, and an unpublished Uzbek translation of a published one.
const DRAFT_MARKERS = ['zyxdraftmarker', 'черновикмаркер', 'qoralamamarker', 'Черновик, который никто не должен видеть']

test.describe('unpublished drafts', () => {
  test('appear nowhere in the built site: pages, search index, sitemap', () => {
    const files = publishedText(e2e.distDir)
    const fragments = [...files.keys()].filter((f) => f.includes('fragment'))
    expect(fragments.length).toBeGreaterThan(0)
    // The scan does see published text of the same fixture, in pages and in the index.
    const published = [...files].filter(([, text]) => text.includes('Тестовый патент'))
    expect(published.some(([name]) => name.endsWith('.html'))).toBe(true)
    expect(published.some(([name]) => name.includes('fragment'))).toBe(true)

    for (const marker of DRAFT_MARKERS) {
      const leaks = [...files]
        .filter(([, text]) => text.toLowerCase().includes(marker.toLowerCase()))
        .map(([name]) => name)
      expect(leaks, `"${marker}" leaked into`).toEqual([])
    }
    const sitemap = [...files]
      .filter(([name]) => name.startsWith('sitemap'))
      .map(([, text]) => text)
      .join('\n')
    expect(sitemap).toContain('/ru/articles/test-patent/')
    expect(sitemap).not.toContain('/draft-only/')
    expect(sitemap).not.toContain('/uz/articles/test-patent/')
  })

  test('a draft translation gets no page, the published ones do', async ({ request }) => {
    expect((await request.get('/ru/articles/test-patent/')).status()).toBe(200)
    expect((await request.get('/en/articles/test-patent/')).status()).toBe(200)
    expect((await request.get('/uz/articles/test-patent/')).status()).toBe(404)
    expect((await request.get('/ru/articles/draft-only/')).status()).toBe(404)
  })

  test('the CMS API does not show drafts to anonymous readers', async ({ request }) => {
    const api = `${e2e.cmsUrl}/api/articles?where[slug][equals]=draft-only&locale=ru&draft=true`
    const res = await request.get(api)
    expect(res.status()).toBe(200)
    expect((await res.json()).docs).toEqual([])
    for (const query of [
      'where[slug][equals]=test-patent&locale=uz&draft=true',
      'where[slug][equals]=test-patent&locale=all',
      'where[slug][equals]=test-patent&locale=all&draft=true',
      'where[slug][equals]=test-patent&locale=uz&fallback-locale=ru&draft=true',
      'locale=all&limit=100',
    ]) {
      const body = JSON.stringify(await (await request.get(`${e2e.cmsUrl}/api/articles?${query}`)).json())
      for (const marker of DRAFT_MARKERS) expect(body, `${query} leaks "${marker}"`).not.toContain(marker)
    }
    const published = JSON.stringify(
      await (await request.get(`${e2e.cmsUrl}/api/articles?where[slug][equals]=test-patent&locale=all`)).json(),
    )
    expect(published).toContain('Тестовый патент')
  })
})
