import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { DEMO_USERS } from '../../scripts/content/demo-user'
import { logIn } from './admin-login'
import { e2e } from './env'
import { hydrated } from './hydrated'

/**
 * A translator publishes their own language with the main button, and the
 * Russian original tells them why they may not change it. The article is one
 * no other end-to-end test looks at in the CMS; its texts are put back after.
 */
const SLUG = 'entry-ban-check-russia'

type Role = (typeof DEMO_USERS)[number]['role']

async function authHeader(request: APIRequestContext, role: Role): Promise<Record<string, string>> {
  const { email, password } = DEMO_USERS.find((u) => u.role === role)!
  const res = await request.post(`${e2e.cmsUrl}/api/users/login`, { data: { email, password } })
  expect(res.status()).toBe(200)
  return { Authorization: `JWT ${(await res.json()).token}` }
}

async function articleId(request: APIRequestContext): Promise<number | string> {
  const res = await request.get(`${e2e.cmsUrl}/api/articles?where[slug][equals]=${SLUG}&depth=0&limit=1`)
  const { docs } = await res.json()
  expect(docs).toHaveLength(1)
  return docs[0].id
}

/** The article in one language as readers get it: its published text only. */
async function published(request: APIRequestContext, id: number | string, locale: string) {
  const res = await request.get(`${e2e.cmsUrl}/api/articles/${id}?locale=${locale}&depth=0`)
  expect(res.status()).toBe(200)
  return (await res.json()) as { title: string; _status?: string }
}

/** The article in one language as an editor sees it: its latest draft. */
async function latest(request: APIRequestContext, id: number | string, locale: string) {
  const res = await request.get(`${e2e.cmsUrl}/api/articles/${id}?locale=${locale}&draft=true&depth=0`, {
    headers: await authHeader(request, 'editor'),
  })
  expect(res.status()).toBe(200)
  return (await res.json()) as { title: string; _status?: string }
}

/** The page has no horizontal scrolling. */
async function fitsWidth(page: Page) {
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0)
}

/**
 * Changes the title of the translation on screen, publishes it with the main
 * button (named after the language) and checks readers get the new title while
 * the Russian original, with an editor's unpublished change in it, stays as it was.
 *
 * The translator's own draft is saved last before they open the page: Payload's
 * check for a document changed by someone else (handleStaleDataCheck) compares
 * the newest version of the source language with the one on screen, so a
 * language whose last save is older than another's always looks "changed".
 */
async function publishTranslation(
  page: Page,
  request: APIRequestContext,
  { locale, language }: { locale: string; language: string },
) {
  const id = await articleId(request)
  const before = await published(request, id, locale)
  const ruPublished = (await published(request, id, 'ru')).title
  // An editor's pending change to the original: publishing all languages would put it live.
  const ruDraft = `${ruPublished} (черновик редактора)`
  const editor = await authHeader(request, 'editor')
  const translator = await authHeader(request, 'translator')
  // `overrideLock`: the admin page of an earlier test may still hold the document.
  const drafted = await request.patch(`${e2e.cmsUrl}/api/articles/${id}?locale=ru&draft=true&overrideLock=true`, {
    headers: editor,
    data: { title: ruDraft },
  })
  expect(drafted.status()).toBe(200)
  const ownDraft = await request.patch(
    `${e2e.cmsUrl}/api/articles/${id}?locale=${locale}&draft=true&overrideLock=true`,
    { headers: translator, data: { title: before.title } },
  )
  expect(ownDraft.status()).toBe(200)

  try {
    await logIn(page, 'translator')
    await page.goto(`${e2e.cmsUrl}/admin/collections/articles/${id}?locale=${locale}`)
    const title = page.locator('#field-title')
    await expect(title).toHaveValue(before.title)
    const newTitle = `${before.title} (${Date.now()})`
    await (await hydrated(title)).fill(newTitle)

    // Payload's own «Опубликовать изменения» publishes every language, which a translator may not do.
    await expect(page.getByRole('button', { name: 'Опубликовать изменения' })).toHaveCount(0)
    const publish = page.getByRole('button', { name: `Опубликовать на ${language}`, exact: true })
    await expect(publish).toBeEnabled()
    await expect(publish).toBeInViewport({ ratio: 1 })
    await fitsWidth(page)
    await publish.click()
    await expect(page.getByText('Успешно Обновлено.')).toBeVisible({ timeout: 30_000 })
    await expect(page.getByText('У вас нет права на выполнение этого действия')).toHaveCount(0)

    await expect.poll(async () => (await published(request, id, locale)).title, { timeout: 30_000 }).toBe(newTitle)
    // The original is as it was: readers still get its published text, and the editor's change is still a draft.
    expect((await published(request, id, 'ru')).title).toBe(ruPublished)
    expect((await latest(request, id, 'ru')).title).toBe(ruDraft)
    await expect(page.getByText('Опубликовано').first()).toBeVisible()
  } finally {
    // Put the texts back, each published in its own language.
    await page.goto(`${e2e.cmsUrl}/admin`)
    const restore = (who: Record<string, string>, l: string, title: string) =>
      request.patch(`${e2e.cmsUrl}/api/articles/${id}?locale=${l}&publishSpecificLocale=${l}&overrideLock=true`, {
        headers: who,
        data: { title, _status: 'published' },
      })
    expect((await restore(translator, locale, before.title)).status()).toBe(200)
    expect((await restore(editor, 'ru', ruPublished)).status()).toBe(200)
  }
  expect((await published(request, id, locale)).title).toBe(before.title)
  expect((await latest(request, id, 'ru')).title).toBe(ruPublished)
}

