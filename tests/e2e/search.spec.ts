import { expect, test } from '@playwright/test'

import { withoutLinkMarks } from '../../site/i18n/link-marks'
import ru from '../../site/i18n/ui/ru.json' with { type: 'json' }
import { e2e } from './env'
import { publishedText } from './published-text'
import { holdIslandScripts } from './slow-scripts'

/** Opens a shared search link and returns the result links' paths. */
async function searchFor(page: import('@playwright/test').Page, locale: string, query: string) {
  await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`)
  const results = page.getByTestId('search-results')
  await expect(results.locator('li').first()).toBeVisible()
  expect(await results.evaluate((el) => el.tagName)).toBe('OL')
  return results.locator('a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
}

test.describe('search from a shared ?q= link', () => {
  const cases = [
    ['ru', 'миграционная карта', '/ru/articles/migration-card-russia/'],
    ['tg', 'ҳуҷҷат', '/tg/articles/police-check-rights-russia/'],
    ['uz', 'sogʻliq', '/uz/articles/dms-insurance-patent-russia/'],
    ['ky', 'сүйлөшүү', '/ky/articles/employment-contract-pay-russia/'],
    ['ar', 'مترجم', '/ar/articles/asylum-seekers-rights-bulgaria/'],
  ] as const
  for (const [locale, query, expected] of cases) {
    test(`${locale}: «${query}» finds ${expected}`, async ({ page }) => {
      const paths = await searchFor(page, locale, query)
      expect(paths).toContain(expected)
      // Each language searches its own articles only.
      expect(paths.every((p) => p.startsWith(`/${locale}/articles/`))).toBe(true)
    })
  }

  test('the search box shows the query, speaks the page language and updates the link', async ({ page }) => {
    await page.goto('/ru/search/?q=патент')
    await expect(page.getByRole('searchbox', { name: 'Поиск по статьям' })).toHaveValue('патент')
    await expect(page.getByTestId('search-results').locator('li').first()).toBeVisible()
    await page.getByRole('searchbox').fill('полиция')
    await page.getByRole('button', { name: 'Найти' }).click()
    await expect(page).toHaveURL(/\?q=%D0%BF%D0%BE%D0%BB%D0%B8%D1%86%D0%B8%D1%8F$/)
    await expect(
      page.getByTestId('search-results').locator('a[href="/ru/articles/police-check-rights-russia/"]'),
    ).toBeVisible()
  })

  test('a query typed before the search script arrived is searched, not wiped', async ({ page }) => {
    const release = await holdIslandScripts(page)
    await page.goto('/ru/search/', { waitUntil: 'domcontentloaded' })
    await page.getByRole('searchbox').fill('полиция')
    await expect(page.locator('astro-island[ssr]')).toHaveCount(1) // not hydrated yet
    release()
    await expect(
      page.getByTestId('search-results').locator('a[href="/ru/articles/police-check-rights-russia/"]'),
    ).toBeVisible()
    await expect(page.getByRole('searchbox')).toHaveValue('полиция')
    await expect(page).toHaveURL(/\?q=%D0%BF%D0%BE%D0%BB%D0%B8%D1%86%D0%B8%D1%8F$/)
  })

  test('the home page search form leads to results', async ({ page }) => {
    await page.goto('/tg/')
    await page.getByRole('searchbox').fill('патент')
    await page.getByRole('searchbox').press('Enter')
    await expect(page).toHaveURL(/\/tg\/search\/\?q=/)
    await expect(page.getByTestId('search-results').locator('li').first()).toBeVisible()
  })
})

test.describe('search index', () => {
  test('holds article pages only, without menus, language lists or footers', () => {
    const files = publishedText(e2e.distDir)
    const articlePages = [...files.keys()].filter((f) => /^[a-z]{2}\/articles\/[^/]+\/index\.html$/.test(f))
    const fragments = [...files]
      .filter(([name]) => name.includes('fragment'))
      .map(([, text]) => JSON.parse(text.slice(text.indexOf('{')))) // after Pagefind's signature
    expect(fragments.map((f) => f.url).sort()).toEqual(
      articlePages.map((p) => `/${p.replace(/index\.html$/, '')}`).sort(),
    )
    const chrome = [
      withoutLinkMarks(ru['footer.about']),
      withoutLinkMarks(ru['site.demoNotice']),
      ru['nav.lawChanges'],
      'Oʻzbekcha',
      'Тоҷикӣ',
    ]
    for (const fragment of fragments) {
      for (const text of chrome) expect(fragment.content, `${fragment.url} indexes "${text}"`).not.toContain(text)
    }
  })
})
