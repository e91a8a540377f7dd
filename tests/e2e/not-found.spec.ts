import { expect, test } from '@playwright/test'

import { localeCodes } from '../../content-models/locales'

test.describe('missing pages', () => {
  test('a missing page under /uz/ answers 404 in Uzbek, with search and a way home', async ({ page }) => {
    const response = await page.goto('/uz/articles/no-such-article/')
    expect(response?.status()).toBe(404)
    // The address the reader asked for stays.
    await expect(page).toHaveURL(/\/uz\/articles\/no-such-article\/$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'uz-Latn')
    // Search engines are told not to index it, and it claims no address of its own.
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex')
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(0)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sahifa topilmadi')
    await expect(page.getByRole('link', { name: 'Bosh sahifaga oʻtish' })).toHaveAttribute('href', '/uz/')
    await expect(page.getByRole('link', { name: 'Yaqiningizdagi yordam markazini topish' })).toHaveAttribute(
      'href',
      '/uz/help-centres/',
    )
    const search = page.getByRole('main').getByRole('searchbox', { name: 'Maqolalardan qidirish' })
    await search.fill('patent')
    await search.press('Enter')
    await expect(page).toHaveURL(/\/uz\/search\/\?q=patent/)
    await expect(page.getByTestId('search-results')).toBeVisible()
  })

  test('under /ar/ it is right to left', async ({ page }) => {
    const response = await page.goto('/ar/nothing-here/')
    expect(response?.status()).toBe(404)
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('الصفحة غير موجودة')
  })

  test('a path outside any language gets the root page, with every language', async ({ page }) => {
    const response = await page.goto('/no-such-place/')
    expect(response?.status()).toBe(404)
    await expect(page.locator('html')).toHaveAttribute('lang', 'mul')
    const homes = page.getByTestId('home-link')
    await expect(homes).toHaveCount(localeCodes.length)
    for (const locale of localeCodes) {
      const section = page.locator(`section[data-locale="${locale}"]`)
      await expect(section).toBeVisible()
      await expect(section.getByTestId('home-link')).toHaveAttribute('href', `/${locale}/`)
      await expect(section.locator('form')).toHaveAttribute('action', `/${locale}/search/`)
    }
  })

  test('on a host with only the root 404, a path under a language shows that language', async ({ page, request }) => {
    const root = await (await request.get('/no-such-place/')).text()
    await page.route('**/tg/missing/', (route) =>
      route.fulfill({ status: 404, contentType: 'text/html; charset=utf-8', body: root }),
    )
    await page.goto('/tg/missing/')
    await expect(page).toHaveURL(/\/tg\/missing\/$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'tg')
    await expect(page.locator('section[data-locale="tg"]')).toBeVisible()
    await expect(page.locator('section[data-locale]:visible')).toHaveCount(1)
  })
})
