import { expect, test } from '@playwright/test'

import { logIn } from './admin-login'
import { e2e } from './env'
import { hydrated } from './hydrated'

test.use({ locale: 'ru-RU' })

test('an editor tries a situation above the steps list and sees the steps a reader would get, with their days', async ({
  page,
}) => {
  await logIn(page, 'editor')
  await page.goto(`${e2e.cmsUrl}/admin/collections/situation-steps`)
  const preview = page.getByTestId('situation-preview')
  await expect(preview.getByRole('heading')).toHaveText('Проверить правила')
  await (await hydrated(preview.getByLabel('Страна пребывания'))).selectOption('ru')
  await preview.getByLabel('Гражданство').selectOption('uz')
  await preview.getByLabel('Цель').selectOption('work')
  await preview.getByLabel('Дата дня въезда').fill('2026-11-03')
  await preview.getByLabel('Сегодня').fill('2026-11-05')
  await preview.getByRole('button', { name: 'Показать шаги' }).click()

  const row = (title: string) =>
    preview.locator('tbody tr').filter({ has: page.getByRole('link', { name: title, exact: true }) })
  // 4 November is a holiday in the demo's Russian calendar: 7 working days from 3 November end on the 13th.
  await expect(row('Встать на миграционный учёт')).toContainText('13 ноября 2026')
  await expect(row('Подать документы на патент')).toContainText('3 декабря 2026')
  // The EAEU citizens' registration is not an Uzbek citizen's step.
  await expect(preview.locator('tbody')).not.toContainText('ЕАЭС')

  // A Kyrgyz citizen (EAEU) gets 30 days and no patent.
  await preview.getByLabel('Гражданство').selectOption('kg')
  await preview.getByRole('button', { name: 'Показать шаги' }).click()
  await expect(row('Встать на миграционный учёт (граждане ЕАЭС)')).toContainText('3 декабря 2026')
  await expect(row('Подать документы на патент')).toHaveCount(0)
})
