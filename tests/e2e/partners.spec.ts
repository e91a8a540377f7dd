import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { expect, type Page, test } from '@playwright/test'
import { parseFeed } from '@rowanmanning/feed-parser'
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'

import { htmlLang } from '../../content-models/locales'
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server'
import { iframeSnippet } from '../../site/embed/snippets'
import { e2e } from './env'
import { holdIslandScripts } from './slow-scripts'

const portal = e2e.siteUrl
const apiFiles = ['articles', 'law-changes', 'events', 'help-centres'] as const

/** Every file under dist/ whose path matches, as text. */
function distFiles(match: RegExp): { file: string; text: string }[] {
  return (fs.readdirSync(e2e.distDir, { recursive: true }) as string[])
    .filter((f) => match.test(f) && fs.statSync(path.join(e2e.distDir, f)).isFile())
    .map((file) => ({ file, text: fs.readFileSync(path.join(e2e.distDir, file), 'utf8') }))
}

test.describe('static JSON API', () => {
  test('every file validates against the schema published beside it, and other sites may read it', async ({
    request,
  }) => {
    const ajv = new Ajv2020({ allErrors: true, strict: true })
    addFormats.default(ajv)
    const index = await (await request.get(`${portal}/api/v1/index.json`)).json()
    for (const locale of index.languages as string[]) {
      for (const name of apiFiles) {
        const schema = await (await request.get(`${portal}/api/v1/schemas/${name}.json`)).json()
        const res = await request.get(`${portal}/api/v1/${locale}/${name}.json`)
        expect(res.headers()['access-control-allow-origin']).toBe('*')
        const data = await res.json()
        const validate = ajv.getSchema(schema.$id) ?? ajv.compile(schema)
        expect(validate(data), `${locale}/${name}.json: ${ajv.errorsText(validate.errors)}`).toBe(true)
        expect(data.language).toBe(locale)
        if (name === 'articles' || name === 'law-changes') {
          // The lists that grow come page by page: this is the first, and it names the next, if any.
          const pages = Math.max(1, Math.ceil(data.totalItems / index.pageSize))
          expect(data).toMatchObject({ page: 1, totalPages: pages, prev: null })
          expect(data.items).toHaveLength(Math.min(data.totalItems, index.pageSize))
          expect(data.next).toBe(pages > 1 ? `${portal}/api/v1/${locale}/${name}/page/2.json` : null)
        }
      }
    }
    const article = await (await request.get(`${portal}/api/v1/uz/articles/work-patent-russia.json`)).json()
    const articleSchema = ajv.compile(await (await request.get(`${portal}/api/v1/schemas/article.json`)).json())
    expect(articleSchema(article), ajv.errorsText(articleSchema.errors)).toBe(true)
    expect(article.article.html).toContain('<')
  })

  test('tells each item’s translation status and review date', async ({ request }) => {
    const en = await (await request.get(`${portal}/api/v1/en/articles.json`)).json()
    expect(en.items.find((i: { slug: string }) => i.slug === 'test-patent').translation.status).toBe('outdated')
    const ru = await (await request.get(`${portal}/api/v1/ru/articles.json`)).json()
    const patent = ru.items.find((i: { slug: string }) => i.slug === 'work-patent-russia')
    expect(patent).toMatchObject({ reviewedAt: '2026-10-15', translation: { status: 'published' } })
  })
})

