import fs from 'node:fs'
import path from 'node:path'

import { type Download, expect, type Page, test } from '@playwright/test'
import ICAL from 'ical.js'

import type { Locale } from '../../content-models/locales'
import { cacheNames } from '../../site/offline/protocol'
import { STORAGE_KEY } from '../../site/situation/storage'
import { e2e } from './env'

/*
 * "My situation" (issue 15) on the built demo site: an Uzbek citizen who
 * entered Russia on 3 November 2026 to work gets registration by 13 November
 * (7 working days; 4 November is a holiday in the demo calendar) and the
 * patent application by 3 December (30 days), in their language, with
 * calendar files made on the phone.
 */

/** A language's UI strings, read as the build reads them. */
function ui(locale: Locale): Record<string, string> {
  return JSON.parse(fs.readFileSync(path.join(e2e.root, 'site/i18n/ui', `${locale}.json`), 'utf8')) as Record<
    string,
    string
  >
}

const REGISTRATION = 'registration-7-working-days-russia'
const PATENT = 'patent-application-russia'
/** "Today" on the reader's phone: two days after entry. */
const NOW = new Date('2026-11-05T09:00:00Z')

interface Situation {
  citizenship: string
  host?: string
  purpose?: string
  entry: string
}

async function open(page: Page, locale: Locale): Promise<void> {
  await page.clock.setFixedTime(NOW)
  await page.goto(`/${locale}/my-situation/`)
  await expect(page.getByTestId('my-situation')).toHaveAttribute('data-state', 'ready')
}

async function fill(page: Page, s: Situation): Promise<void> {
  await page.getByTestId('situation-host').selectOption(s.host ?? 'ru')
  await page.getByTestId('situation-citizenship').selectOption(s.citizenship)
  await page.getByTestId('situation-purpose').selectOption(s.purpose ?? 'work')
  await page.getByTestId('situation-date-entry').fill(s.entry)
  await page.getByTestId('situation-show').click()
  await expect(page.getByTestId('situation-steps')).toBeVisible()
}

const step = (page: Page, slug: string) => page.locator(`[data-testid="situation-step"][data-step="${slug}"]`)
const shownSteps = (page: Page) =>
  page.getByTestId('situation-step').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.step))

/** The calendar file a click downloads, parsed. */
async function calendar(page: Page, click: () => Promise<void>): Promise<{ download: Download; events: ICAL.Event[] }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()])
  const text = fs.readFileSync((await download.path())!, 'utf8')
  const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))
  return { download, events }
}

