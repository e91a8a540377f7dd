import type { ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { type APIRequestContext, type APIResponse, expect, type Page, test } from '@playwright/test'
import { parseFeed } from '@rowanmanning/feed-parser'
import ICAL from 'ical.js'

import { DEMO_USERS } from '../../scripts/content/demo-user'
import { bins, run, start } from '../../scripts/lib/run'
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server'
import {
  attackArticles,
  attackContent,
  attackLocales,
  markupPayloads,
  pathTricks,
  refusedLinks,
  refusedText,
  restArticles,
  searchWord,
  writeAttackImport,
  writeRefusedImports,
} from '../fixtures/attack/corpus'
import { expectNothingRan, jsonLdOf, watchForPayloads } from './attack-site'
import { e2e, e2eEnv } from './env'

/**
 * The attack corpus (tests/fixtures/attack/corpus.ts) through every way in and
 * every way out: the importer and the CMS's REST API must accept hostile
 * markup as text and refuse forbidden characters, links and slugs, naming
 * where; the built site must run none of it and show it as written, and its
 * JSON API, feeds and calendars must stay well formed (docs/security.md,
 * "Hostile text").
 *
 * Self-contained: its own database, build and ports under .cache/e2e-attack,
 * so the shared e2e site the other specs read is never touched. Only the
 * admin built by global setup is shared.
 */

const work = path.join(e2e.root, '.cache/e2e-attack')
const site = { port: 4392, url: 'http://127.0.0.1:4392', dist: path.join(work, 'dist') }
const cms = { port: 3092, url: 'http://127.0.0.1:3092' }
const env: Record<string, string> = {
  ...e2eEnv,
  DATABASE_URI: `file:${path.join(work, 'attack.db')}`,
  SITE_URL: site.url,
  CMS_URL: cms.url,
}
const importDir = path.join(work, 'import')
const { topic, region, lawChange, event, centre, alert } = attackContent

/** Whether anything answers at `url`. */
const listening = (url: string) => fetch(url).then(() => true, () => false)
/** Whether a server at `url` is up and answering, not failing or starting. */
const answering = (url: string) => fetch(url).then((res) => res.status < 500, () => false)

/** Every file under `dir` whose path matches, with its path relative to `dir`. */
function filesUnder(dir: string, match: RegExp): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => match.test(f) && fs.statSync(path.join(dir, f)).isFile())
}

