import fs from 'node:fs'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { DEMO_CONTENT_DIR } from '../../scripts/content/seed'
import { bins, run } from '../../scripts/lib/run'
import { logIn } from './admin-login'
import { e2e, e2eEnv } from './env'
import { hydrated } from './hydrated'

/** The titles, in every language, of the demo documents about one country. */
function demoTitles(country: string): string[] {
  const titles: string[] = []
  for (const kind of ['articles', 'events', 'help-centres']) {
    const dir = path.join(DEMO_CONTENT_DIR, kind)
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.md'))) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8')
      if (!new RegExp(`^country: ${country}$`, 'm').test(text)) continue
      const title = /^(?:title|name): "?(.+?)"?$/m.exec(text)?.[1]
      if (title) titles.push(title)
    }
  }
  return titles
}

test.describe('each editor sees their own work', () => {
  test('a translator into uz, tg and ky is not asked to translate Bulgaria-only documents', async ({ page }) => {
    const bulgarian = demoTitles('bg')
    expect(bulgarian.length).toBeGreaterThan(5)
    await logIn(page, 'translator')
    const dashboard = page.getByTestId('editorial-dashboard')
    // The lists are there and list Russia's documents…
    await expect(dashboard.getByTestId('todo-uz')).toContainText('Миграционная карта')
    for (const l of ['uz', 'tg', 'ky']) {
      const todo = dashboard.getByTestId(`todo-${l}`)
      if ((await todo.count()) === 0) continue
      const text = await todo.innerText()
      // …and none of Bulgaria's, in any language.
      for (const title of bulgarian) expect(text, `${l} to-do list`).not.toContain(title)
    }
  })
})

test.describe('legal review', () => {
  test('a reviewed translation edited after its review says so on the next build', async ({ page, request }) => {
    test.setTimeout(240_000)
    const slug = 'migration-registration-russia'
    const found = await request.get(`${e2e.cmsUrl}/api/articles?where[slug][equals]=${slug}&depth=0&locale=uz`)
    const article = (await found.json()).docs[0] as { id: number; title: string }
    expect(article.title).toBeTruthy()

    await logIn(page, 'editor')
    await page.goto(`${e2e.cmsUrl}/admin/collections/articles/${article.id}?locale=uz`)
    const title = page.locator('#field-title')
    await expect(title).toHaveValue(article.title)
    await (await hydrated(title)).fill(`${article.title} — 2027`)
    await page.locator('#action-save').click()
    await expect(page.getByText(/successfully|успешно/i).first()).toBeVisible({ timeout: 30_000 })

    const rebuilt = path.join(e2e.work, 'dist-after-review-change')
    await run(bins.tsx(), ['scripts/build.ts', '--out', rebuilt], { env: e2eEnv })
    const page_ = (locale: string) =>
      fs.readFileSync(path.join(rebuilt, locale, 'articles', slug, 'index.html'), 'utf8')
    // The Uzbek text changed after the lawyer's review of 1 March 2026; the Russian one did not.
    expect(page_('uz')).toMatch(/data-review-holds="false"[^>]*><time datetime="2026-03-01">[^<]*matn oʻzgargan/)
    expect(page_('ru')).toMatch(/data-review-holds="true"[^>]*><time datetime="2026-03-01">Проверено юристом/)
  })
})
