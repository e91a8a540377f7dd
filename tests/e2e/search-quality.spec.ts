import { expect, type Page, test } from '@playwright/test'

import { runQuery } from '../../scripts/search/run-query'
import { loadQueries } from '../search/query-set'
import { e2e } from './env'

/** Result paths for a query typed into the search box, as a reader would. */
async function typeSearch(page: Page, locale: string, query: string): Promise<string[]> {
  await page.goto(`/${locale}/search/`)
  await page.getByRole('searchbox').pressSequentially(query, { delay: 20 })
  // Results for the whole query, not for a prefix typed on the way.
  await expect(page.getByTestId('search-status')).toHaveAttribute('data-query', query)
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(query)
  return page
    .getByTestId('search-results')
    .locator('a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
}

test.describe('search finds the article however it is typed', () => {
  const cases = [
    ['tg', 'хукук', 'police-check-rights-russia', 'ҳуқуқ typed on a Russian keyboard'],
    ['ky', 'суйлошуу', 'employment-contract-pay-russia', 'сүйлөшүү typed on a Russian keyboard'],
    ['uz', 'ҳужжат', 'lost-or-taken-documents', 'Uzbek typed in Cyrillic, text in Latin'],
    ['uz', 'sogliq', 'dms-insurance-patent-russia', 'sogʻliq without the mark'],
    ['uz', "sog'liq", 'dms-insurance-patent-russia', 'sogʻliq with an ASCII apostrophe'],
    ['uz', 'sog‘liq', 'dms-insurance-patent-russia', 'sogʻliq with a typographic quote'],
    ['ru', 'миграционка', 'migration-card-russia', 'colloquial word not in the text'],
    ['ru', 'РВП', 'temporary-residence-permit-russia', 'abbreviation not in the text'],
    ['tg', 'РВП', 'temporary-residence-permit-russia', 'Russian abbreviation on a Tajik page'],
    [
      'uz',
      'разрешение на временное проживание',
      'temporary-residence-permit-russia',
      'Russian official words on an Uzbek page',
    ],
    ['ky', 'миграционный учет', 'migration-registration-russia', 'Russian official words, ё typed as е'],
  ] as const
  for (const [locale, query, slug, why] of cases) {
    test(`${locale}: «${query}» (${why})`, async ({ page }) => {
      const paths = await typeSearch(page, locale, query)
      expect(paths.slice(0, 3)).toContain(`/${locale}/articles/${slug}/`)
    })
  }

  test('highlights the word as written for a query typed without special letters', async ({ page }) => {
    await typeSearch(page, 'tg', 'хукук')
    const marks = await page.getByTestId('search-results').locator('mark').allInnerTexts()
    expect(marks.length).toBeGreaterThan(0)
    expect(marks.every((m) => /^ҳуқуқ/i.test(m))).toBe(true)
  })
})

test.describe('editors’ search keywords', () => {
  test('find the article but are not shown on it', async ({ page }) => {
    const paths = await typeSearch(page, 'ru', 'патентзапрос')
    expect(paths).toContain('/ru/articles/test-patent/')
    await page.goto('/ru/articles/test-patent/')
    await expect(page.getByTestId('article')).not.toContainText('патентзапрос')
  })
})

test.describe('filters and sorting', () => {
  test('filtering by kind keeps only that kind and is kept in the link', async ({ page }) => {
    await page.goto('/ru/search/?q=патент')
    await expect(page.getByTestId('search-status')).toHaveAttribute('data-state', 'done')
    const before = await page.getByTestId('search-results').locator('li').count()
    await page.getByText('Уточнить поиск').click()
    await page.getByLabel('Тип').selectOption('law-change')
    await expect(page).toHaveURL(/kind=law-change/)
    await expect(page.getByTestId('search-results').locator('.tag').first()).toHaveText('Изменение в законе')
    const tags = await page.getByTestId('search-results').locator('.tag').allInnerTexts()
    expect(tags.every((t) => t === 'Изменение в законе')).toBe(true)
    expect(tags.length).toBeLessThan(before + 1)
  })

  test('law changes sort by effective date, newest first, from a shared link', async ({ page }) => {
    await page.goto('/ru/search/?kind=law-change&sort=effective')
    await expect(page.getByTestId('search-status')).toHaveAttribute('data-state', 'done')
    const dates = await page
      .getByTestId('search-results')
      .locator('time')
      .evaluateAll((t) => t.map((e) => e.getAttribute('datetime') ?? ''))
    expect(dates.length).toBeGreaterThanOrEqual(3)
    expect([...dates].sort().reverse()).toEqual(dates)
    await expect(page.getByLabel('Сортировка')).toHaveValue('effective')
  })

  test('a topic filter narrows results to that topic', async ({ page }) => {
    await page.goto('/tg/search/?q=патент&topic=health')
    await expect(page.getByTestId('search-status')).toHaveAttribute('data-state', 'done')
    await expect(
      page.getByTestId('search-results').locator('a[href="/tg/articles/dms-insurance-patent-russia/"]'),
    ).toBeVisible()
    await expect(page.getByTestId('search-results').locator('a[href="/tg/articles/work-patent-russia/"]')).toHaveCount(
      0,
    )
  })
})

test.describe('search page accessibility and fallbacks', () => {
  test('announces the number of results politely, in the page language', async ({ page }) => {
    await page.goto('/ky/search/?q=патент')
    const status = page.getByRole('status')
    await expect(status).toHaveAttribute('aria-live', 'polite')
    await expect(status).toContainText(/\d+ натыйжа/)
  })

  test('works from the keyboard alone', async ({ page }) => {
    await page.goto('/ar/search/')
    await page.keyboard.press('Tab') // skip link
    for (
      let i = 0;
      i < 25 && !(await page.getByRole('searchbox').evaluate((el) => el === document.activeElement));
      i++
    ) {
      await page.keyboard.press('Tab')
    }
    await page.keyboard.type('مترجم')
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('search-results').locator('li').first()).toBeVisible()
  })

  test('without JavaScript the search page offers the topic index', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: e2e.siteUrl })
    const page = await context.newPage()
    await page.goto('/tg/search/')
    await expect(page.locator('main a[href^="/tg/topics/"]').first()).toBeVisible()
    await context.close()
  })
})

test.describe('labelled query set', () => {
  test('recall@3 stays at 90% or more over every language and kind of query', async ({ page }) => {
    test.setTimeout(300_000)
    const queries = loadQueries()
    let hits = 0
    const misses: string[] = []
    for (const q of queries) {
      const top3 = (await runQuery(page, e2e.siteUrl, 'portal', q.locale, q.query)).slice(0, 3)
      if (q.expect.some((slug) => top3.includes(`/${q.locale}/articles/${slug}/`))) hits++
      else misses.push(`${q.locale} ${q.category} «${q.query}»`)
    }
    const recall = hits / queries.length
    expect(recall, `missed: ${misses.join('; ')}`).toBeGreaterThanOrEqual(0.9)
  })
})
