import type { ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { expect, type Page, test } from '@playwright/test'
import { parseFeed } from '@rowanmanning/feed-parser'
import ICAL from 'ical.js'

import { DEMO_USERS } from '../../scripts/content/demo-user'
import { bins, run, start } from '../../scripts/lib/run'
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server'
import arUi from '../../site/i18n/ui/ar.json' with { type: 'json' }
import ruUi from '../../site/i18n/ui/ru.json' with { type: 'json' }
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
import { atomEntries, expectNothingRan, jsonLdOf, watchForPayloads } from './attack-site'
import { e2e, e2eEnv } from './env'

/**
 * The attack corpus (tests/fixtures/attack/corpus.ts) through every way in and
 * every way out: the importer and the CMS's REST API must accept hostile
 * markup as text and refuse forbidden characters, links and slugs, naming
 * where; the built site must run none of it and show it as written, and its
 * JSON API, feeds and calendars must stay well formed (docs/security.md,
 * "Hostile text").
 *
 * Self-contained: its own database, build and ports (.cache/e2e-attack,
 * 4392 and 3092), so the shared e2e site the other specs read is never
 * touched. Only the admin built by global setup is shared.
 */

// Beside the shared run (E2E_SLOT moves both): its folder with "-attack", its ports + 1.
const work = `${e2e.work}-attack`
const site = { port: e2e.sitePort + 1, url: `http://127.0.0.1:${e2e.sitePort + 1}`, dist: path.join(work, 'dist') }
const cms = { port: e2e.cmsPort + 1, url: `http://127.0.0.1:${e2e.cmsPort + 1}` }
const env: Record<string, string> = {
  ...e2eEnv,
  DATABASE_URI: `file:${path.join(work, 'attack.db')}`,
  SITE_URL: site.url,
  CMS_URL: cms.url,
}
const importDir = path.join(work, 'import')
const { topic, region, lawChange, event, centre, alert } = attackContent
const siteName = { ru: ruUi['site.name'], ar: arUi['site.name'] }

/** What the CMS's REST API answered: the status and the parsed JSON. */
type CmsAnswer = { status: number; body: unknown }

/** Whether anything answers at `url`. */
const listening = (url: string) =>
  fetch(url).then(
    () => true,
    () => false,
  )
/** Whether a server at `url` is up and answering, not failing or starting. */
const answering = (url: string) =>
  fetch(url).then(
    (res) => res.status < 500,
    () => false,
  )

/** Every file under `dir` whose path matches, with its path relative to `dir`. */
function filesUnder(dir: string, match: RegExp): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter(
    (f) => match.test(f) && fs.statSync(path.join(dir, f)).isFile(),
  )
}

