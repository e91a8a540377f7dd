import { type APIRequestContext, expect, test } from '@playwright/test'

import { logIn } from './admin-login'
import { e2e } from './env'
import { hydrated } from './hydrated'

/**
 * A refused save answers in the editor's admin language, at the field it
 * concerns, saying what to do: never a database field's name, nor Payload's
 * bare "You are not allowed to perform this action".
 */

/**
 * Demo articles published in Russian, which these tests leave as they are. The
 * editor's is one no other test writes to: editing it in the admin leaves
 * Payload's document lock on it for a few minutes, and the API refuses other
 * users' saves to a locked document.
 */
const EDITORS = {
  slug: 'eaeu-workers-russia',
  title: 'Граждане Кыргызстана и других стран ЕАЭС: работа в России без патента',
}
const TRANSLATORS = { slug: 'work-patent-russia', title: 'Как получить патент на работу в России' }

async function articleId(request: APIRequestContext, slug: string): Promise<number> {
  const res = await request.get(`${e2e.cmsUrl}/api/articles?where[slug][equals]=${slug}&depth=0`)
  const { docs } = (await res.json()) as { docs: { id: number }[] }
  expect(docs).toHaveLength(1)
  return docs[0].id
}

test.describe('refusals in the admin, with a Russian browser', () => {
  test.use({ locale: 'ru-RU' })

  test('an editor publishing a changed Russian original without a change note is told so at the Change history field', async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000)
    const id = await articleId(request, EDITORS.slug)
    await logIn(page, 'editor')
    await page.goto(`${e2e.cmsUrl}/admin/collections/articles/${id}?locale=ru`)
    const title = page.locator('#field-title')
    await expect(title).toHaveValue(EDITORS.title)
    // Let the admin's form-state request for the change come back first: answered
    // after the refusal, it would mark every field valid again.
    const formState = page
      .waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname.startsWith('/admin'), {
        timeout: 15_000,
      })
      .catch(() => undefined)
    await (await hydrated(title)).fill(`${EDITORS.title} (уточнено)`)
    await formState
    // The main publish button (Payload's id for it, whatever its label).
    await page.locator('#action-save').click()

    // The array field shows its own error above its rows (FieldError at the field's path).
    const history = page.locator('#field-changeHistory')
    const message = history.locator('.field-error').first()
    await expect(message).toBeVisible({ timeout: 30_000 })
    await expect(message).toContainText('Вы меняете текст опубликованного оригинала')
    await expect(message).toContainText(/Добавьте запись в «[^»]+»/)
    await expect(message).toContainText(/или отметьте «[^»]+»/)
    // The toast names the field by its Russian label.
    const toast = page.locator('.payload-toast-container')
    await expect(toast).toContainText('Следующее поле недействительно')
    await expect(toast).not.toContainText('changeHistory')
    // No database field name anywhere on the page.
    await expect(page.locator('body')).not.toContainText('changeHistory')
    await expect(page.locator('body')).not.toContainText('minorChange')
  })

  test('a translator saving or publishing the Russian original is told why and what to do, in Russian', async ({
    page,
    request,
  }) => {
    const id = await articleId(request, TRANSLATORS.slug)
    await logIn(page, 'translator')
    await page.goto(`${e2e.cmsUrl}/admin/collections/articles/${id}?locale=ru`)
    await expect(page.locator('#field-title')).toHaveValue(TRANSLATORS.title)
    // The form is read-only for them; a save sent anyway from their session (a stale
    // tab, a script) gets the reason in the browser's language, not a bare 403.
    for (const draft of [true, false]) {
      const answer = await page.evaluate(
        async ({ id, draft }) => {
          const res = await fetch(`/api/articles/${id}?locale=ru${draft ? '&draft=true' : ''}`, {
            method: 'PATCH',
            credentials: 'include',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ title: 'Взлом', _status: draft ? 'draft' : 'published' }),
          })
          return { status: res.status, body: (await res.json()) as { errors?: { message?: string }[] } }
        },
        { id, draft },
      )
      expect(answer.status, draft ? 'draft' : 'publish').toBe(403)
      const said = answer.body.errors?.[0]?.message ?? ''
      expect(said).toContain('Оригинал (Русский) правят и публикуют редакторы')
      expect(said).toContain('Oʻzbekcha')
      expect(said).toContain('переключите документ')
      expect(said).not.toMatch(/нет права|not allowed/i)
    }
    const stored = await request.get(`${e2e.cmsUrl}/api/articles/${id}?locale=ru&depth=0`)
    expect(((await stored.json()) as { title: string }).title).toBe(TRANSLATORS.title)
  })
})
