import { expect, type Page } from '@playwright/test'

import { DEMO_USERS } from '../../scripts/content/demo-user'
import { e2e } from './env'
import { hydrated } from './hydrated'

/** Logs in to the admin as the demo user with `role`. */
export async function logIn(page: Page, role: (typeof DEMO_USERS)[number]['role']): Promise<void> {
  const user = DEMO_USERS.find((u) => u.role === role)!
  await page.goto(`${e2e.cmsUrl}/admin`)
  await (await hydrated(page.locator('input[name="email"]'))).fill(user.email)
  await page.locator('input[name="password"]').fill(user.password)
  await page.locator('button[type="submit"]').click()
  await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 60_000 })
}
