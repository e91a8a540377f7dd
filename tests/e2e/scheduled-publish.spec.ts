import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { bins, start } from '../../scripts/lib/run'
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server'
import { logIn } from './admin-login'
import { e2e, e2eEnv } from './env'
import { hydrated } from './hydrated'

// The portal as `npm start` runs it: the publisher runs due jobs and rebuilds
// the site it serves. Its own output folder keeps the other specs' site fixed.
const out = path.join(e2e.work, 'dist-publisher')
const log = path.join(e2e.work, 'publisher.log')
let publisher: ChildProcess
let site: StaticServer

test.describe('scheduled publishing', () => {
  // The admin's schedule picker and the job both use Moscow time here.
  test.use({ timezoneId: 'Europe/Moscow' })

  test.beforeAll(async () => {
    test.setTimeout(180_000)
    fs.rmSync(out, { recursive: true, force: true })
    publisher = start(bins.tsx(), ['scripts/publish.ts', '--out', out, '--interval', '2'], {
      env: e2eEnv,
      logFile: log,
    })
    await expect
      .poll(() => fs.existsSync(path.join(out, 'ru/index.html')), { timeout: 150_000, intervals: [1000] })
      .toBe(true)
    site = await serveStatic(out)
  })

  // What the publisher did is the first thing to read when this fails in CI.
  test.afterEach(async ({}, testInfo) => {
    if (testInfo.status !== testInfo.expectedStatus && fs.existsSync(log)) {
      console.log(`Publisher log:\n${fs.readFileSync(log, 'utf8')}`)
    }
  })

  test.afterAll(async () => {
    publisher?.kill('SIGTERM')
    await site?.close()
  })

  test('an editor schedules a translation to go live, and the site shows it at that time', async ({ page }) => {
    test.setTimeout(420_000)
    const page_ = `${site.url}/uz/articles/renting-housing-russia/`
    // A word of this run's own, for search to find.
    const word = `ijara${String(Date.now()).replace(/\d/g, (d) => 'abcdefghij'[Number(d)])}`
    const title = `Rossiyada uy-joy ijarasi: shartnoma va roʻyxatga olish (${word})`
    expect((await fetch(page_)).status).toBe(404)

    await logIn(page, 'editor')
    const found = await page.request.get(
      `${e2e.cmsUrl}/api/articles?where[slug][equals]=renting-housing-russia&depth=0`,
    )
    const id = (await found.json()).docs[0].id
    await page.goto(`${e2e.cmsUrl}/admin/collections/articles/${id}?locale=uz`)
    await (await hydrated(page.locator('#field-title'))).fill(title)
    await page.locator('#action-save-draft').click()
    await expect(page.getByText(/successfully/i).first()).toBeVisible({ timeout: 30_000 })

    // The drawer offers today's times only: in the last minutes of a Moscow day, wait for the next.
    const moscowDay = (ms: number) => new Date(ms).toLocaleDateString('en-CA', { timeZone: 'Europe/Moscow' })
    while (moscowDay(Date.now()) !== moscowDay(Date.now() + 3 * 60_000)) await page.waitForTimeout(5_000)

    // Publish ▾ → Schedule Publish: two minutes from now, Uzbek only.
    await page.locator('#action-save').locator('xpath=..').locator('.popup-button').click()
    await page.getByRole('button', { name: 'Schedule Publish' }).click()
    const drawer = page.locator('.schedule-publish__scheduler')
    await drawer.locator('.react-datepicker__input-container input').click()
    await page.locator('.react-datepicker__day--today').click()
    const at = new Date(Date.now() + 2 * 60_000)
    const hhmm = at.toLocaleTimeString('en-GB', { timeZone: 'Europe/Moscow', hour: '2-digit', minute: '2-digit' })
    await page.locator('li.react-datepicker__time-list-item', { hasText: hhmm }).click()
    await drawer.locator('.rs__control').filter({ hasText: 'All' }).click()
    await page.locator('.rs__option', { hasText: 'Oʻzbekcha' }).click()
    await page.locator('#scheduled-publish-save').click()
    // The drawer lists the new schedule under "Upcoming events".
    const upcoming = page.locator('.schedule-publish__upcoming tbody tr')
    await expect(upcoming).toHaveCount(1, { timeout: 30_000 })
    await expect(upcoming).toContainText('Oʻzbekcha')

    // Nothing is public before the time; afterwards the rebuilt site has the page.
    expect((await fetch(page_)).status).toBe(404)
    await expect
      .poll(
        async () => {
          const res = await fetch(page_)
          return res.status === 200 ? (await res.text()).includes(title) : false
        },
        { timeout: 240_000, intervals: [3000] },
      )
      .toBe(true)
    expect(Date.now()).toBeGreaterThanOrEqual(at.getTime() - 60_000)

    // Readers find it by search, listed once, whether or not the publisher has indexed Uzbek whole again yet:
    // the publish indexed it into an index of its own, which the search page merges.
    await page.goto(`${site.url}/uz/search/?q=${word}`)
    const results = page.getByTestId('search-results').locator('a')
    await expect(results.first()).toHaveAttribute('href', '/uz/articles/renting-housing-russia/', { timeout: 30_000 })
    const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    expect(hrefs.filter((href) => href === '/uz/articles/renting-housing-russia/')).toHaveLength(1)
  })
})
