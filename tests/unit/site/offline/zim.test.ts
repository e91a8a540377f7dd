import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { localeCodes } from '../../../../content-models/locales'
import { uiStrings } from '../../../../site/i18n'
import { hasZimwriterfs, writeZim, zimFiles } from '../../../../site/offline/zim'
import { solidPng, zimIllustration } from '../../../../site/offline/zim-illustration'
import { fixture, HOSTILE, SITE } from './pack-fixture'
import { readZimEntry } from './zim-reader'

const content = fixture()
const illustration = solidPng(48, [0, 0, 0])
const files = zimFiles(content, 'en', { siteUrl: SITE, illustration })
const text = (name: string) => {
  const file = files.get(name)
  expect(file, name).toBeDefined()
  return String(file)
}
const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1])

describe('the ZIM folder', () => {
  it('has a welcome page and one page per published article, help centre and upcoming event', () => {
    expect([...files.keys()].sort()).toEqual([
      'articles/links.html',
      'articles/new-law.html',
      'articles/patent.html',
      'events/upcoming-meeting.html',
      'help-centres/moscow-centre.html',
      'illustration.png',
      'index.html',
      'style.css',
    ])
    expect(hrefs(text('index.html')).filter((h) => !h.startsWith('http'))).toEqual([
      'style.css',
      'index.html',
      'articles/new-law.html',
      'articles/links.html',
      'articles/patent.html',
      'help-centres/moscow-centre.html',
      'events/upcoming-meeting.html',
    ])
  })

  it('links between its pages relatively, and to the live site for the rest', () => {
    const links = hrefs(text('articles/links.html'))
    expect(links).toContain('../articles/patent.html')
    expect(links).toContain('../help-centres/moscow-centre.html')
    expect(links).toContain(`${SITE}/en/articles/russian-only/`)
    expect(links).toContain('../index.html')
    expect(links).toContain('../style.css')
    for (const [name, file] of files) {
      if (typeof file !== 'string') continue
      expect(file, name).not.toMatch(/(?:href|src)="\/(?!\/)/)
      expect(file, name).not.toContain('href="#article-')
    }
  })

  it('holds no text of another language’s article and escapes editors’ text', () => {
    for (const [name, file] of files) {
      if (typeof file !== 'string') continue
      expect(file, name).not.toContain('Текст только на русском')
      expect(file, name).not.toContain('past-meeting')
      expect(file, name).not.toContain(HOSTILE)
    }
    expect(text('articles/patent.html')).toContain(
      '<title>&lt;img src=x onerror=alert(1)&gt; Patent &amp; &quot;work&quot;</title>',
    )
  })

  it('gives Kiwix’s search the keywords and glossary words the text does not show', () => {
    const keywords = text('articles/patent.html')
      .match(/<meta name="keywords" content="([^"]*)">/)?.[1]
      .split(' ')
    expect(keywords).toEqual(expect.arrayContaining(['pnr', 'патент']))
    const tg = zimFiles(
      {
        ...content,
        articles: [
          {
            ...content.articles[0],
            translations: { tg: { ...content.articles[0].translations.en!, title: 'Ҳуқуқҳои шумо' } },
          },
        ],
      },
      'tg',
      {
        siteUrl: SITE,
        illustration,
      },
    )
    expect(String(tg.get('articles/patent.html'))).toMatch(/<meta name="keywords" content="[^"]*хукукхои/)
  })

  it('is empty for a language with nothing published', () => {
    expect(zimFiles(content, 'ky', { siteUrl: SITE, illustration }).size).toBe(0)
  })
})

describe('ZIM metadata strings', () => {
  it('fit what Kiwix shows: a title of at most 30 characters, a description of at most 80', () => {
    for (const locale of localeCodes) {
      const strings = uiStrings(locale)
      expect([...strings['pack.zimTitle']].length, locale).toBeLessThanOrEqual(30)
      expect([...strings['pack.zimDescription']].length, locale).toBeLessThanOrEqual(80)
    }
  })
})

describe('the illustration', () => {
  it('is a 48×48 PNG', async () => {
    for (const png of [await zimIllustration(), illustration]) {
      expect(png.subarray(1, 4).toString()).toBe('PNG')
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([48, 48])
    }
  })
})

// CI installs zim-tools; elsewhere these are skipped, as the build skips ZIM files.
describe('the ZIM file', async () => {
  const installed = await hasZimwriterfs()
  let dir: string
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-zim-test-'))
  })
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  it.runIf(installed)('lists every article, centre and event of its language, with its metadata', async () => {
    const file = path.join(dir, 'en.zim')
    const bytes = await writeZim(content, 'en', file, { siteUrl: SITE, illustration: await zimIllustration() })
    expect(bytes).toBe(fs.statSync(file).size)
    const listed = execFileSync('zimdump', ['list', file], { encoding: 'utf8' }).trim().split('\n').sort()
    expect(listed).toEqual([...files.keys()].sort())
    const meta = (name: string) => readZimEntry(file, 'M', name)?.toString('utf8')
    expect(meta('Language')).toBe('eng')
    expect(meta('Title')).toBe('Migrant rights portal')
    expect(meta('Name')).toBe('migrant-portal_en')
    expect(meta('Source')).toBe(`${SITE}/en/`)
    expect(readZimEntry(file, 'C', 'articles/links.html')?.toString('utf8')).toBe(text('articles/links.html'))
  })

  it.runIf(installed)('names the language when zimwriterfs fails', async () => {
    await expect(
      writeZim(content, 'en', path.join(dir, 'missing', 'en.zim'), { siteUrl: SITE, illustration }),
    ).rejects.toThrow(/^Could not write the en ZIM file/)
  })
})