test.describe('feeds', () => {
  test('law changes and updates parse as Atom in every language, with absolute links', async ({ request }) => {
    // The demo law changes are Russian ones, not translated into Arabic: that feed is valid but empty.
    for (const [locale, lawChanges] of [
      ['ru', 4],
      ['tg', 3],
      ['ar', 0],
    ] as const) {
      const laws = parseFeed(await (await request.get(`${portal}/${locale}/law-changes.atom`)).text())
      expect(laws.items).toHaveLength(lawChanges)
      expect(laws.language).toBe(htmlLang[locale])
      for (const item of laws.items) expect(item.url).toMatch(new RegExp(`^${portal}/${locale}/articles/`))
      const updates = parseFeed(await (await request.get(`${portal}/${locale}/updates.atom`)).text())
      expect(updates.items.length).toBeGreaterThan(0)
      expect(updates.language).toBe(htmlLang[locale])
      for (const item of updates.items) expect(item.url).toMatch(new RegExp(`^${portal}/${locale}/articles/`))
    }
  })

  test('an updated article’s entry carries its change note', async ({ request }) => {
    const updates = parseFeed(await (await request.get(`${portal}/ru/updates.atom`)).text())
    const entry = updates.items.find((i) => i.url?.endsWith('/ru/articles/test-patent/'))
    expect(entry?.description ?? entry?.content).toContain('Срок подачи документов изменился')
  })

  test('no draft or scheduled-but-unpublished document is in any API file or feed', () => {
    const files = distFiles(/^api\/|\.(atom|ics)$/)
    expect(files.length).toBeGreaterThan(50)
    for (const { file, text } of files) {
      // draft-only is a draft scheduled to be published in 2036 (tests/fixtures/schedule-future-publish.ts).
      for (const marker of ['draft-only', 'zyxdraftmarker', 'черновикмаркер', 'qoralamamarker']) {
        expect(text.includes(marker), `${marker} in ${file}`).toBe(false)
      }
    }
  })
})

test.describe('embedding on a partner site (another origin)', () => {
  let partner: StaticServer
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'partner-'))

  test.beforeAll(async () => {
    fs.writeFileSync(
      path.join(dir, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner centre</title></head><body>
<h1>Our help centre</h1>
<migrant-portal-feed id="ru" lang="ru" kind="law-change" limit="2"></migrant-portal-feed>
<migrant-portal-feed id="tg" lang="tg" kind="events" limit="3" style="--mpf-accent: rgb(200, 0, 0)"></migrant-portal-feed>
<migrant-portal-feed id="ar" lang="ar" kind="help-centres" country="bg"></migrant-portal-feed>
<script src="${portal}/embed.js" async></script>
</body></html>`,
    )
    // A site that cannot run our script: only the iframe snippet from the builder page.
    fs.writeFileSync(
      path.join(dir, 'iframe.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner centre</title></head><body>
${iframeSnippet(portal, { lang: 'ru', kind: 'law-change', topic: '', country: '', limit: 3 }, 'ru', 'Portal')}
${iframeSnippet(portal, { lang: 'tg', kind: 'events', topic: '', country: '', limit: 2 }, 'tg', 'Portal')}
${iframeSnippet(portal, { lang: 'ar', kind: 'help-centres', topic: '', country: '', limit: 3 }, 'ar', 'Portal')}
</body></html>`,
    )
    partner = await serveStatic(dir)
    expect(new URL(partner.url).origin).not.toBe(new URL(portal).origin)
  })

  test.afterAll(async () => {
    await partner.close()
  })

  const items = (page: Page, id: string) => page.locator(`#${id} li`)

  test('the script renders each list in its language with links back to the portal', async ({ page }) => {
    await page.goto(partner.url)
    await expect(items(page, 'ru')).toHaveCount(2)
    const first = items(page, 'ru').first().locator('a').first()
    await expect(first).toHaveAttribute('href', new RegExp(`^${portal}/ru/articles/`))
    await expect(page.locator('#ru section')).toHaveAttribute('lang', 'ru')
    await expect(page.locator('#ru section')).toContainText('Действует с')
    await expect(items(page, 'tg')).toHaveCount(3)
    await expect(page.locator('#tg section')).toHaveAttribute('lang', 'tg')
    // Themed through a custom property, without the partner's styles reaching inside.
    await expect(items(page, 'tg').first().locator('a').first()).toHaveCSS('color', 'rgb(200, 0, 0)')
    await expect(page.locator('#ar section')).toHaveAttribute('dir', 'rtl')
    await expect(items(page, 'ar')).toHaveCount(2)
    await expect(items(page, 'ar').first().locator('a').first()).toHaveAttribute(
      'href',
      new RegExp(`^${portal}/ar/help-centres/`),
    )
    // Attribution with a link to the portal.
    await expect(page.locator('#ar section a[href="' + portal + '/ar/"]')).toBeVisible()
  })

  test('falls back to a plain link to the portal when it cannot be reached', async ({ page }) => {
    await page.route(`${portal}/api/**`, (route) => route.abort())
    await page.goto(partner.url)
    await expect(page.locator(`#ru section a[href="${portal}/ru/"]`)).toBeVisible()
    await expect(page.locator(`#ar section a[href="${portal}/ar/"]`)).toBeVisible()
    await expect(page.locator('#ar section')).toHaveAttribute('dir', 'rtl')
    await expect(page.locator('#ru li')).toHaveCount(0)
  })

  test('each iframe fits its content, with no scrollbar, in its language', async ({ page }) => {
    await page.goto(`${partner.url}/iframe.html`)
    const frames = page.locator('iframe[data-migrant-portal]')
    await expect(frames).toHaveCount(3)
    for (const [i, lang, dir, count] of [
      [0, 'ru', 'ltr', 3],
      [1, 'tg', 'ltr', 2],
      [2, 'ar', 'rtl', 3],
    ] as const) {
      const frame = frames.nth(i).contentFrame()
      await expect(frame.locator('migrant-portal-feed li')).toHaveCount(count)
      await expect(frame.locator('html')).toHaveAttribute('lang', lang)
      await expect(frame.locator('html')).toHaveAttribute('dir', dir)
      // Links open the portal in the whole window, not inside the frame.
      await expect(frame.locator('base')).toHaveAttribute('target', '_top')
      await expect
        .poll(async () => {
          const outer = await frames.nth(i).evaluate((f) => f.getBoundingClientRect().height)
          const inner = await frame.locator('html').evaluate((h) => Math.ceil(h.getBoundingClientRect().height))
          return Math.abs(outer - inner) <= 1 && inner > 100
        })
        .toBe(true)
    }
  })
})