test.describe('the attack corpus', () => {
  test.describe.configure({ mode: 'serial' })

  let cmsProcess: ChildProcess | undefined
  let siteServer: StaticServer | undefined
  /** The editor's login, from the REST step on. */
  let token: string | undefined

  /** A JSON request to the CMS's REST API, as the editor once signed in. */
  async function cmsApi(method: string, pathname: string, data?: unknown): Promise<CmsAnswer> {
    const res = await fetch(`${cms.url}${pathname}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
      body: data === undefined ? undefined : JSON.stringify(data),
    })
    return { status: res.status, body: await res.json() }
  }

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
      expect(await listening(url), `${url} is already in use (a server left by an earlier run?); stop it first`).toBe(
        false,
      )
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
      expect(output, name).toContain(
        `Import failed: ${problems.length} problem${problems.length === 1 ? '' : 's'} found, nothing was changed`,
      )
      const lines = output!.split('\n').map((l) => l.trim())
      for (const p of problems) {
        const where = `- ${[p.file, p.locale && `[${p.locale}]`, `${p.field}:`].filter(Boolean).join(' ')} `
        const line = lines.find((l) => l.startsWith(where))
        expect(line, `${name}: a line starting "${where}"`).toBeDefined()
        expect(line).toContain(p.says)
      }
    })
  })

  test('the REST API takes hostile markup as text', async () => {
    test.setTimeout(180_000)
    cmsProcess = start(bins.next(), ['start', 'cms', '--port', String(cms.port), '--hostname', '127.0.0.1'], {
      env,
      inherit: false,
    })
    await expect.poll(() => answering(`${cms.url}/admin/login`), { timeout: 120_000 }).toBe(true)
    const editor = DEMO_USERS.find((u) => u.role === 'editor')!
    const login = await cmsApi('POST', '/api/users/login', { email: editor.email, password: editor.password })
    expect(login.status).toBe(200)
    token = (login.body as { token: string }).token

    for (const a of restArticles) {
      const res = await cmsApi('POST', '/api/articles?locale=ru', {
        slug: a.slug,
        title: a.title,
        summary: a.summary,
        kind: 'rights',
        country: 'ru',
        _status: 'published',
      })
      expect(res.status, `${a.payload.id}: ${JSON.stringify(res.body)}`).toBe(201)
      // Stored as written: nothing stripped, nothing escaped.
      expect((res.body as { doc: unknown }).doc).toMatchObject({ title: a.title, summary: a.summary })
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
          for (const text of [topic.title[locale], lawChange.title[locale]]) expect(home).toContain(text)
          // The home page shows only the newest articles; the list of all of them shows every one.
          await visit(page, locale, `/${locale}/articles/`)
          const all = await mainText(page)
          for (const a of attackArticles) expect(all).toContain(a.title[locale])
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
            // In <title> and in attributes, where a quote or a closing tag would break out.
            expect(await page.title()).toBe(`${a.title[locale]} · ${siteName[locale]}`)
            expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(a.title[locale])
            expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(a.summary[locale])
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
          const links = await page
            .locator('main a[rel="external"]')
            .evaluateAll((as) => as.map((a) => a.getAttribute('href')))
          expect(links).toEqual([event.onlineUrl, event.registrationUrl])
          const [eventLd] = await jsonLdOf(page)
          expect(eventLd).toMatchObject({
            '@type': 'Event',
            name: event.title[locale],
            organizer: { name: event.organiser[locale] },
          })

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
      for (const { text } of markupPayloads) {
        await visit(page, 'ru', `/ru/search/?q=${encodeURIComponent(text)}`)
        await expect(page.getByTestId('search-status')).toHaveAttribute('data-query', text)
        await expect(page.getByRole('searchbox')).toHaveValue(text)
        await expectNothingRan(page, dialogs)
      }
    })

    test('the embed shows hostile text as text: on a partner page, in its frame page and in the builder', async ({
      page,
    }) => {
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
        expect(await titles('ar-articles').allTextContents()).toEqual(
          expect.arrayContaining(attackArticles.map((a) => a.title.ar)),
        )
        await expect(titles('ru-laws').filter({ hasText: lawChange.title.ru })).toHaveCount(1)
        await expect(titles('ru-events').filter({ hasText: event.title.ru })).toHaveCount(1)
        await expect(titles('ar-centres').filter({ hasText: centre.name.ar })).toHaveCount(1)
        const item = page
          .locator('#ru-articles li')
          .filter({ has: page.getByRole('link', { name: attackArticles[0].title.ru, exact: true }) })
        expect(await item.locator('p').last().textContent()).toBe(attackArticles[0].summary.ru)
        await expectNothingRan(page, dialogs)
      } finally {
        await partner.close()
      }

      // The page partners put in an iframe when they cannot run our script.
      for (const locale of attackLocales) {
        await page.goto(`${site.url}/embed/${locale}/?topic=${topic.slug}&limit=50`)
        await expect(page.locator('migrant-portal-feed li')).toHaveCount(attackArticles.length + 1)
        expect(await page.locator('migrant-portal-feed li a.t').allTextContents()).toEqual(
          expect.arrayContaining(attackArticles.map((a) => a.title[locale])),
        )
        await expectNothingRan(page, dialogs)
      }

      // The builder lists the topic by its hostile title, and previews its articles.
      await visit(page, 'ru', '/ru/embed/')
      const option = page.getByTestId('embed-topic').locator(`option[value="${topic.slug}"]`)
      expect(await option.textContent()).toBe(topic.title.ru)
      // All articles (the builder starts with law changes), as many as it allows.
      await page.getByTestId('embed-kind').selectOption('')
      await page.getByTestId('embed-topic').selectOption(topic.slug)
      await page.getByTestId('embed-limit').fill('20')
      await expect(page.getByTestId('embed-script-code')).toContainText(`topic="${topic.slug}"`)
      const preview = page.getByTestId('embed-preview').locator('li a.t')
      await expect(preview).toHaveCount(attackArticles.length + 1)
      expect(await preview.allTextContents()).toEqual(expect.arrayContaining(attackArticles.map((a) => a.title.ru)))
      await expectNothingRan(page, dialogs)
    })

    test('the offline file runs no payload, and its search shows the text as written', async ({ page }) => {
      for (const locale of attackLocales) {
        // One language's content as one HTML file a centre passes on (site/offline/pack.ts), with its own renderer and search.
        const res = await page.goto(`${site.url}/offline/${locale}.html`)
        expect(res?.status()).toBe(200)
        await expectNothingRan(page, dialogs)
        for (const text of [
          ...attackArticles.map((a) => a.title[locale]),
          lawChange.title[locale],
          event.title[locale],
          centre.name[locale],
        ]) {
          // Once or more: the articles written through the REST API carry the same titles.
          await expect(
            page.getByRole('heading', { name: text, exact: true, includeHidden: true }).first(),
          ).toBeAttached()
        }
        await page.getByRole('searchbox').fill(searchWord[locale])
        await page.getByRole('searchbox').press('Enter')
        await expect(page.locator('#pack-status')).toHaveAttribute('data-query', searchWord[locale])
        const found = await page.locator('#pack-results li > a').allTextContents()
        expect(found.length).toBeGreaterThan(0)
        expect(attackArticles.map((a) => a.title[locale])).toEqual(expect.arrayContaining(found))
        await expectNothingRan(page, dialogs)
      }
    })
  })

  test('every JSON file parses, and the JSON API carries the text as written', () => {
    // The API, and every other JSON file of the build (search index entry, offline file lists…).
    const files = filesUnder(site.dist, /\.json$/)
    expect(files.filter((f) => f.startsWith('api/v1/')).length).toBeGreaterThan(50)
    const json = new Map(files.map((f) => [f, JSON.parse(fs.readFileSync(path.join(site.dist, f), 'utf8'))]))
    const api = (file: string) => json.get(`api/v1/${file}`)
    for (const locale of attackLocales) {
      for (const a of attackArticles) {
        const { article } = api(`${locale}/articles/${a.slug}.json`)
        expect(article).toMatchObject({
          title: a.title[locale],
          summary: a.summary[locale],
          changes: [{ note: a.changeNote[locale] }],
        })
      }
      const item = (file: string, slug: string) =>
        api(`${locale}/${file}.json`).items.find((i: { slug: string }) => i.slug === slug)
      expect(item('law-changes', lawChange.slug)).toMatchObject({
        title: lawChange.title[locale],
        summary: lawChange.summary[locale],
      })
      expect(item('events', event.slug)).toMatchObject({ title: event.title[locale], onlineUrl: event.onlineUrl })
      expect(item('help-centres', centre.slug)).toMatchObject({ name: centre.name[locale], city: centre.city[locale] })
    }
  })

  test('the Atom feeds parse, hold no character XML forbids, and give titles back as written', async ({ page }) => {
    // XML 1.0 has no way to carry these, escaped or not.
    const xmlForbidden =
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
    for (const locale of attackLocales) {
      for (const name of ['law-changes', 'updates']) {
        const feedName = `${locale}/${name}.atom`
        const xml = await (await fetch(`${site.url}/${feedName}`)).text()
        expect(xmlForbidden.test(xml), feedName).toBe(false)
        // A feed reader's view: a valid Atom feed whose entries link to the articles.
        const feed = parseFeed(xml)
        const { error, entries } = await atomEntries(page, xml)
        expect(error, feedName).toBeUndefined()
        expect(feed.items.map((i) => i.url)).toEqual(entries.map((e) => e.url))
        const entry = (slug: string) => entries.find((e) => e.url === `${site.url}/${locale}/articles/${slug}/`)
        const texts =
          name === 'law-changes'
            ? [{ slug: lawChange.slug, title: lawChange.title[locale], summary: lawChange.summary[locale] }]
            : attackArticles.map((a) => ({ slug: a.slug, title: a.title[locale], summary: a.changeNote[locale] }))
        for (const { slug, title, summary } of texts) {
          // An updated article's entry says what changed: its change note.
          expect(entry(slug), `${feedName}: ${slug}`).toMatchObject({
            title,
            titleType: 'text',
            summaryType: 'text',
            summary: expect.stringContaining(summary),
          })
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
      const upcoming = (await (await fetch(`${site.url}/api/v1/${locale}/events.json`)).json()).items as {
        slug: string
      }[]
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

  // Last, so that a failure here leaves every output above checked. The CMS has been running since the REST step.
  test('the REST API refuses forbidden characters, links and slugs, naming the field', async () => {
    /** Requests refused without saying which field and why (Payload's ValidationError lists each path with its message). */
    const unnamed: string[] = []
    /** A write that must have been refused: a 400 naming `field`, with `says` in its message. */
    const expectRefused = (what: string, { status, body }: CmsAnswer, field: string, says = '') => {
      expect(status, `${what}: ${JSON.stringify(body)}`).toBe(400)
      const errors = (body as { errors?: { data?: { errors?: { path: string; message: string }[] } }[] }).errors
      const named = errors?.[0]?.data?.errors?.[0]
      if (named?.path !== field || !named.message.includes(says)) unnamed.push(`${what}: ${JSON.stringify(body)}`)
    }
    const idOf = async (collection: string, slug: string) => {
      const found = await cmsApi('GET', `/api/${collection}?where[slug][equals]=${slug}&depth=0&draft=true`)
      return (found.body as { docs: { id: number }[] }).docs[0].id
    }
    const published = await idOf('articles', attackArticles[0].slug)
    const eventId = await idOf('events', event.slug)
    const newArticle = (data: Record<string, unknown>) =>
      cmsApi('POST', '/api/articles?locale=ru', {
        title: 'Обычная статья',
        kind: 'rights',
        _status: 'published',
        ...data,
      })
    // An edit published at once, marked minor so that no change note is asked for.
    const edit = (pathname: string, data: Record<string, unknown>) =>
      cmsApi('PATCH', pathname, { ...data, _status: 'published', minorChange: true })

    for (const r of refusedText) {
      const what = JSON.stringify(r.text)
      // A new article, and an edit to a published translation in another language.
      const created = await newArticle({ slug: `rest-refused-${r.id}`, title: r.text })
      expectRefused(`new article titled ${what}`, created, 'title', r.codePoint)
      const edited = await edit(`/api/articles/${published}?locale=ar`, { title: r.text })
      expectRefused(`Arabic title ${what}`, edited, 'title', r.codePoint)
      if (r.multiLine) {
        const summary = await edit(`/api/articles/${published}?locale=ru`, { summary: `Первая строка\n${r.text}` })
        expectRefused(`summary ${what}`, summary, 'summary', r.codePoint)
      }
    }

    for (const { link } of refusedLinks) {
      const siteAlert = { active: true, level: 'urgent', message: 'Срочно.', link, expiresAt: '2099-01-01T00:00:00Z' }
      const alertLink = await cmsApi('POST', '/api/globals/site-alert?locale=ru', siteAlert)
      expectRefused(`alert link ${link}`, alertLink, 'link')
      const onlineUrl = await edit(`/api/events/${eventId}?locale=ru`, { onlineUrl: link })
      expectRefused(`event link ${link}`, onlineUrl, 'onlineUrl')
    }

    for (const { slug } of pathTricks) expectRefused(`slug ${slug}`, await newArticle({ slug }), 'slug')

    // Nothing refused was half-written: no refused article exists, even as a draft, and the alert is the imported one.
    const leftovers = await cmsApi('GET', '/api/articles?where[slug][like]=rest-refused&draft=true&limit=1')
    expect((leftovers.body as { totalDocs: number }).totalDocs).toBe(0)
    const shownAlert = await (await fetch(`${cms.url}/api/globals/site-alert?locale=ru`)).json()
    expect(shownAlert).toMatchObject({ active: true, link: alert.link, message: alert.message.ru })

    // An editor (or a partner's script) must learn which field to fix and why, not only that something was wrong.
    expect(unnamed, 'refusals that do not name the field and the reason').toEqual([])
  })
})
