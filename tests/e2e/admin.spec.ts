import fs from 'node:fs'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { DEMO_ADMIN } from '../../scripts/content/demo-user'
import { binPath, run } from '../../scripts/lib/run'
import { e2e, e2eEnv } from './env'

test.describe('CMS admin', () => {
  test('an editor logs in, publishes a change, and the next build shows it', async ({ page }) => {
    test.setTimeout(180_000)
    const newTitle = `Права при проверке документов полицией (обновлено ${Date.now()})`

    await page.goto(`${e2e.cmsUrl}/admin`)
    await page.locator('input[name="email"]').fill(DEMO_ADMIN.email)
    await page.locator('input[name="password"]').fill(DEMO_ADMIN.password)
    await page.locator('button[type="submit"]').click()
    await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 60_000 })

    await page.goto(`${e2e.cmsUrl}/admin/collections/articles?locale=ru`)
    await page.getByRole('link', { name: 'Ваши права при проверке документов полицией' }).click()
    const title = page.locator('#field-title')
    await expect(title).toHaveValue('Ваши права при проверке документов полицией')
    await title.fill(newTitle)
    await page.getByRole('button', { name: 'Publish changes' }).click()
    await expect(page.getByText(/successfully/i).first()).toBeVisible({ timeout: 30_000 })

    // The site already built does not have it; the next build does.
    const articlePath = 'ru/articles/police-check-rights-russia/index.html'
    expect(fs.readFileSync(path.join(e2e.distDir, articlePath), 'utf8')).not.toContain(newTitle)
    const rebuilt = path.join(e2e.work, 'dist-after-publish')
    await run(binPath('tsx', 'dist/cli.mjs'), ['scripts/build.ts', '--out', rebuilt], { env: e2eEnv })
    const html = fs.readFileSync(path.join(rebuilt, articlePath), 'utf8')
    expect(html).toContain(newTitle)
    // Other languages of the same article are untouched.
    expect(fs.readFileSync(path.join(rebuilt, 'tg/articles/police-check-rights-russia/index.html'), 'utf8')).not.toContain(newTitle)
  })
})
