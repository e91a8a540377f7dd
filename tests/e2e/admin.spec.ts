import fs from 'node:fs'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { DEMO_USERS } from '../../scripts/content/demo-user'
import { bins, run } from '../../scripts/lib/run'
import { logIn } from './admin-login'
import { e2e, e2eEnv } from './env'
import { hydrated } from './hydrated'

test.describe('CMS admin', () => {
  test('an editor logs in, publishes a change, and the next build shows it', async ({ page }) => {
    test.setTimeout(180_000)
    const newTitle = `Права при проверке документов полицией (обновлено ${Date.now()})`

    await logIn(page, 'editor')

    await page.goto(`${e2e.cmsUrl}/admin/collections/articles?locale=ru`)
    await page.getByRole('link', { name: 'Ваши права при проверке документов полицией' }).click()
    const title = page.locator('#field-title')
    await expect(title).toHaveValue('Ваши права при проверке документов полицией')
    await (await hydrated(title)).fill(newTitle)
    // A change to a published original needs a public change note (GOV.UK style).
    await page.getByRole('button', { name: 'Publish changes' }).click()
    // …and the refusal says so at the Change history field, naming it as the form does (never `changeHistory`).
    await expect(page.locator('#field-changeHistory .field-error').first()).toContainText('Add a row to', {
      timeout: 30_000,
    })
    // The form re-renders after the refusal; a click that lands during it adds no row, so click until the row is there.
    const note = page.locator('#field-changeHistory__0__note')
    await expect(async () => {
      if ((await note.count()) === 0)
        await page.locator('#field-changeHistory').getByRole('button', { name: /Add/ }).click()
      await expect(note).toBeVisible({ timeout: 2_000 })
    }).toPass({ timeout: 30_000 })
    await note.fill('Уточнили, что говорить полицейскому.')
    await page.getByRole('button', { name: 'Publish changes' }).click()
    await expect(page.getByText(/successfully/i).first()).toBeVisible({ timeout: 30_000 })

    // The site already built does not have it; the next build does.
    const articlePath = 'ru/articles/police-check-rights-russia/index.html'
    expect(fs.readFileSync(path.join(e2e.distDir, articlePath), 'utf8')).not.toContain(newTitle)
    const rebuilt = path.join(e2e.work, 'dist-after-publish')
    await run(bins.tsx(), ['scripts/build.ts', '--out', rebuilt], { env: e2eEnv })
    const html = fs.readFileSync(path.join(rebuilt, articlePath), 'utf8')
    expect(html).toContain(newTitle)
    expect(html).toContain('Уточнили, что говорить полицейскому.')
    // Other languages of the same article are untouched.
    const tg = fs.readFileSync(path.join(rebuilt, 'tg/articles/police-check-rights-russia/index.html'), 'utf8')
    expect(tg).not.toContain(newTitle)
    // …but their readers are told the original changed since their translation.
    expect(tg).toContain('data-testid="outdated-translation"')
  })

  test('the dashboard tells a translator what to do in their languages', async ({ page }) => {
    await logIn(page, 'translator')
    const dashboard = page.getByTestId('editorial-dashboard')
    await expect(dashboard.getByRole('heading', { level: 2 })).toHaveText(
      'Translations in your languages: Uzbek, Tajik, Kyrgyz',
    )
    await expect(dashboard.getByTestId('translation-totals').locator('tr[data-locale]')).toHaveCount(3)
    // Migration card and renting housing were never translated into Uzbek.
    const todo = dashboard.getByTestId('todo-uz')
    await expect(todo).toContainText('Миграционная карта')
    await expect(todo.locator('a[href*="locale=uz"]').first()).toBeVisible()
  })

  test.describe('with a Russian browser', () => {
    test.use({ locale: 'ru-RU' })

    test('the dashboard speaks the editor’s admin language', async ({ page }) => {
      await logIn(page, 'editor')
      const dashboard = page.getByTestId('editorial-dashboard')
      await expect(dashboard.getByRole('heading', { level: 2 })).toHaveText('Переводы')
      await expect(dashboard.getByTestId('translation-totals').locator('tr[data-locale="uz"] td').first()).toHaveText(
        'узбекский',
      )
      await expect(dashboard.getByTestId('todo-uz').locator('summary')).toContainText('Сделать (узбекский)')
      await expect(dashboard.getByTestId('overdue-reviews')).toContainText('проверка была нужна до')
    })
  })

  test('the API answers in Russian, the source language, when no locale is asked for', async ({ request }) => {
    const res = await request.get(`${e2e.cmsUrl}/api/articles?where[slug][equals]=work-patent-russia&depth=0`)
    const { docs } = await res.json()
    expect(docs).toHaveLength(1)
    expect(docs[0].title).toBe('Как получить патент на работу в России')
  })

  test('a translator cannot publish the Russian original, and the API says so', async ({ request }) => {
    const { email, password } = DEMO_USERS.find((u) => u.role === 'translator')!
    const login = await request.post(`${e2e.cmsUrl}/api/users/login`, { data: { email, password } })
    const { token } = await login.json()
    const auth = { Authorization: `JWT ${token}` }
    const found = await request.get(`${e2e.cmsUrl}/api/articles?where[slug][equals]=work-patent-russia&depth=0`, {
      headers: auth,
    })
    const id = (await found.json()).docs[0].id
    const rest = await request.patch(`${e2e.cmsUrl}/api/articles/${id}?locale=ru`, {
      headers: auth,
      data: { title: 'Взлом', _status: 'published' },
    })
    expect(rest.status()).toBe(403)
    const graphql = await request.post(`${e2e.cmsUrl}/api/graphql`, {
      headers: auth,
      data: { query: `mutation { updateArticle(id: ${id}, locale: ru, data: { title: "Взлом" }) { id } }` },
    })
    // Refused with the reason, in the admin's fallback language as the request names none.
    expect(JSON.stringify(await graphql.json())).toContain('Оригинал (Русский) правят и публикуют редакторы')
    // Their own language works.
    const uz = await request.patch(`${e2e.cmsUrl}/api/articles/${id}?locale=uz&draft=true`, {
      headers: auth,
      data: { summary: 'Qisqa tavsif (qoralama)' },
    })
    expect(uz.status()).toBe(200)
  })
})
