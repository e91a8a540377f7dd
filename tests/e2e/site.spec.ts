import { gzipSync } from 'node:zlib'

import { expect, test } from '@playwright/test'

import { localeCodes } from '../../content-models/locales'
import { registerScript } from '../../site/offline/register'

test.describe('language chooser', () => {
  test('the root page offers every language in its own script', async ({ page }) => {
    await page.goto('/')
    const links = page.getByTestId('language-list').getByRole('link')
    await expect(links).toHaveCount(localeCodes.length)
    await expect(page.getByRole('link', { name: 'Тоҷикӣ' })).toHaveAttribute('href', '/tg/')
    await expect(page.getByRole('link', { name: 'العربية' })).toHaveAttribute('href', '/ar/')
  })
})

test.describe('pages per language', () => {
  for (const [locale, lang, dir] of [
    ['ru', 'ru', 'ltr'],
    ['uz', 'uz-Latn', 'ltr'],
    ['tg', 'tg', 'ltr'],
    ['ar', 'ar', 'rtl'],
  ] as const) {
    test(`${locale}: home declares lang="${lang}" dir="${dir}" and lists topics and articles`, async ({ page }) => {
      await page.goto(`/${locale}/`)
      await expect(page.locator('html')).toHaveAttribute('lang', lang)
      await expect(page.locator('html')).toHaveAttribute('dir', dir)
      // Articles are a topic away: the home page lists topics, not every article.
      await page.getByTestId('topic-list').getByRole('link').first().click()
      await expect(page).toHaveURL(new RegExp(`/${locale}/topics/[a-z0-9-]+/$`))
      const firstArticle = page.locator(`main .cards a[href^="/${locale}/articles/"]`).first()
      await firstArticle.click()
      await expect(page).toHaveURL(new RegExp(`/${locale}/articles/[a-z0-9-]+/$`))
      await expect(page.locator('html')).toHaveAttribute('dir', dir)
    })
  }

  test('home links to all the articles, a page at a time', async ({ page, request }) => {
    await page.goto('/ru/')
    await page.getByTestId('all-articles').getByRole('link', { name: 'Все статьи' }).click()
    await expect(page).toHaveURL(/\/ru\/articles\/$/)
    await expect(page.locator('h1')).toHaveText('Все статьи')
    // The demo's articles fit on the first page: every one listed, and no links to other pages.
    const { totalItems } = await (await request.get('/api/v1/ru/articles.json')).json()
    await expect(page.locator('main .cards > li')).toHaveCount(totalItems)
    await expect(page.getByTestId('pagination')).toHaveCount(0)
  })

  test('law changes are listed newest effective date first', async ({ page }) => {
    await page.goto('/ru/law-changes/')
    const dates = await page.locator('main time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''))
    expect(dates.length).toBeGreaterThanOrEqual(3)
    expect([...dates].sort().reverse()).toEqual(dates)
  })
})

test.describe('language switcher', () => {
  test('keeps the reader on the same article across ru → tg → uz → ky', async ({ page }) => {
    await page.goto('/ru/articles/police-check-rights-russia/')
    // The picker is folded on every screen: a tap opens it, with no JavaScript.
    await page.getByTestId('language-picker').locator('summary').click()
    const switcher = page.getByRole('navigation', { name: 'Эта статья на других языках' })
    await switcher.getByRole('link', { name: 'Тоҷикӣ' }).click()
    await expect(page).toHaveURL(/\/tg\/articles\/police-check-rights-russia\/$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'tg')
    await expect(page.locator('h1')).toContainText('Ҳуқуқ')

    await page.getByTestId('language-picker').locator('summary').click()
    await page.locator('nav.langs').getByRole('link', { name: 'Oʻzbekcha' }).click()
    await expect(page).toHaveURL(/\/uz\/articles\/police-check-rights-russia\/$/)
    await page.getByTestId('language-picker').locator('summary').click()
    await page.locator('nav.langs').getByRole('link', { name: 'Кыргызча' }).click()
    await expect(page).toHaveURL(/\/ky\/articles\/police-check-rights-russia\/$/)
  })

  test('an Arabic article is right to left and switches to its Bulgarian original', async ({ page }) => {
    await page.goto('/ar/articles/asylum-seekers-rights-bulgaria/')
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
    await page.getByTestId('language-picker').locator('summary').click()
    await page.locator('nav.langs').getByRole('link', { name: 'Български' }).click()
    await expect(page).toHaveURL(/\/bg\/articles\/asylum-seekers-rights-bulgaria\/$/)
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
  })

  test('offers only the languages an article is translated into', async ({ page }) => {
    await page.goto('/ru/articles/migration-card-russia/')
    await page.getByTestId('language-picker').locator('summary').click()
    const names = await page.locator('nav.langs a').allInnerTexts()
    expect(names).toEqual(['Русский', 'English'])
  })
})

test.describe('missing translations', () => {
  test('an untranslated article has no page in that language', async ({ request }) => {
    const missing = await request.get('/tg/articles/migration-card-russia/')
    expect(missing.status()).toBe(404)
    expect((await request.get('/ru/articles/migration-card-russia/')).status()).toBe(200)
  })

  test('the topic page offers it in Russian, marked as not yet translated', async ({ page }) => {
    await page.goto('/tg/topics/documents/')
    const section = page.getByTestId('untranslated')
    await expect(section.getByRole('heading')).toHaveText('Ҳанӯз ба забони тоҷикӣ тарҷума нашудааст')
    const link = section.locator('a[href="/ru/articles/migration-card-russia/"]')
    await expect(link).toHaveAttribute('hreflang', 'ru')
    await link.click()
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
  })
})

test.describe('reading needs no JavaScript', () => {
  test('an article page loads no script but the service worker’s registration', async ({ page, baseURL }) => {
    const scripts: string[] = []
    // Context-wide, so the worker script the registration fetches is seen too.
    page.context().on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()))
    await page.goto('/uz/articles/work-patent-russia/')
    await expect(page.locator('h1')).toBeVisible()
    await page.evaluate(() => navigator.serviceWorker.ready)
    expect(scripts).toEqual([new URL('/sw.js', baseURL).href])
    // JSON-LD is data for search engines, not a script that runs. The one script
    // is the inline registration, exactly as site/offline/register.ts has it, under 1 KB compressed.
    const inline = page.locator('script:not([type="application/ld+json"])')
    await expect(inline).toHaveCount(1)
    expect(await inline.getAttribute('src')).toBeNull()
    expect(await inline.textContent()).toBe(registerScript)
    expect(gzipSync(registerScript).length).toBeLessThan(1024)
  })

  test('an article is readable with JavaScript switched off', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/ky/articles/employment-contract-pay-russia/')
    await expect(page.getByTestId('article')).toContainText('сүйлөшүү')
    await context.close()
  })
})