test.describe('"Put this on your site"', () => {
  test('builds the code for the chosen language, kind and limit, with a live preview', async ({ page }) => {
    await page.goto('/ky/embed/')
    await page.getByTestId('embed-lang').selectOption('tg')
    await page.getByTestId('embed-kind').selectOption('events')
    await page.getByTestId('embed-limit').fill('2')
    const code = page.getByTestId('embed-script-code')
    await expect(code).toContainText('lang="tg"')
    await expect(code).toContainText('kind="events"')
    await expect(code).toContainText('limit="2"')
    await expect(code).toContainText(`${portal}/embed.js`)
    await expect(page.getByTestId('embed-iframe-code')).toContainText(`${portal}/embed/tg/?kind=events`)
    await expect(page.getByTestId('embed-preview').locator('li')).toHaveCount(2)
    await expect(page.getByTestId('embed-preview').locator('section')).toHaveAttribute('lang', 'tg')
    await expect(page.getByTestId('feed-links').locator('a')).toHaveCount(3)
  })

  test('a topic picked for articles is not carried into the code for help centres', async ({ page }) => {
    await page.goto('/ru/embed/')
    const topic = (await page.getByTestId('embed-topic').locator('option').nth(1).getAttribute('value'))!
    await page.getByTestId('embed-topic').selectOption(topic)
    const code = page.getByTestId('embed-script-code')
    await expect(code).toContainText(`topic="${topic}"`)
    await page.getByTestId('embed-kind').selectOption('help-centres')
    await expect(code).toContainText('kind="help-centres"')
    await expect(code).not.toContainText('topic=')
    await expect(page.getByTestId('embed-iframe-code')).not.toContainText('topic=')
    await expect(page.getByTestId('embed-preview').locator('li').first()).toBeVisible()
  })

  test('keeps what the partner picked before the page’s script arrived on a slow connection', async ({ page }) => {
    const release = await holdIslandScripts(page)
    await page.goto('/ky/embed/', { waitUntil: 'domcontentloaded' })
    await page.getByTestId('embed-lang').selectOption('ar')
    await page.getByTestId('embed-kind').selectOption('help-centres')
    await page.getByTestId('embed-limit').fill('3')
    await expect(page.getByTestId('embed-script-code')).toContainText('lang="ky"') // not hydrated yet
    release()
    const code = page.getByTestId('embed-script-code')
    await expect(code).toContainText('<migrant-portal-feed lang="ar" kind="help-centres" limit="3">')
    await expect(page.getByTestId('embed-preview').locator('section')).toHaveAttribute('dir', 'rtl')
    await expect(page.getByTestId('embed-preview').locator('li')).toHaveCount(3)
  })
})
