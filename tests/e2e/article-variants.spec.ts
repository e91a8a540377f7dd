import { expect, type Page, test } from '@playwright/test'

import { STORAGE_KEY, STORAGE_VERSION } from '../../site/situation/storage'

/**
 * Variant blocks in articles (issue 15): every variant shows, open, under its
 * label; a reader who saved their situation sees theirs open and the others
 * folded. The demo article migration-registration-russia has an EAEU variant
 * and one for visa-free countries whose citizens need a patent.
 */

const ARTICLE = '/ru/articles/migration-registration-russia/'
const EAEU = 'Если вы гражданин страны ЕАЭС'
const PATENT = 'Если вы из безвизовой страны'

const variant = (page: Page, label: string) =>
  page.locator('details.variant', { has: page.locator('summary', { hasText: label }) })

/** Saves a situation as the "My situation" page does, before any page of the site loads. */
async function saveSituation(page: Page, citizenship: string) {
  const stored = {
    v: STORAGE_VERSION,
    situation: { host: 'ru', citizenship, purpose: 'work', dates: { entry: '2026-11-01' } },
  }
  await page.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [
    STORAGE_KEY,
    JSON.stringify(stored),
  ] as const)
}

test.describe('variants in an article', () => {
  test('without JavaScript every variant shows open, under its label', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(ARTICLE)
    await expect(page.locator('details.variant')).toHaveCount(2)
    for (const label of [EAEU, PATENT]) {
      await expect(variant(page, label)).toHaveAttribute('open', '')
      await expect(variant(page, label).locator('summary')).toBeVisible()
    }
    await expect(variant(page, EAEU)).toContainText('30 дней')
    await expect(variant(page, PATENT)).toContainText('7 рабочих дней')
    await context.close()
  })

  test('with no saved situation every variant stays open', async ({ page }) => {
    await page.goto(ARTICLE)
    await expect(variant(page, EAEU)).toHaveAttribute('open', '')
    await expect(variant(page, PATENT)).toHaveAttribute('open', '')
  })

  test('a Kyrgyz citizen sees the EAEU variant open and the other folded', async ({ page }) => {
    await saveSituation(page, 'kg')
    await page.goto(ARTICLE)
    await expect(variant(page, PATENT)).not.toHaveAttribute('open')
    await expect(variant(page, EAEU)).toHaveAttribute('open', '')
    await expect(variant(page, EAEU)).toContainText('30 дней')
    // Folded, not gone: the label still opens it.
    await variant(page, PATENT).locator('summary').click()
    await expect(variant(page, PATENT)).toContainText('7 рабочих дней')
  })

  test('an Uzbek citizen sees the patent variant open and the EAEU one folded, in Uzbek too', async ({ page }) => {
    await saveSituation(page, 'uz')
    await page.goto(ARTICLE)
    await expect(variant(page, EAEU)).not.toHaveAttribute('open')
    await expect(variant(page, PATENT)).toHaveAttribute('open', '')
    await page.goto('/uz/articles/migration-registration-russia/')
    await expect(variant(page, 'YeOII davlati fuqarosi')).not.toHaveAttribute('open')
    await expect(variant(page, 'patent kerak')).toHaveAttribute('open', '')
  })

  test('only an article with variants has their script, inline, besides the service worker’s registration', async ({
    page,
  }) => {
    const requests: string[] = []
    page.on('request', (r) => r.resourceType() === 'script' && requests.push(new URL(r.url()).pathname))
    const scripts = page.locator('script:not([type="application/ld+json"])')
    await page.goto(ARTICLE)
    await expect(scripts).toHaveCount(2)
    await expect(scripts.nth(1)).not.toHaveAttribute('src')
    expect(((await scripts.nth(1).textContent()) ?? '').length).toBeLessThan(1024)
    await page.goto('/ru/articles/police-check-rights-russia/')
    await expect(page.locator('details.variant')).toHaveCount(0)
    await expect(scripts).toHaveCount(1)
    expect(requests.filter((r) => r !== '/sw.js')).toEqual([])
  })
})