test.describe('a translator in the admin', () => {
  test.use({ locale: 'ru-RU' })

  test('publishes their language with the main button', async ({ page, request }) => {
    test.setTimeout(120_000)
    await publishTranslation(page, request, { locale: 'uz', language: 'Oʻzbekcha' })
  })

  test.describe('on a 360 px wide phone', () => {
    test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true })

    test('publishes their language with the main button, in view', async ({ page, request }) => {
      test.setTimeout(120_000)
      await publishTranslation(page, request, { locale: 'tg', language: 'Тоҷикӣ' })
    })
  })

  test('reads on the Russian original why they may not change it, and goes to their translation', async ({
    page,
    request,
  }) => {
    const id = await articleId(request)
    await logIn(page, 'translator')
    await page.goto(`${e2e.cmsUrl}/admin/collections/articles/${id}?locale=ru`)
    const notice = page.getByTestId('language-notice')
    await expect(notice).toContainText('Это оригинал (Русский). Его меняют только редакторы.')
    await expect(page.locator('#field-title')).toBeDisabled()
    // Nothing to publish here.
    await expect(page.locator('#action-save')).toHaveCount(0)

    const toUzbek = notice.getByRole('link', { name: 'Перевести на Oʻzbekcha' })
    await expect(notice.getByRole('link', { name: 'Перевести на Тоҷикӣ' })).toBeVisible()
    await expect(notice.getByRole('link', { name: 'Перевести на Кыргызча' })).toBeVisible()
    await expect(toUzbek).toHaveAttribute('href', new RegExp(`/admin/collections/articles/${id}\\?(.*&)?locale=uz`))
    await (await hydrated(toUzbek)).click()
    await expect(page).toHaveURL(/[?&]locale=uz(&|$)/)
    await expect(page.locator('#field-title')).toBeEditable()
    await expect(notice).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Опубликовать на Oʻzbekcha', exact: true })).toBeVisible()
  })
})

test.describe('a translator with an Arabic admin on a phone', () => {
  test.use({ locale: 'ar', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true })

  test('reads the notice right to left, and the publish button fits', async ({ page, request }) => {
    const id = await articleId(request)
    await logIn(page, 'translator')
    await page.goto(`${e2e.cmsUrl}/admin/collections/articles/${id}?locale=ru`)
    await expect(page.locator('html')).toHaveAttribute('dir', /^rtl$/i)
    const notice = page.getByTestId('language-notice')
    await expect(notice).toContainText('هذا هو النص الأصلي')
    // The rich-text editor has started: its hidden menus once made a right-to-left page 10 000 px wide.
    await expect(page.locator('.link-editor').first()).toBeAttached()
    await expect(notice.getByRole('link', { name: 'الترجمة إلى Oʻzbekcha' })).toBeInViewport()
    await fitsWidth(page)

    await page.goto(`${e2e.cmsUrl}/admin/collections/articles/${id}?locale=uz`)
    await hydrated(page.locator('#field-title'))
    // Nothing changed yet, so it waits disabled; but it is there, whole, on screen.
    const publish = page.getByRole('button', { name: 'نشر في Oʻzbekcha', exact: true })
    await expect(publish).toBeInViewport({ ratio: 1 })
    await fitsWidth(page)
  })
})
