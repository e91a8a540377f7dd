import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { expect, type Page, test } from '@playwright/test'

import { localeCodes } from '../../content-models/locales'
import { readZimEntry } from '../unit/site/offline/zim-reader'
import { e2e } from './env'

const offline = path.join(e2e.distDir, 'offline')
const zimTools = (() => {
  try {
    execFileSync('zimdump', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

// Markers that occur only in unpublished fixture texts (tests/fixtures/import/valid),
// as in drafts.spec.ts: a wholly unpublished article (also scheduled for 2036),
// and an unpublished Uzbek translation of a published one.
const DRAFT_MARKERS = ['zyxdraftmarker', 'черновикмаркер', 'qoralamamarker', 'Черновик, который никто не должен видеть']

/** Opens a pack from file://, failing any request that is not for a file and recording it. */
async function openPack(page: Page, locale: string): Promise<string[]> {
  const network: string[] = []
  page.on('request', (request) => {
    if (!request.url().startsWith('file:')) network.push(request.url())
  })
  await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()))
  await page.goto(pathToFileURL(path.join(offline, `${locale}.html`)).href)
  return network
}

/** Every file of a ZIM file, dumped to a temporary folder, as text by path. */
function zimText(file: string): Map<string, string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-zim-dump-'))
  execFileSync('zimdump', ['dump', `--dir=${dir}`, file], { stdio: 'ignore' })
  const files = new Map<string, string>()
  for (const name of fs.readdirSync(dir, { recursive: true }) as string[]) {
    if (fs.statSync(path.join(dir, name)).isFile()) files.set(name, fs.readFileSync(path.join(dir, name), 'utf8'))
  }
  fs.rmSync(dir, { recursive: true, force: true })
  return files
}

/** Slugs of the article pages the site has in `locale`. */
const articlePages = (locale: string) =>
  fs
    .readdirSync(path.join(e2e.distDir, locale, 'articles'))
    .filter((f) => !f.includes('.'))
    .sort()

test.describe('the single-file pack', () => {
  test('works from file:// with no network: links between articles and search with a folded query', async ({
    page,
  }) => {
    const network = await openPack(page, 'tg')
    await expect(page.locator('html')).toHaveAttribute('lang', 'tg')

    // From a law change to an article it affects, and back through that article's notice.
    const law = page.locator('#article-controlled-persons-register-russia')
    await law.locator('a[href="#article-police-check-rights-russia"]').click()
    await expect(page).toHaveURL(/#article-police-check-rights-russia$/)
    const police = page.locator('#article-police-check-rights-russia')
    await expect(police.locator('.item-title')).toBeInViewport()
    await police.locator('.notice a[href="#article-controlled-persons-register-russia"]').click()
    await expect(page).toHaveURL(/#article-controlled-persons-register-russia$/)
    await expect(law.locator('.item-title')).toBeInViewport()

    // ҳуқуқ typed on a Russian keyboard finds the article, as on the site (search-quality.spec.ts).
    await page.locator('a[href="#contents"]').first().click()
    await page.getByRole('searchbox').pressSequentially('хукук', { delay: 20 })
    await expect(page.locator('#pack-status')).toHaveAttribute('data-query', 'хукук')
    const results = page.locator('#pack-results a')
    const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    expect(hrefs.slice(0, 3)).toContain('#article-police-check-rights-russia')
    const marks = await page.locator('#pack-results mark').allInnerTexts()
    expect(marks.length).toBeGreaterThan(0)
    expect(marks.every((m) => /^ҳуқуқ/i.test(m))).toBe(true)
    await results.filter({ has: page.locator(':scope[href="#article-police-check-rights-russia"]') }).click()
    await expect(page).toHaveURL(/#article-police-check-rights-russia$/)
    await expect(police.locator('.item-title')).toBeInViewport()

    expect(network).toEqual([])
  })

  test('each language has one, with every article published in it, its direction and the snapshot date', async ({
    page,
  }) => {
    for (const locale of localeCodes) {
      const html = fs.readFileSync(path.join(offline, `${locale}.html`), 'utf8')
      const ids = [...html.matchAll(/<article class="item" id="article-([a-z0-9-]+)"/g)].map((m) => m[1]).sort()
      expect(ids, locale).toEqual(articlePages(locale))
      expect(html).toMatch(new RegExp(`<html lang="[^"]+" dir="${locale === 'ar' ? 'rtl' : 'ltr'}">`))
      // The e2e build reads as of SITE_AS_OF (env.ts).
      expect(html).toContain('<time datetime="2026-11-21">')
      expect(html).toContain(`href="${e2e.siteUrl}/${locale}/"`)
    }
    // Right to left, and Arabic typed with ه for ة finds the article, as on the site.
    const network = await openPack(page, 'ar')
    await page.getByRole('searchbox').fill('بطاقه الهويه')
    await expect(page.locator('#pack-status')).toHaveAttribute('data-query', 'بطاقه الهويه')
    const hrefs = await page.locator('#pack-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    expect(hrefs.slice(0, 3)).toContain('#article-address-registration-id-bulgaria')
    expect(network).toEqual([])
  })
})

test.describe('the ZIM file', () => {
  test.skip(!zimTools, 'zim-tools are not installed (apt-get install zim-tools)')

  test('opens with zimdump and lists every article published in its language', () => {
    for (const locale of localeCodes) {
      const file = path.join(offline, `${locale}.zim`)
      const listed = execFileSync('zimdump', ['list', file], { encoding: 'utf8' }).trim().split('\n')
      const articles = listed.filter((p) => p.startsWith('articles/')).map((p) => p.replace(/^articles\/|\.html$/g, ''))
      expect(articles.sort(), locale).toEqual(articlePages(locale))
      expect(listed).toContain('index.html')
    }
    expect(readZimEntry(path.join(offline, 'ru.zim'), 'M', 'Language')?.toString()).toBe('rus')
    expect(readZimEntry(path.join(offline, 'tg.zim'), 'M', 'Language')?.toString()).toBe('tgk')
  })
})

test.describe('unpublished drafts', () => {
  test('appear in no pack and no ZIM file', () => {
    const texts = new Map<string, string>()
    for (const locale of localeCodes) {
      texts.set(`${locale}.html`, fs.readFileSync(path.join(offline, `${locale}.html`), 'utf8'))
      if (zimTools)
        for (const [name, text] of zimText(path.join(offline, `${locale}.zim`)))
          texts.set(`${locale}.zim/${name}`, text)
    }
    // The scan does see the published text of the same fixture, in both kinds of file.
    const published = [...texts].filter(([, text]) => text.includes('Тестовый патент')).map(([name]) => name)
    expect(published).toContain('ru.html')
    if (zimTools) expect(published).toContain('ru.zim/articles/test-patent.html')

    for (const marker of DRAFT_MARKERS) {
      const leaks = [...texts]
        .filter(([, text]) => text.toLowerCase().includes(marker.toLowerCase()))
        .map(([name]) => name)
      expect(leaks, `"${marker}" leaked into`).toEqual([])
    }
    for (const [name, text] of texts) expect(text, name).not.toMatch(/draft-only/)
    // The Uzbek translation of test-patent is a draft: no Uzbek file has the article.
    expect(texts.get('uz.html')).not.toContain('id="article-test-patent"')
    expect([...texts.keys()]).not.toContain('uz.zim/articles/test-patent.html')
  })
})
