import { expect, test } from '@playwright/test'

test.describe('a link to text in another language', () => {
  test('says which language it opens in, in the reader’s language, and carries hreflang', async ({ page }) => {
    await page.goto('/tg/topics/documents/')
    const untranslated = page.getByTestId('untranslated')
    const item = untranslated.locator('li:has(a[hreflang="ru"])').first()
    await expect(item.locator('a[hreflang="ru"]')).toBeVisible()
    const note = item.getByTestId('in-language')
    await expect(note).toHaveText('(бо забони русӣ)')
    await expect(note).toHaveAttribute('lang', 'tg')
  })
})

test.describe('Arabic pages', () => {
  test('keep a Cyrillic name and its parentheses in place as one isolated run', async ({ page }) => {
    await page.goto('/ar/articles/asylum-seekers-rights-bulgaria/')
    const name = page.locator('.body bdi', { hasText: 'Държавна агенция за бежанците' })
    await expect(name).toHaveText('(Държавна агенция за бежанците)')
    expect(await name.evaluate((e) => getComputedStyle(e).unicodeBidi)).toBe('isolate')
  })

  test('separate topics with the Arabic comma', async ({ page }) => {
    await page.goto('/ar/articles/asylum-seekers-rights-bulgaria/')
    const topics = page.locator('p:has(a[data-pagefind-filter="topic"])')
    await expect(topics).toContainText('، ')
    await expect(topics).not.toContainText(', ')
  })

  test('are set larger and looser than Latin text', async ({ page }) => {
    const size = async (path: string) => {
      await page.goto(path)
      return page
        .locator('main p')
        .first()
        .evaluate((e) => {
          const s = getComputedStyle(e)
          return { font: parseFloat(s.fontSize), line: parseFloat(s.lineHeight) / parseFloat(s.fontSize) }
        })
    }
    const ar = await size('/ar/articles/asylum-seekers-rights-bulgaria/')
    const en = await size('/en/articles/asylum-seekers-rights-bulgaria/')
    expect(ar.font).toBeGreaterThan(en.font)
    expect(ar.line).toBeGreaterThan(en.line)
  })
})