test.describe('the attack corpus', () => {
  test.describe.configure({ mode: 'serial' })

  let cmsProcess: ChildProcess | undefined
  let siteServer: StaticServer | undefined

  /** Stops the CMS and waits until it has exited, so its port and database are free. */
  async function stopCms(): Promise<void> {
    const child = cmsProcess
    cmsProcess = undefined
    if (!child || child.exitCode !== null || child.signalCode !== null) return
    const exited = once(child, 'exit')
    child.kill('SIGTERM')
    await exited
  }

  test.beforeAll(async () => {
    for (const url of [site.url, cms.url]) {
      expect(await listening(url), `${url} is already in use (a server left by an earlier run?); stop it first`).toBe(false)
    }
    fs.rmSync(work, { recursive: true, force: true })
    fs.mkdirSync(work, { recursive: true })
  })

  test.afterAll(async () => {
    await stopCms()
    await siteServer?.close()
  })

  test('the importer takes hostile markup as text and refuses the rest, naming file, locale and field', async () => {
    test.setTimeout(240_000)
    // The demo content and the demo logins the REST step signs in with.
    await run(bins.tsx(), ['scripts/seed.ts'], { env, inherit: false })
    writeAttackImport(path.join(importDir, 'accepted'))
    await run(bins.tsx(), ['scripts/import.ts', path.join(importDir, 'accepted')], { env, inherit: false })

    const refused = writeRefusedImports(path.join(importDir, 'refused'))
    // Each run opens the CMS (seconds of start-up); nothing is written, so they may run side by side.
    const outputs = await Promise.all(
      refused.map((r) =>
        run(bins.tsx(), ['scripts/import.ts', r.dir], { env, inherit: false }).then(
          () => undefined,
          (error: Error) => error.message,
        ),
      ),
    )
    refused.forEach(({ name, problems }, i) => {
      const output = outputs[i]
      expect(output, `the import of ${name} must fail`).toMatch(/exited with code 1/)
      // Every problem named, and nothing else wrong with the folder.
      expect(output, name).toContain(`Import failed: ${problems.length} problem${problems.length === 1 ? '' : 's'} found, nothing was changed`)
      const lines = output!.split('\n').map((l) => l.trim())
      for (const p of problems) {
        const where = `- ${[p.file, p.locale && `[${p.locale}]`, `${p.field}:`].filter(Boolean).join(' ')} `
        const line = lines.find((l) => l.startsWith(where))
        expect(line, `${name}: a line starting "${where}"`).toBeDefined()
        expect(line).toContain(p.says)
      }
    })
  })

  test('the REST API takes hostile markup as text and refuses forbidden characters, links and slugs', async ({ playwright }) => {
    test.setTimeout(180_000)
    cmsProcess = start(bins.next(), ['start', 'cms', '--port', String(cms.port), '--hostname', '127.0.0.1'], { env, inherit: false })
    await expect.poll(() => answering(`${cms.url}/admin/login`), { timeout: 120_000 }).toBe(true)

    const editor = DEMO_USERS.find((u) => u.role === 'editor')!
    const login = await fetch(`${cms.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: editor.email, password: editor.password }),
    })
    expect(login.status).toBe(200)
    const { token } = (await login.json()) as { token: string }
    const api: APIRequestContext = await playwright.request.newContext({
      baseURL: cms.url,
      extraHTTPHeaders: { Authorization: `JWT ${token}` },
    })
    /** The field a refused request names: Payload's ValidationError lists the paths it refused. */
    const refusal = async (res: APIResponse) => {
      const body = (await res.json()) as { errors?: { data?: { errors?: { path: string; message: string }[] } }[] }
      return { status: res.status(), ...body.errors?.[0]?.data?.errors?.[0] }
    }
    const idOf = async (collection: string, slug: string) => {
      const found = await (await api.get(`/api/${collection}?where[slug][equals]=${slug}&depth=0&draft=true`)).json()
      return found.docs[0].id as number
    }

    try {
      for (const a of restArticles) {
        const res = await api.post('/api/articles?locale=ru', {
          data: { slug: a.slug, title: a.title, summary: a.summary, kind: 'rights', country: 'ru', _status: 'published' },
        })
        expect(res.status(), `${a.payload.id}: ${await res.text()}`).toBe(201)
        // Stored as written: nothing stripped, nothing escaped.
        expect((await res.json()).doc).toMatchObject({ title: a.title, summary: a.summary })
      }

      const published = await idOf('articles', attackArticles[0].slug)
      for (const r of refusedText) {
        // A new article and an edit to a published translation in another language alike.
        const created = await api.post('/api/articles?locale=ru', {
          data: { slug: `rest-refused-${r.id}`, title: r.text, kind: 'rights', _status: 'published' },
        })
        expect(await refusal(created), `new article titled ${JSON.stringify(r.text)}`).toMatchObject({ status: 400, path: 'title' })
        expect((await refusal(created)).message).toContain(r.codePoint)
        const edited = await api.patch(`/api/articles/${published}?locale=ar`, {
          data: { title: r.text, _status: 'published', minorChange: true },
        })
        expect(await refusal(edited), `Arabic title ${JSON.stringify(r.text)}`).toMatchObject({ status: 400, path: 'title' })
        if (r.multiLine) {
          const summary = await api.patch(`/api/articles/${published}?locale=ru`, {
            data: { summary: `Первая строка\n${r.text}`, _status: 'published', minorChange: true },
          })
          expect(await refusal(summary), `summary with ${r.codePoint}`).toMatchObject({ status: 400, path: 'summary' })
        }
      }

      const eventId = await idOf('events', event.slug)
      for (const { id, link } of refusedLinks) {
        const alertRes = await api.post('/api/globals/site-alert?locale=ru', {
          data: { active: true, level: 'urgent', message: 'Срочно.', link, expiresAt: '2099-01-01T00:00:00.000Z' },
        })
        expect(await refusal(alertRes), `alert link ${id}`).toMatchObject({ status: 400, path: 'link' })
        const eventRes = await api.patch(`/api/events/${eventId}?locale=ru`, {
          data: { onlineUrl: link, _status: 'published', minorChange: true },
        })
        expect(await refusal(eventRes), `event link ${id}`).toMatchObject({ status: 400, path: 'onlineUrl' })
      }

      for (const { slug } of pathTricks) {
        const res = await api.post('/api/articles?locale=ru', { data: { slug, title: 'Обычная статья', kind: 'rights', _status: 'published' } })
        expect(await refusal(res), `slug ${JSON.stringify(slug)}`).toMatchObject({ status: 400, path: 'slug' })
      }

      // Nothing refused was half-written: no refused article exists, even as a draft, and the alert is the imported one.
      const leftovers = await (await api.get('/api/articles?where[slug][like]=rest-refused&draft=true&limit=1')).json()
      expect(leftovers.totalDocs).toBe(0)
      const shownAlert = await (await fetch(`${cms.url}/api/globals/site-alert?locale=ru`)).json()
      expect(shownAlert).toMatchObject({ active: true, link: alert.link, message: alert.message.ru })
    } finally {
      await api.dispose()
      await stopCms()
    }
  })

  test('the site builds from it', async () => {
    test.setTimeout(180_000)
    await run(bins.tsx(), ['scripts/build.ts', '--out', site.dist], { env, inherit: false })
    // Served as a plain static host serves it, as scripts/serve.ts does.
    siteServer = await serveStatic(site.dist, site.port, '127.0.0.1')
  })

  test.describe('every page', () => {
    let dialogs: string[]
    test.beforeEach(async ({ page }) => {
      dialogs = await watchForPayloads(page)
    })

    /** Opens a page of the built site and checks that nothing on it ran, and that the alert shows its payload as text. */
    async function visit(page: Page, locale: (typeof attackLocales)[number], pathname: string): Promise<void> {
      const res = await page.goto(`${site.url}${pathname}`)
      expect(res?.status(), pathname).toBe(200)
      await expectNothingRan(page, dialogs)
      expect(await page.getByTestId('site-alert').locator('span').textContent()).toBe(alert.message[locale])
    }
    const h1 = async (page: Page) => page.locator('main h1').textContent()
    const mainText = async (page: Page) => (await page.locator('main').textContent()) ?? ''

    test('runs no payload and shows each as written', async ({ page }) => {
      test.setTimeout(120_000)
      for (const locale of attackLocales) {
        await test.step(`${locale}: home, lists and topic`, async () => {
          await visit(page, locale, `/${locale}/`)
          const home = await mainText(page)
          for (const text of [topic.title[locale], lawChange.title[locale], ...attackArticles.map((a) => a.title[locale])]) {
            expect(home).toContain(text)
          }
          await visit(page, locale, `/${locale}/topics/${topic.slug}/`)
          expect(await h1(page)).toBe(topic.title[locale])
          await visit(page, locale, `/${locale}/law-changes/`)
          expect(await mainText(page)).toContain(lawChange.title[locale])
          await visit(page, locale, `/${locale}/events/`)
          expect(await mainText(page)).toContain(event.title[locale])
          await visit(page, locale, `/${locale}/help-centres/`)
          expect(await mainText(page)).toContain(region.name[locale])
          expect(await mainText(page)).toContain(centre.name[locale])
          await visit(page, locale, `/${locale}/help-centres/in/ru/${region.slug}/`)
          expect(await h1(page)).toBe(region.name[locale])
        })

        for (const a of attackArticles) {
          await test.step(`${locale}: article with ${a.payload.id}`, async () => {
            await visit(page, locale, `/${locale}/articles/${a.slug}/`)
            expect(await h1(page)).toBe(a.title[locale])
            expect(await page.locator('main .lead').textContent()).toBe(a.summary[locale])
            expect(await page.getByTestId('change-history').locator('li').textContent()).toContain(a.changeNote[locale])
            const [ld] = await jsonLdOf(page)
            expect(ld).toMatchObject({ '@type': 'Article', headline: a.title[locale], description: a.summary[locale] })
          })
        }

        await test.step(`${locale}: law change, event and help centre`, async () => {
          await visit(page, locale, `/${locale}/articles/${lawChange.slug}/`)
          expect(await h1(page)).toBe(lawChange.title[locale])
          const box = await page.getByTestId('law-change').textContent()
          expect(box).toContain(lawChange.legalAct[locale])
          expect(box).toContain(lawChange.legalArticle[locale])

          await visit(page, locale, `/${locale}/events/${event.slug}/`)
          expect(await h1(page)).toBe(event.title[locale])
          expect(await mainText(page)).toContain(event.organiser[locale])
          expect(await page.locator('main a[rel="external"]').first().getAttribute('href')).toBe(event.onlineUrl)
          const [eventLd] = await jsonLdOf(page)
          expect(eventLd).toMatchObject({ '@type': 'Event', name: event.title[locale], organizer: { name: event.organiser[locale] } })

          await visit(page, locale, `/${locale}/help-centres/${centre.slug}/`)
          expect(await h1(page)).toBe(centre.name[locale])
          expect(await mainText(page)).toContain(centre.city[locale])
          const [centreLd] = await jsonLdOf(page)
          expect(centreLd).toMatchObject({ '@type': 'Organization', name: centre.name[locale], url: centre.website })
        })
      }

      for (const a of restArticles) {
        await test.step(`ru: article with ${a.payload.id}, written through the REST API`, async () => {
          await visit(page, 'ru', `/ru/articles/${a.slug}/`)
          expect(await h1(page)).toBe(a.title)
          const [ld] = await jsonLdOf(page)
          expect(ld).toMatchObject({ headline: a.title, description: a.summary })
        })
      }
    })

    test('search finds the hostile articles and shows their text as written', async ({ page }) => {
      for (const locale of attackLocales) {
        await visit(page, locale, `/${locale}/search/`)
        // Typed, as a reader would; the status names the query once results for all of it are in (tests/e2e/search-quality.spec.ts).
        await page.getByRole('searchbox').pressSequentially(searchWord[locale], { delay: 20 })
        await expect(page.getByTestId('search-status')).toHaveAttribute('data-query', searchWord[locale])
        const results = page.getByTestId('search-results').locator('li')
        await expect(results.first()).toBeVisible()
        let checked = 0
        for (const result of await results.all()) {
          const href = await result.locator('a').first().getAttribute('href')
          const article = attackArticles.find((a) => href === `/${locale}/articles/${a.slug}/`)
          expect(article, `${href} is an attack article`).toBeDefined()
          expect(await result.locator('a').first().textContent()).toBe(article!.title[locale])
          expect(await result.locator('p').textContent()).toContain(article!.payload.text)
          checked++
        }
        expect(checked).toBeGreaterThan(0)
        await expectNothingRan(page, dialogs)
      }
      // A hostile query, from a shared link: shown as text in the status, and run nowhere.
      for (const { text } of markupPayloads.slice(0, 3)) {
        await visit(page, 'ru', `/ru/search/?q=${encodeURIComponent(text)}`)
        await expect(page.getByTestId('search-status')).toHaveAttribute('data-query', text)
        await expect(page.getByRole('searchbox')).toHaveValue(text)
        await expectNothingRan(page, dialogs)
      }
    })

    test('the embed shows hostile text as text: on a partner page, in its frame page and in the builder', async ({ page }) => {
      const partnerDir = fs.mkdtempSync(path.join(os.tmpdir(), 'attack-partner-'))
      fs.writeFileSync(
        path.join(partnerDir, 'index.html'),
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title></head><body>
<migrant-portal-feed id="ru-articles" lang="ru" topic="${topic.slug}" limit="50"></migrant-portal-feed>
<migrant-portal-feed id="ar-articles" lang="ar" topic="${topic.slug}" limit="50"></migrant-portal-feed>
<migrant-portal-feed id="ru-laws" lang="ru" kind="law-change" limit="50"></migrant-portal-feed>
<migrant-portal-feed id="ru-events" lang="ru" kind="events" limit="50"></migrant-portal-feed>
<migrant-portal-feed id="ar-centres" lang="ar" kind="help-centres" country="ru" limit="50"></migrant-portal-feed>
<script src="${site.url}/embed.js" async></script>
</body></html>`,
      )
      const partner = await serveStatic(partnerDir)
      try {
        expect(new URL(partner.url).origin).not.toBe(site.url)
        await page.goto(partner.url)
        const titles = (id: string) => page.locator(`#${id} li a.t`)
        await expect(titles('ru-articles')).toHaveCount(attackArticles.length + 1)
        expect(await titles('ru-articles').allTextContents()).toEqual(
          expect.arrayContaining([...attackArticles.map((a) => a.title.ru), lawChange.title.ru]),
        )
        await expect(titles('ar-articles')).toHaveCount(attackArticles.length + 1)
        expect(await titles('ar-articles').allTextContents()).toEqual(expect.arrayContaining(attackArticles.map((a) => a.title.ar)))
        await expect(titles('ru-laws').filter({ hasText: lawChange.title.ru })).toHaveCount(1)
        await expect(titles('ru-events').filter({ hasText: event.title.ru })).toHaveCount(1)
        await expect(titles('ar-centres').filter({ hasText: centre.name.ar })).toHaveCount(1)
        const first = page.locator('#ru-articles li').filter({ has: page.getByRole('link', { name: attackArticles[0].title.ru, exact: true }) })
        expect(await first.locator('p').last().textContent()).toBe(attackArticles[0].summary.ru)
        await expectNothingRan(page, dialogs)
      } finally {
        await partner.close()
      }

      // The page partners put in an iframe when they cannot run our script.
      await page.goto(`${site.url}/embed/ar/?topic=${topic.slug}&limit=50`)
      await expect(page.locator('migrant-portal-feed li')).toHaveCount(attackArticles.length + 1)
      expect(await page.locator('migrant-portal-feed li a.t').allTextContents()).toEqual(expect.arrayContaining(attackArticles.map((a) => a.title.ar)))
      await expectNothingRan(page, dialogs)

      // The builder lists the topic by its hostile title, and previews its articles.
      await visit(page, 'ru', '/ru/embed/')
      const option = page.getByTestId('embed-topic').locator(`option[value="${topic.slug}"]`)
      expect(await option.textContent()).toBe(topic.title.ru)
      await page.getByTestId('embed-topic').selectOption(topic.slug)
      await page.getByTestId('embed-limit').fill('50')
      await expect(page.getByTestId('embed-script-code')).toContainText(`topic="${topic.slug}"`)
      const preview = page.getByTestId('embed-preview').locator('li a.t')
      await expect(preview).toHaveCount(attackArticles.length + 1)
      expect(await preview.allTextContents()).toEqual(expect.arrayContaining(attackArticles.map((a) => a.title.ru)))
      await expectNothingRan(page, dialogs)
    })
  })

  test('every JSON API file parses and carries the text as written', () => {
    const files = filesUnder(path.join(site.dist, 'api/v1'), /\.json$/)
    expect(files.length).toBeGreaterThan(50)
    const api = new Map(files.map((f) => [f, JSON.parse(fs.readFileSync(path.join(site.dist, 'api/v1', f), 'utf8'))]))
    for (const locale of attackLocales) {
      for (const a of attackArticles) {
        const { article } = api.get(`${locale}/articles/${a.slug}.json`)
        expect(article).toMatchObject({ title: a.title[locale], summary: a.summary[locale], changes: [{ note: a.changeNote[locale] }] })
      }
      const item = (file: string, slug: string) => api.get(`${locale}/${file}.json`).items.find((i: { slug: string }) => i.slug === slug)
      expect(item('law-changes', lawChange.slug)).toMatchObject({ title: lawChange.title[locale], summary: lawChange.summary[locale] })
      expect(item('events', event.slug)).toMatchObject({ title: event.title[locale], onlineUrl: event.onlineUrl })
      expect(item('help-centres', centre.slug)).toMatchObject({ name: centre.name[locale], city: centre.city[locale] })
    }
  })

  test('the Atom feeds parse, hold no character XML forbids, and give titles back as written', async () => {
    // XML 1.0 has no way to carry these, escaped or not.
    const xmlForbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
    for (const locale of attackLocales) {
      for (const name of ['law-changes', 'updates']) {
        const xml = await (await fetch(`${site.url}/${locale}/${name}.atom`)).text()
        expect(xmlForbidden.test(xml), `${locale}/${name}.atom`).toBe(false)
        const feed = parseFeed(xml)
        const entry = (slug: string) => feed.items.find((i) => i.url === `${site.url}/${locale}/articles/${slug}/`)
        if (name === 'law-changes') {
          expect(entry(lawChange.slug)?.title).toBe(lawChange.title[locale])
          expect(entry(lawChange.slug)?.description).toContain(lawChange.summary[locale])
        } else {
          for (const a of attackArticles) {
            expect(entry(a.slug)?.title, `${locale}/${name}.atom: ${a.slug}`).toBe(a.title[locale])
            // An updated article's entry says what changed: its change note, as text.
            expect(entry(a.slug)?.description).toContain(a.changeNote[locale])
          }
        }
      }
    }
  })

  test('the calendars parse into exactly the events there are', async () => {
    const host = new URL(site.url).host
    const veventsOf = async (url: string) => {
      const component = new ICAL.Component(ICAL.parse(await (await fetch(url)).text()))
      return component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
    }
    for (const locale of attackLocales) {
      // The feed holds the upcoming events, as the JSON API lists them: a forged entry would be one too many.
      const upcoming = (await (await fetch(`${site.url}/api/v1/${locale}/events.json`)).json()).items as { slug: string }[]
      const feed = await veventsOf(`${site.url}/${locale}/events.ics`)
      expect(feed.map((e) => e.uid).sort()).toEqual(upcoming.map((e) => `${e.slug}@${host}`).sort())
      const own = await veventsOf(`${site.url}/${locale}/events/${event.slug}.ics`)
      expect(own).toHaveLength(1)
      for (const e of [own[0], feed.find((f) => f.uid === `${event.slug}@${host}`)!]) {
        expect(e.summary).toBe(event.title[locale])
        expect(e.description.startsWith(event.summary[locale])).toBe(true)
        expect(e.location).toContain(centre.name[locale])
      }
    }
  })
})
