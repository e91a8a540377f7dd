import { expect, type Page, test } from '@playwright/test'
import { ar } from '@payloadcms/translations/languages/ar'
import { bg } from '@payloadcms/translations/languages/bg'
import { ru } from '@payloadcms/translations/languages/ru'

import { collections, globals } from '../../content-models'
import { type AdminLanguage, adminLanguages } from '../../content-models/i18n/adminText'
import { logIn } from './admin-login'
import { e2e } from './env'

/**
 * An editor whose browser asks for Russian, Bulgarian or Arabic sees none of
 * our English words anywhere in the admin (docs/adr/0008-admin-languages.md).
 * The words looked for come from the config itself, so a new English label is
 * caught without touching this test.
 */

const TEXT_KEYS = new Set(['label', 'description', 'placeholder', 'singular', 'plural'])

const isAdminText = (value: Record<string, unknown>): value is Record<AdminLanguage, string> =>
  Object.keys(value).length === adminLanguages.length &&
  adminLanguages.every((language) => typeof value[language] === 'string')

/**
 * Our English texts an editor in `language` must not see: every per-language
 * text's English that differs from its `language` one, and every plain string
 * given as a label, description or placeholder.
 */
function englishTexts(language: AdminLanguage): string[] {
  const found = new Set<string>()
  const seen = new WeakSet<object>()
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') {
      if (TEXT_KEYS.has(key) && value.trim()) found.add(value.trim())
      return
    }
    if (typeof value !== 'object' || value === null || seen.has(value)) return
    seen.add(value)
    if (Array.isArray(value)) return value.forEach((item) => walk(item, key))
    const record = value as Record<string, unknown>
    if (isAdminText(record)) {
      if (record.en.trim() && record.en !== record[language]) found.add(record.en.trim())
      return
    }
    for (const [k, v] of Object.entries(record)) walk(v, k)
  }
  walk([...collections, ...globals], '')
  return [...found]
}

/**
 * Payload's own words in a language: a text of ours that Payload itself shows
 * in that language (Russian Payload says "Email" for its login field) is not
 * one of ours left untranslated.
 */
function payloadWords(language: AdminLanguage): Set<string> {
  const tables = { ru, bg, ar, en: undefined }
  const words = new Set<string>()
  const walk = (value: unknown) => {
    if (typeof value === 'string') words.add(value.trim())
    else if (value && typeof value === 'object') Object.values(value).forEach(walk)
  }
  walk(tables[language]?.translations)
  return words
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** `text` as a whole word or phrase, not inside a longer word. */
const asWhole = (text: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(text)}(?![\\p{L}\\p{N}])`, 'u')

/** What the page shows: its text and the placeholders of its inputs (the list search names its fields there). */
async function shownText(page: Page): Promise<string> {
  const text = await page.locator('body').innerText()
  const placeholders = await page
    .locator('[placeholder]')
    .evaluateAll((elements) => elements.map((e) => e.getAttribute('placeholder') ?? ''))
  return [text, ...placeholders].join('\n')
}

/** The first document of a collection the editor may read, through the API with the browser's login. */
async function firstId(page: Page, slug: string): Promise<string | number | undefined> {
  // The login cookie counts only on requests from the admin's own origin (Payload's CSRF check), as the browser's would.
  const res = await page.request.get(`${e2e.cmsUrl}/api/${slug}?limit=1&depth=0&sort=-updatedAt`, {
    headers: { origin: e2e.cmsUrl },
  })
  expect(res.ok(), `GET /api/${slug}`).toBe(true)
  return ((await res.json()) as { docs: { id: string | number }[] }).docs[0]?.id
}

const articleTitleLabel = (language: AdminLanguage): string => {
  const articles = collections.find((c) => c.slug === 'articles')!
  const title = articles.fields.find((f) => 'name' in f && f.name === articles.admin?.useAsTitle) as {
    label: Record<AdminLanguage, string>
  }
  return title.label[language]
}

const browsers: { locale: string; language: AdminLanguage }[] = [
  { locale: 'ru-RU', language: 'ru' },
  { locale: 'bg-BG', language: 'bg' },
  { locale: 'ar', language: 'ar' },
]

for (const { locale, language } of browsers) {
  test.describe(`with a browser asking for ${locale}`, () => {
    test.use({ locale })

    test('the admin shows none of our English words', async ({ page }) => {
      test.setTimeout(240_000)
      const payloads = payloadWords(language)
      const english = englishTexts(language).filter((text) => !payloads.has(text))
      // Not vacuous: the config has English texts that differ from this language's.
      expect(english.length).toBeGreaterThan(50)
      expect(english).toContain('Change history')

      await logIn(page, 'editor')

      const pages: { name: string; path: string; ready: string }[] = [
        { name: 'dashboard', path: '', ready: '.dashboard' },
      ]
      for (const { slug } of collections) {
        pages.push({ name: `${slug} list`, path: `/collections/${slug}`, ready: '.collection-list' })
        const id = await firstId(page, slug)
        if (id !== undefined)
          pages.push({
            name: `${slug} edit`,
            path: `/collections/${slug}/${id}`,
            ready: '.collection-edit .render-fields',
          })
      }
      for (const { slug } of globals)
        pages.push({ name: slug, path: `/globals/${slug}`, ready: '.collection-edit .render-fields' })

      const found: string[] = []
      for (const { name, path, ready } of pages) {
        await test.step(name, async () => {
          await page.goto(`${e2e.cmsUrl}/admin${path}`)
          await expect(page.locator(ready).first()).toBeVisible({ timeout: 30_000 })
          // Let the client finish drawing (relationship titles, the rich-text editor); a page that keeps a request open still gets checked.
          await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined)
          await expect(page.locator('html')).toHaveAttribute('lang', new RegExp(`^${language}`))
          // Payload writes "RTL"; the attribute is case-insensitive.
          if (language === 'ar') await expect(page.locator('html')).toHaveAttribute('dir', /^rtl$/i)
          const shown = await shownText(page)
          found.push(...english.filter((text) => asWhole(text).test(shown)).map((text) => `${name}: "${text}"`))
          if (path.startsWith('/collections/articles/'))
            expect(shown, 'the article’s title field is labelled in the admin language').toContain(
              articleTitleLabel(language),
            )
        })
      }
      expect(
        pages.some((p) => p.path.startsWith('/collections/articles/')),
        'an article was opened',
      ).toBe(true)
      expect(found).toEqual([])
    })
  })
}
