import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

/** One page of every template, in a left-to-right and a right-to-left language. */
const pages = [
  '/',
  '/ru/',
  '/ru/topics/documents/',
  '/ru/articles/work-patent-russia/',
  '/ru/law-changes/',
  '/ru/search/?q=патент',
  '/ar/',
  '/ar/articles/asylum-seekers-rights-bulgaria/',
  '/tg/topics/documents/',
  '/tg/articles/visa-free-stay-90-days-russia/',
  '/en/articles/test-patent/',
  '/ru/events/',
  '/ar/events/sofia-multicultural-evening-october-2026/',
  '/ru/events/in/ru/',
  '/ar/events/in/bg/burgas/',
  '/ar/help-centres/',
  '/ky/help-centres/in/ru/',
  '/ru/help-centres/perm-migrant-help-centre/',
  '/ar/help-centres/sofia-migrant-information-centre/',
  '/ar/embed/',
  '/ru/embed/',
  '/uz/my-situation/',
  '/ar/my-situation/',
  '/uz/no-such-page/',
  '/ar/no-such-page/',
  '/no-such-page/',
]

test.describe('accessibility (axe, WCAG 2.2 AA)', () => {
  for (const url of pages) {
    test(url, async ({ page }) => {
      await page.goto(url)
      if (url.includes('search')) await expect(page.getByTestId('search-results')).toBeVisible()
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze()
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
    })
  }
})
