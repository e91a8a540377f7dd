import { expect, type Page, test } from '@playwright/test'

import { DEMO_USERS } from '../../scripts/content/demo-user'
import { logIn } from './admin-login'
import { e2e } from './env'

/**
 * What a browser does with the running CMS, as an attacker's page would use
 * it: a page on another port of the same host is "same site", so the admin's
 * Lax login cookie goes along with its form posts. Only the CMS's origin check
 * stands between such a page and the editor's account.
 */

/** Submits a multipart form (no preflight, as any page may) that creates a topic through the CMS's REST API. */
async function postTopicForm(page: Page, slug: string): Promise<void> {
  await page.evaluate(
    ({ action, payload }) => {
      const form = document.createElement('form')
      form.method = 'POST'
      form.enctype = 'multipart/form-data'
      form.action = action
      const field = document.createElement('input')
      field.name = '_payload'
      field.value = payload
      form.append(field)
      document.body.append(form)
      form.submit()
    },
    { action: `${e2e.cmsUrl}/api/topics?locale=ru`, payload: JSON.stringify({ slug, title: 'Тема из формы' }) },
  )
  await page.waitForLoadState('load')
}

async function topicExists(page: Page, slug: string): Promise<boolean> {
  const editor = DEMO_USERS.find((u) => u.role === 'editor')!
  const login = await page.request.post(`${e2e.cmsUrl}/api/users/login`, {
    data: { email: editor.email, password: editor.password },
  })
  const { token } = (await login.json()) as { token: string }
  const found = await page.request.get(`${e2e.cmsUrl}/api/topics?where[slug][equals]=${slug}&depth=0`, {
    headers: { Authorization: `JWT ${token}` },
  })
  return ((await found.json()) as { totalDocs: number }).totalDocs > 0
}

test.describe('the CMS against other pages', () => {
  test('a page on another port cannot act with the editor’s login; the admin itself can', async ({ page }) => {
    await logIn(page, 'editor')
    // The site is served from the same host on another port: same site, other origin.
    await page.goto(`${e2e.siteUrl}/ru/`)
    await postTopicForm(page, 'csrf-from-site')
    expect(await topicExists(page, 'csrf-from-site')).toBe(false)
    // The same form from the admin's own origin works, so the refusal above is the origin check.
    await page.goto(`${e2e.cmsUrl}/admin`)
    await postTopicForm(page, 'form-from-admin')
    expect(await topicExists(page, 'form-from-admin')).toBe(true)
  })

  test('the admin cannot be framed, and says so to browsers', async ({ page, request }) => {
    const res = await request.get(`${e2e.cmsUrl}/admin/login`)
    expect(res.headers()['x-frame-options']).toBe('DENY')
    expect(res.headers()['content-security-policy']).toContain("frame-ancestors 'none'")
    const api = await request.get(`${e2e.cmsUrl}/api/topics?limit=1`)
    expect(api.headers()['x-frame-options']).toBe('DENY')
    // A page of the site that frames the admin gets an empty frame.
    await page.goto(`${e2e.siteUrl}/ru/`)
    await page.evaluate(
      (src) =>
        new Promise<void>((resolve) => {
          const frame = document.createElement('iframe')
          frame.onload = () => resolve()
          frame.src = src
          document.body.append(frame)
        }),
      `${e2e.cmsUrl}/admin/login`,
    )
    const framed = page.frames().find((f) => f.url().startsWith(e2e.cmsUrl))
    const loaded = framed
      ? await framed
          .locator('input[name="email"]')
          .count()
          .catch(() => 0)
      : 0
    expect(loaded).toBe(0)
  })
})
