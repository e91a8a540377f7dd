import { expect, type Page, test } from '@playwright/test'

import ar from '../../site/i18n/ui/ar.json' with { type: 'json' }
import ru from '../../site/i18n/ui/ru.json' with { type: 'json' }
import uz from '../../site/i18n/ui/uz.json' with { type: 'json' }

/** A cheap phone's first screen. */
const PHONE = { width: 360, height: 740 }

/** How far down the page an element starts and ends, in CSS pixels, with the page scrolled to the top. */
async function box(page: Page, selector: string) {
  const b = await page.locator(selector).first().boundingBox()
  if (!b) throw new Error(`${selector} is not shown on ${page.url()}`)
  return { top: b.y, bottom: b.y + b.height }
}

// One article per reading language that exists in it (ar: the Bulgarian asylum article).
const cases = [
  { locale: 'ru', article: 'police-check-rights-russia', query: 'патент' },
  { locale: 'uz', article: 'police-check-rights-russia', query: 'patent' },
  { locale: 'tg', article: 'police-check-rights-russia', query: 'патент' },
  { locale: 'ar', article: 'asylum-seekers-rights-bulgaria', query: 'لجوء' },
] as const

test.describe('content on the first screen of a 360 × 740 phone', () => {
  test.use({ viewport: PHONE })

  for (const { locale, article, query } of cases) {
    test(`${locale}: an article's heading and first paragraph`, async ({ page }) => {
      await page.goto(`/${locale}/articles/${article}/`)
      expect((await box(page, 'h1')).bottom).toBeLessThanOrEqual(PHONE.height)
      // The header, menu, language picker and alert together take at most a quarter of the screen…
      expect((await box(page, 'main')).top).toBeLessThanOrEqual(PHONE.height / 4)
      // …and at least two lines of what follows the heading are on it: a notice (outdated translation,
      // law change) or the text itself.
      expect((await box(page, 'article h1 + *')).top).toBeLessThanOrEqual(PHONE.height - 2 * 28)
    })

    test(`${locale}: the home page's search box`, async ({ page }) => {
      await page.goto(`/${locale}/`)
      expect((await box(page, 'h1')).bottom).toBeLessThanOrEqual(PHONE.height)
      expect((await box(page, '#home-q')).bottom).toBeLessThanOrEqual(PHONE.height)
      expect((await box(page, 'form[role="search"] button')).bottom).toBeLessThanOrEqual(PHONE.height)
    })

    test(`${locale}: the search box and the first result of a search`, async ({ page }) => {
      await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`)
      const first = page.getByTestId('search-results').locator('li').first()
      await expect(first).toBeVisible()
      expect((await box(page, 'input[type="search"]')).bottom).toBeLessThanOrEqual(PHONE.height)
      const result = await first.locator('a').first().boundingBox()
      expect(result!.y + result!.height).toBeLessThanOrEqual(PHONE.height)
    })
  }
})

test.describe('the header and the alert fold without JavaScript', () => {
  test.use({ viewport: PHONE, javaScriptEnabled: false })

  test('the alert is one line and opens to its full text, then closes', async ({ page }) => {
    await page.goto('/ru/')
    const alert = page.getByTestId('site-alert')
    const summary = alert.locator('summary')
    const message = summary.locator('span')
    const lineHeight = await message.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight))
    const closed = (await summary.boundingBox())!.height
    // The message is longer than the line: the rest is cut off until the reader opens it.
    expect(await summary.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true)
    await summary.click()
    await expect(alert.locator('details')).toHaveAttribute('open', '')
    const open = (await summary.boundingBox())!.height
    // Closed it takes one line; open, the whole message wraps onto several.
    expect(closed).toBeLessThan(lineHeight * 2)
    expect(open).toBeGreaterThan(lineHeight * 2)
    await summary.click()
    await expect(alert.locator('details')).not.toHaveAttribute('open')
  })

  test('the menu and the language picker share one row and open with a tap', async ({ page }) => {
    await page.goto('/uz/articles/police-check-rights-russia/')
    const menu = page.getByTestId('menu')
    const picker = page.getByTestId('language-picker')
    const [m, p] = [await menu.locator('summary').boundingBox(), await picker.locator('summary').boundingBox()]
    expect(Math.abs(m!.y - p!.y)).toBeLessThan(4)
    await expect(menu.getByRole('link', { name: uz['nav.search'] })).toBeHidden()
    await menu.locator('summary').click()
    await menu.getByRole('link', { name: uz['nav.search'] }).click()
    await expect(page).toHaveURL(/\/uz\/search\/$/)

    await page.goto('/uz/articles/police-check-rights-russia/')
    await picker.locator('summary').click()
    await picker.getByRole('link', { name: 'Русский' }).click()
    await expect(page).toHaveURL(/\/ru\/articles\/police-check-rights-russia\/$/)
  })
})

/** The text a messenger link opens the chat with. */
function prefilled(href: string): string {
  const url = new URL(href)
  return url.searchParams.get(url.protocol === 'viber:' ? 'draft' : 'text') ?? ''
}

test.describe('Ask about this', () => {
  for (const { locale, strings } of [
    { locale: 'ru', strings: ru },
    { locale: 'uz', strings: uz },
  ] as const) {
    test(`${locale}: a Russian article lists Russia's centres with call and prefilled messenger links`, async ({
      page,
      request,
    }) => {
      const centres = (await (await request.get(`/api/v1/${locale}/help-centres.json`)).json()).items as {
        country: string
      }[]
      const inRussia = centres.filter((c) => c.country === 'ru').length
      expect(inRussia).toBeGreaterThan(1)

      await page.goto(`/${locale}/articles/police-check-rights-russia/`)
      const title = (await page.locator('h1').innerText()).trim()
      const ask = page.getByTestId('ask')
      await expect(ask.getByRole('heading')).toHaveText(strings['ask.heading'])
      const listed = ask.getByTestId('ask-centre')
      expect(await listed.count()).toBe(Math.min(inRussia, 4))
      for (const country of await listed.evaluateAll((els) => els.map((e) => e.getAttribute('data-country'))))
        expect(country).toBe('ru')
      await expect(ask.getByRole('link', { name: `(${inRussia})` })).toHaveAttribute(
        'href',
        `/${locale}/help-centres/in/ru/`,
      )

      const hrefs = await ask.locator('a').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''))
      const tel = hrefs.filter((h) => h.startsWith('tel:'))
      expect(tel.length).toBe(await listed.count())
      for (const h of tel) expect(h).toMatch(/^tel:\+\d{6,}$/)
      const messengers = {
        whatsapp: hrefs.filter((h) => h.startsWith('https://wa.me/')),
        telegram: hrefs.filter((h) => h.startsWith('https://t.me/')),
        viber: hrefs.filter((h) => h.startsWith('viber://')),
      }
      expect(messengers.whatsapp.length).toBeGreaterThan(0)
      expect(messengers.telegram.length).toBeGreaterThan(0)
      expect(messengers.viber.length).toBeGreaterThan(0)
      for (const h of messengers.whatsapp) expect(h).toMatch(/^https:\/\/wa\.me\/\d+\?text=/)
      for (const h of messengers.telegram) expect(h).toMatch(/^https:\/\/t\.me\/[A-Za-z][A-Za-z0-9_]{4,31}\?text=/)
      for (const h of messengers.viber) expect(h).toMatch(/^viber:\/\/chat\?number=%2B\d+&draft=/)
      for (const h of [...messengers.whatsapp, ...messengers.telegram, ...messengers.viber]) {
        const text = prefilled(h)
        // In the reader's language, naming the article and where it is.
        expect(text).toContain(title)
        expect(text).toContain(`/${locale}/articles/police-check-rights-russia/`)
        expect(text.startsWith(strings['ask.message'].split('{title}')[0])).toBe(true)
      }
    })
  }

  test('"call a help centre" in the footer leads to the article’s own list, elsewhere to the directory', async ({
    page,
  }) => {
    await page.goto('/ar/articles/asylum-seekers-rights-bulgaria/')
    const words = ar['footer.about'].match(/\[(.+)\]/)![1]
    await page.locator('footer').getByRole('link', { name: words }).click()
    await expect(page).toHaveURL(/#ask$/)
    await expect(page.getByTestId('ask-centre').first()).toHaveAttribute('data-country', 'bg')
    await page.goto('/ru/events/')
    await expect(
      page.locator('footer').getByRole('link', { name: ru['footer.about'].match(/\[(.+)\]/)![1] }),
    ).toHaveAttribute('href', '/ru/help-centres/')
  })

  test('the footer says who publishes the portal, with contacts', async ({ page }) => {
    await page.goto('/bg/')
    const publisher = page.getByTestId('publisher')
    await expect(publisher).toContainText('Демо мрежа от центрове за помощ на мигранти')
    await expect(publisher.locator('a[href^="tel:+7"]')).toBeVisible()
    await expect(publisher.locator('a[href="mailto:portal@example.org"]')).toBeVisible()
    await page.goto('/ky/')
    await expect(page.getByTestId('publisher')).toContainText('Мигранттарга жардам борборлорунун демо тармагы')
  })
})