/** An event's alarms as seconds before the start of its day. */
const alarms = (event: ICAL.Event) =>
  event.component
    .getAllSubcomponents('valarm')
    .map((a) => (a.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds())
    .sort((a, b) => a - b)

test.describe('My situation', () => {
  for (const [locale, registrationDay, patentDay] of [
    ['uz', '2026-yil 13-noyabr', '2026-yil 3-dekabr'],
    ['ru', '13 ноября 2026', '3 декабря 2026'],
  ] as const) {
    test(`${locale}: an Uzbek citizen in Russia gets registration and patent with their dates, in a calendar file; remembered, then cleared`, async ({
      page,
    }) => {
      const t = ui(locale)
      await open(page, locale)
      await expect(page.getByTestId('situation-privacy')).toHaveText(t['situation.privacy'])

      await fill(page, { citizenship: 'uz', entry: '2026-11-03' })
      await expect(step(page, REGISTRATION)).toHaveAttribute('data-due', '2026-11-13')
      await expect(step(page, REGISTRATION).getByTestId('situation-due')).toContainText(registrationDay)
      await expect(step(page, PATENT)).toHaveAttribute('data-due', '2026-12-03')
      await expect(step(page, PATENT).getByTestId('situation-due')).toContainText(patentDay)
      // Soonest first; the registration is in the reader's language and links to its help and its law.
      const order = await shownSteps(page)
      expect(order.indexOf(REGISTRATION)).toBeLessThan(order.indexOf(PATENT))
      const registration = step(page, REGISTRATION)
      await expect(registration.locator('h3')).not.toContainText('(')
      await expect(
        registration.getByRole('link', { name: t['situation.whereCountry'].split('{')[0].trim() }),
      ).toBeVisible()
      // Steps that count from a date not given say which, and lead to its field.
      const needs = page.getByTestId('situation-needs').first()
      await needs.getByRole('link').click()
      await expect(page.getByTestId('situation-date-patentIssued')).toBeFocused()

      const all = await calendar(page, () => page.getByTestId('situation-calendar-all').click())
      expect(all.download.suggestedFilename()).toBe('my-situation.ics')
      const byDay = Object.fromEntries(all.events.map((e) => [e.startDate.toString(), e]))
      expect(Object.keys(byDay)).toEqual(expect.arrayContaining(['2026-11-13', '2026-12-03']))
      expect(byDay['2026-11-13'].summary).toBe((await registration.locator('h3').textContent())?.trim())
      expect(byDay['2026-11-13'].startDate.isDate).toBe(true)
      // Reminders at 09:00 three days and one day before.
      expect(alarms(byDay['2026-11-13'])).toEqual([-(3 * 86400 - 9 * 3600), -(86400 - 9 * 3600)])

      const one = await calendar(page, () =>
        registration.getByRole('button', { name: new RegExp(t['situation.addToCalendar']) }).click(),
      )
      expect(one.download.suggestedFilename()).toBe(`my-situation-${REGISTRATION}.ics`)
      expect(one.events.map((e) => e.startDate.toString())).toEqual(['2026-11-13'])

      await page.reload()
      await expect(page.getByTestId('my-situation')).toHaveAttribute('data-state', 'ready')
      await expect(step(page, REGISTRATION)).toHaveAttribute('data-due', '2026-11-13')
      await expect(page.getByTestId('situation-citizenship')).toHaveValue('uz')
      await expect(page.getByTestId('situation-date-entry')).toHaveValue('2026-11-03')

      await page.getByTestId('situation-clear').click()
      await expect(page.getByTestId('situation-steps')).toHaveCount(0)
      await expect(page.getByTestId('situation-status')).toHaveText(t['situation.cleared'])
      await expect(page.getByTestId('situation-host')).toBeFocused()
      await expect(page.getByTestId('situation-date-entry')).toHaveValue('')
      expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([])
      await page.reload()
      await expect(page.getByTestId('my-situation')).toHaveAttribute('data-state', 'ready')
      await expect(page.getByTestId('situation-steps')).toHaveCount(0)
    })
  }

  test('a Kyrgyz citizen (EAEU) gets registration within 30 days and no patent step', async ({ page }) => {
    await open(page, 'ky')
    await fill(page, { citizenship: 'kg', entry: '2026-11-03' })
    const steps = await shownSteps(page)
    expect(steps).toContain('registration-eaeu-russia')
    expect(steps.some((s) => s?.includes('patent'))).toBe(false)
    await expect(step(page, 'registration-eaeu-russia')).toHaveAttribute('data-due', '2026-12-03')
  })

  test('printed, the page is the list alone: no menus, form or buttons', async ({ page }) => {
    await open(page, 'tg')
    await fill(page, { citizenship: 'tj', entry: '2026-11-03' })
    await page.emulateMedia({ media: 'print' })
    for (const hidden of [
      'header',
      'footer',
      '[data-testid="situation-form"]',
      '.situation-actions',
      '.situation-calendar',
    ])
      await expect(page.locator(hidden).first(), hidden).toBeHidden()
    await expect(step(page, 'registration-tajikistan-russia')).toBeVisible()
    await expect(step(page, 'registration-tajikistan-russia')).toHaveAttribute('data-due', '2026-11-18')
  })

  test('the form says what is missing or wrong, and a broken saved value is ignored', async ({ page }) => {
    const t = ui('en')
    await open(page, 'en')
    await page.getByTestId('situation-date-entry').fill('2026-11-03')
    await page.getByTestId('situation-show').click()
    const errors = page.getByTestId('situation-errors')
    await expect(errors).toBeFocused()
    await expect(errors).toContainText(t['situation.errorRequired'].replace('{field}', t['situation.host']))
    await errors.getByRole('link').first().click()
    await expect(page.getByTestId('situation-host')).toBeFocused()
    await expect(page.getByTestId('situation-steps')).toHaveCount(0)

    await page.evaluate((key) => localStorage.setItem(key, '{"v":1,"situation":{"host":"ru"'), STORAGE_KEY)
    await page.reload()
    await expect(page.getByTestId('my-situation')).toHaveAttribute('data-state', 'ready')
    await expect(page.getByTestId('situation-steps')).toHaveCount(0)
  })

  test('the Arabic page is right to left and fits a 360 px phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    await open(page, 'ar')
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await fill(page, { citizenship: 'uz', entry: '2026-11-03' })
    await expect(step(page, REGISTRATION)).toHaveAttribute('data-due', '2026-11-13')
    // Steps with no Arabic text are shown in their fallback language, marked as such, left to right.
    const title = step(page, REGISTRATION).locator('h3')
    await expect(title).toHaveAttribute('dir', 'ltr')
    await expect(title).toContainText(ui('ar')['inLanguage.ru'])
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  })

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false })

    test('the page lists every step with its rule in words and its links', async ({ page }) => {
      await page.goto('/ru/my-situation/')
      const listed = page.getByTestId('situation-static')
      await expect(listed).toBeVisible()
      const registration = listed.locator(`[data-step="${REGISTRATION}"]`)
      await expect(registration).toContainText('не позже чем через 7 рабочих дней после въезда')
      await expect(registration.getByRole('link').first()).toBeVisible()
      await expect(listed.locator(`[data-step="${PATENT}"]`)).toContainText('30 дней')
    })
  })

  test.describe('offline', () => {
    test.use({ serviceWorkers: 'allow' })

    test('"save all" of a language includes the page and its lazy calendar writer', () => {
      const list = JSON.parse(fs.readFileSync(path.join(e2e.distDir, 'offline', 'uz.files.json'), 'utf8')) as {
        files: { url: string }[]
      }
      const urls = list.files.map((f) => f.url)
      expect(urls).toContain('/uz/my-situation/')
      expect(urls.some((u) => /^\/_astro\/MySituation\.[\w-]+\.js$/.test(u))).toBe(true)
      expect(urls.some((u) => /^\/_astro\/calendar-file\.[\w-]+\.js$/.test(u))).toBe(true)
    })

    test('after one visit, the page, its dates and its calendar file work with no connection', async ({
      page,
      context,
    }) => {
      await open(page, 'uz')
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready
      })
      // The first page was loaded before the worker: it keeps the page and every script it needs, the lazy calendar writer too.
      const kept = () =>
        page.evaluate(async (name) => {
          if (!(await caches.has(name))) return []
          return (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname)
        }, cacheNames.assets)
      await expect.poll(async () => (await kept()).some((p) => /\/MySituation\.[\w-]+\.js$/.test(p))).toBe(true)
      await expect.poll(async () => (await kept()).some((p) => /\/calendar-file\.[\w-]+\.js$/.test(p))).toBe(true)

      await context.setOffline(true)
      try {
        await open(page, 'uz')
        await expect(page.locator('[data-offline-note]')).toBeVisible()
        await fill(page, { citizenship: 'uz', entry: '2026-11-03' })
        await expect(step(page, PATENT)).toHaveAttribute('data-due', '2026-12-03')
        const all = await calendar(page, () => page.getByTestId('situation-calendar-all').click())
        expect(all.events.length).toBeGreaterThanOrEqual(2)
      } finally {
        await context.setOffline(false)
      }
    })
  })
})
