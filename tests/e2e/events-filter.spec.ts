import fs from 'node:fs'
import path from 'node:path'

import { expect, type Page, test } from '@playwright/test'

import { e2e } from './env'

/*
 * Events filtered by country and region, as help centres are: plain links to
 * static pages, no script. The demo's events as the e2e run reads them (on
 * 21 November 2026, SITE_AS_OF): Russia has three (Perm's is over, the online
 * one is for Moscow), Bulgaria two (Sofia's is over), Kyrgyzstan one.
 */
const IN_COUNTRY = {
  ru: [
    'perm-patent-meeting-september-2026',
    'online-90-day-rule-meeting-december-2026',
    'yekaterinburg-labour-rights-training-january-2027',
  ],
  bg: ['sofia-multicultural-evening-october-2026', 'burgas-spring-festival-march-2027'],
  kg: ['bishkek-pre-departure-training-february-2027'],
}

/** The slugs of the events a page lists, in every list on it. */
async function listed(page: Page): Promise<string[]> {
  const hrefs = await page
    .getByTestId('event-list')
    .locator('li > a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!))
  return hrefs.map((href) => href.split('/')[3]).sort()
}

test.describe('events by place', () => {
  test('the events page links each country with events to a page of that country’s events only', async ({ page }) => {
    await page.goto('/ru/events/')
    const countries = page.getByTestId('country-filter').locator('a')
    await expect(countries).toHaveText(['Россия', 'Болгария', 'Кыргызстан'])
    await expect(page.getByTestId('country-filter')).toContainText('Россия (3)')

    await countries.filter({ hasText: 'Болгария' }).click()
    await expect(page).toHaveURL(/\/ru\/events\/in\/bg\/$/)
    await expect(page.locator('h1')).toHaveText('Мероприятия: Болгария')
    expect(await listed(page)).toEqual([...IN_COUNTRY.bg].sort())
    // Upcoming, then past, as on the events page.
    await expect(page.getByTestId('event-list')).toHaveCount(2)
    await expect(page.getByTestId('event-list').first()).toContainText('Бургас')

    await page.getByRole('link', { name: 'Мероприятия во всех странах' }).click()
    await expect(page).toHaveURL(/\/ru\/events\/$/)
    for (const [country, slugs] of Object.entries(IN_COUNTRY)) {
      await page.goto(`/ru/events/in/${country}/`)
      expect(await listed(page), country).toEqual([...slugs].sort())
    }
  })

  test('a country’s page links its regions to a page of the region’s events, with a way back', async ({ page }) => {
    await page.goto('/ru/events/in/ru/')
    const regions = page.getByTestId('region-filter').locator('a')
    await expect(regions).toHaveText(['Москва', 'Пермский край', 'Свердловская область'])

    await regions.filter({ hasText: 'Пермский край' }).click()
    await expect(page).toHaveURL(/\/ru\/events\/in\/ru\/perm-krai\/$/)
    await expect(page.locator('h1')).toHaveText('Мероприятия: Пермский край')
    expect(await listed(page)).toEqual(['perm-patent-meeting-september-2026'])
    // Its one event is over: listed as past, under a note that none are coming.
    await expect(page.getByText('Ближайших мероприятий пока нет.')).toBeVisible()

    // The online meeting is for Moscow, so it is listed there.
    await page.goto('/ru/events/in/ru/moscow/')
    expect(await listed(page)).toEqual(['online-90-day-rule-meeting-december-2026'])
    await page.locator('main a[href="/ru/events/in/ru/"]').click()
    await expect(page).toHaveURL(/\/ru\/events\/in\/ru\/$/)
  })

  test('work without JavaScript and load no script but the layout’s', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: e2e.siteUrl })
    const page = await context.newPage()
    await page.goto('/ru/events/')
    await page.getByTestId('country-filter').locator('a[href="/ru/events/in/ru/"]').click()
    await page.getByTestId('region-filter').locator('a[href="/ru/events/in/ru/sverdlovsk-oblast/"]').click()
    expect(await listed(page)).toEqual(['yekaterinburg-labour-rights-training-january-2027'])
    // The layout's own scripts (the service worker's registration), as on the help centres' place pages.
    const scripts = 'script:not([type="application/ld+json"])'
    await page.goto('/ru/help-centres/in/ru/')
    const layouts = await page.locator(scripts).count()
    for (const url of ['/ru/events/', '/ru/events/in/ru/', '/ru/events/in/ru/sverdlovsk-oblast/']) {
      await page.goto(url)
      await expect(page.locator('script[src], astro-island'), url).toHaveCount(0)
      await expect(page.locator(scripts), url).toHaveCount(layouts)
    }
    await context.close()
  })

  test('are in Uzbek in Uzbek, with the same page in every language as alternates', async ({ page }) => {
    await page.goto('/uz/events/in/ru/')
    await expect(page.locator('html')).toHaveAttribute('lang', 'uz-Latn')
    await expect(page.locator('h1')).toHaveText('Tadbirlar: Rossiya')
    await expect(page.getByTestId('region-filter').locator('a')).toHaveText([
      'Moskva',
      'Perm oʻlkasi',
      'Sverdlovsk viloyati',
    ])
    await expect(page.getByRole('link', { name: 'Barcha davlatlardagi tadbirlar' })).toHaveAttribute(
      'href',
      '/uz/events/',
    )
    expect(await listed(page)).toEqual([...IN_COUNTRY.ru].sort())
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        links.map((l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href')!).pathname}`),
      )
    expect(alternates.sort()).toEqual(
      ['ar', 'bg', 'en', 'ky', 'ru', 'tg', 'uz-Latn'].map((l) => `${l} /${l.split('-')[0]}/events/in/ru/`),
    )

    await page.goto('/uz/events/in/ru/perm-krai/')
    await expect(page.locator('h1')).toHaveText('Tadbirlar: Perm oʻlkasi')
    await expect(page.locator('main a[href="/uz/events/in/ru/"]')).toHaveText('Rossiya')
  })

  test('exist only where there are events, are in the sitemap, and each country has a calendar feed', async ({
    page,
    request,
  }) => {
    expect((await request.get('/ru/events/in/tj/')).status()).toBe(404)
    expect((await request.get('/ru/events/in/ru/osh/')).status()).toBe(404)

    const sitemap = fs
      .readdirSync(e2e.distDir)
      .filter((name) => name.startsWith('sitemap'))
      .map((name) => fs.readFileSync(path.join(e2e.distDir, name), 'utf8'))
      .join('\n')
    for (const url of ['/ru/events/in/bg/', '/ar/events/in/bg/burgas/', '/uz/events/in/ru/perm-krai/'])
      expect(sitemap).toContain(`${e2e.siteUrl}${url}<`)

    await page.goto('/ru/events/in/bg/')
    const feed = await request.get((await page.getByTestId('events-feed').getAttribute('href'))!)
    expect(feed.headers()['content-type']).toContain('text/calendar')
    // Only Burgas's festival is still to come in Bulgaria.
    const events = (await feed.text()).match(/^BEGIN:VEVENT/gm) ?? []
    expect(events).toHaveLength(1)
    expect(await feed.text()).toContain('burgas-spring-festival-march-2027@')
  })
})
