import { expect, test } from '@playwright/test'
import ICAL from 'ical.js'

/** The schema.org data a page gives search engines and messengers. */
async function jsonLd(page: import('@playwright/test').Page): Promise<Record<string, unknown>> {
  return JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')
}

test.describe('law changes', () => {
  test('say whether they are in force as of the build day, without anyone editing them', async ({ page }) => {
    await page.goto('/ru/law-changes/')
    // The demo changes took effect in 2025; the test fixture takes effect on 1 January 2027.
    await expect(page.locator('[data-status="in-force"]')).toHaveCount(3)
    await expect(page.locator('[data-status="in-force"]').last()).toContainText('Действует с 5 февраля 2025')
    await expect(page.locator('[data-status="upcoming"]')).toHaveCount(1)
    await page.goto('/ru/articles/test-law/')
    await expect(page.getByTestId('law-change').getByTestId('law-status')).toHaveAttribute('data-status', 'upcoming')
    await expect(page.getByTestId('law-change')).toContainText('1 января 2027')
  })

  test('show who is affected and the legal basis, and link the articles they affect', async ({ page }) => {
    await page.goto('/tg/articles/visa-free-stay-90-days-russia/')
    const box = page.getByTestId('law-change')
    await expect(box).toContainText('Ӯзбекистон') // citizens named in the reader's language
    await expect(box.locator('a[href^="http"]')).toHaveCount(1)
    await expect(box.locator('a[href="/tg/articles/migration-registration-russia/"]')).toBeVisible()
  })

  test('put a notice on each article they affect', async ({ page }) => {
    await page.goto('/uz/articles/migration-registration-russia/')
    const notice = page.getByTestId('law-change-notice')
    await expect(notice.locator('a[href="/uz/articles/visa-free-stay-90-days-russia/"]')).toBeVisible()
    await expect(notice.getByTestId('law-status').first()).toHaveAttribute('data-status', 'in-force')
  })
})

test.describe('articles', () => {
  test('show the lawyer’s last review and the public change history', async ({ page }) => {
    await page.goto('/ru/articles/work-patent-russia/')
    await expect(page.getByTestId('reviewed')).toContainText('15 октября 2026')
    const history = page.getByTestId('change-history')
    await history.locator('summary').click()
    await expect(history).toContainText('Обновлены суммы ежемесячного платежа за патент на 2027 год.')
  })

  test('tell the reader of a translation that the original changed since, with a link to it', async ({ page }) => {
    await page.goto('/en/articles/test-patent/')
    const notice = page.getByTestId('outdated-translation')
    await expect(notice).toContainText('the original was updated on')
    await expect(notice.locator('a[href="/ru/articles/test-patent/"]')).toBeVisible()
    // The original itself carries no such notice, and lists the change.
    await page.goto('/ru/articles/test-patent/')
    await expect(page.getByTestId('outdated-translation')).toHaveCount(0)
    await expect(page.getByTestId('change-history')).toContainText('Срок подачи документов изменился')
  })

  test('give messengers a preview and search engines an Article', async ({ page }) => {
    await page.goto('/tg/articles/work-patent-russia/')
    const title = await page.locator('h1').textContent()
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', title!)
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article')
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'tg_TJ')
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute(
      'content',
      /\/tg\/articles\/work-patent-russia\/$/,
    )
    const data = await jsonLd(page)
    expect(data).toMatchObject({ '@type': 'Article', headline: title, inLanguage: 'tg', lastReviewed: '2026-10-15' })
  })
})

test.describe('events', () => {
  test('are listed as upcoming and past, in the reader’s language', async ({ page }) => {
    await page.goto('/tg/events/')
    const lists = page.getByTestId('event-list')
    await expect(lists).toHaveCount(2)
    await expect(lists.first().locator('li')).toHaveCount(4)
    await expect(lists.nth(1).locator('li')).toHaveCount(2)
  })

  test('have a page with local time, place, a calendar file and Event data', async ({ page, request }) => {
    await page.goto('/ru/events/yekaterinburg-labour-rights-training-january-2027/')
    await expect(page.getByTestId('event')).toContainText('время Екатеринбурга, UTC+5')
    const data = await jsonLd(page)
    expect(data).toMatchObject({
      '@type': 'Event',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    })
    const href = await page.getByTestId('event-ics').getAttribute('href')
    const ics = await request.get(href!)
    expect(ics.headers()['content-type']).toContain('text/calendar')
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(await ics.text())).getFirstSubcomponent('vevent')!)
    expect(event.startDate.toJSDate().toISOString()).toBe(data.startDate)
    expect(event.summary).toBe(await page.locator('h1').textContent())
  })

  test('have a calendar feed of upcoming events per language', async ({ page, request }) => {
    await page.goto('/ar/events/')
    const feed = await request.get((await page.getByTestId('events-feed').getAttribute('href'))!)
    const events = new ICAL.Component(ICAL.parse(await feed.text())).getAllSubcomponents('vevent')
    expect(events).toHaveLength(4)
  })
})

test.describe('help centres', () => {
  test('form a directory filtered by country and region, right to left in Arabic', async ({ page }) => {
    await page.goto('/ar/help-centres/')
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await page.getByTestId('country-filter').locator('a[href="/ar/help-centres/in/bg/"]').click()
    const centres = page.getByTestId('help-centre-list').locator('li')
    await expect(centres).toHaveCount(2)
    await page.getByTestId('region-filter').locator('a[href="/ar/help-centres/in/bg/burgas/"]').click()
    await expect(page.getByTestId('help-centre-list').locator('li')).toHaveCount(1)
  })

  test('show tappable phone numbers and messenger links, and Organization data with contact points', async ({
    page,
  }) => {
    await page.goto('/ru/help-centres/perm-migrant-help-centre/')
    const centre = page.getByTestId('help-centre')
    await expect(centre.locator('a[href^="tel:+"]').first()).toBeVisible()
    await expect(centre.locator('a[href^="https://t.me/"]')).toHaveCount(1)
    await expect(centre.locator('a[href^="https://wa.me/"]')).toHaveCount(1)
    const data = await jsonLd(page)
    expect(data['@type']).toBe('Organization')
    expect((data.contactPoint as unknown[]).length).toBeGreaterThan(0)
    expect(data.address).toMatchObject({ addressCountry: 'RU' })
  })
})

test.describe('site alert', () => {
  test('is on every page in every language while it has not expired', async ({ page }) => {
    for (const path of ['/ru/', '/uz/articles/work-patent-russia/', '/ar/help-centres/', '/ky/events/', '/']) {
      await page.goto(path)
      await expect(page.getByTestId('site-alert')).toBeVisible()
    }
  })
})
