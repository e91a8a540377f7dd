import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import zlib from 'node:zlib'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importDir } from '../../scripts/content/import-dir'
import { serveStatic } from '../../scripts/lib/static-server'
import { buildSite, endKeptAstro } from '../../scripts/site/build-site'
import type { BuildReport } from '../../scripts/site/build-site'
import { startPublisher } from '../../scripts/site/publisher'
import { AS_OF_ENV } from '../../scripts/site/site-clock'
import { htmlLang, type Locale } from '../../content-models/locales'
import { recordFile } from '../../site/integrations/pagefind-index'
import { MEMORY_ENV } from '../../site/integrations/search-jobs'
import { recordsDir } from '../../site/integrations/search-update'
import { type MergeablePagefind, mergeDelta, readEntry } from '../../site/search/delta'
import type { SearchOptions } from '../../site/search/engine'
import { LIST_PAGE_SIZE } from '../../site/utils/pagination'
import { fixture, freshPayload } from '../helpers/payload'

/*
 * An incremental build (ADR 0007) must produce exactly what a full build
 * produces from the same content. Documented exceptions: ZIM files carry a
 * random UUID from zimwriterfs (compared by size), and so the build id that
 * hashes every file, in sw.js and the offline file lists, differs (compared
 * with it masked); compressed copies are compared with their own file.
 */

let payload: Payload
let root: string
const asOf = process.env[AS_OF_ENV]

/** Builds from here on see the clock at `moment`, as builds at that moment would. */
const at = (moment: string) => {
  process.env[AS_OF_ENV] = moment
}

beforeAll(async () => {
  at('2026-06-01T00:00:00Z')
  payload = await freshPayload()
  await importDir(payload, fixture('valid'))
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'portal-incremental-')))
}, 120_000)
afterAll(async () => {
  await endKeptAstro()
  if (asOf === undefined) delete process.env[AS_OF_ENV]
  else process.env[AS_OF_ENV] = asOf
  if (root) fs.rmSync(root, { recursive: true, force: true })
})

function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>()
  for (const rel of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const full = path.join(dir, rel)
    if (fs.statSync(full).isFile()) out.set(rel, fs.readFileSync(full))
  }
  return out
}

/** The differences between two built sites, file by file, with the exceptions above. */
function differences(a: string, b: string): string[] {
  const left = files(a)
  const right = files(b)
  const buildId = (dir: string) =>
    (JSON.parse(fs.readFileSync(path.join(dir, 'offline/ru.files.json'), 'utf8')) as { build: string }).build
  const [idA, idB] = [buildId(a), buildId(b)]
  const out: string[] = []
  for (const name of new Set([...left.keys(), ...right.keys()])) {
    const x = left.get(name)
    const y = right.get(name)
    if (!x || !y) {
      out.push(`${name}: only in ${x ? 'incremental' : 'full'}`)
      continue
    }
    const source = name.replace(/\.(?:br|gz)$/, '')
    if (source !== name && (left.has(source) || right.has(source))) {
      // A compressed copy (scripts/site/compress.ts) must be its own file in each build, never one left from before.
      const decoded = (bytes: Buffer) =>
        name.endsWith('.br') ? zlib.brotliDecompressSync(bytes) : zlib.gunzipSync(bytes)
      if (!left.get(source)?.equals(decoded(x))) out.push(`${name}: not ${source} in the incremental build`)
      if (!right.get(source)?.equals(decoded(y))) out.push(`${name}: not ${source} in the full build`)
      continue
    }
    if (name.endsWith('.zim')) {
      if (x.length !== y.length) out.push(`${name}: ${x.length} bytes, ${y.length} in the full build`)
      continue
    }
    const masked = name === 'sw.js' || name.endsWith('.files.json')
    const same = masked
      ? x.toString('utf8').split(idA).join('ID') === y.toString('utf8').split(idB).join('ID')
      : x.equals(y)
    if (!same) out.push(`${name}: differs`)
  }
  return out.sort()
}

/** The page of `url` in the Pagefind index folder `dir`: its id and title, read from its fragment. */
function fragmentOf(dir: string, url: string): { id: string; title: string } | undefined {
  for (const name of fs.readdirSync(path.join(dir, 'fragment'))) {
    const data = JSON.parse(
      zlib
        .gunzipSync(fs.readFileSync(path.join(dir, 'fragment', name)))
        .subarray('pagefind_dcd'.length)
        .toString(),
    ) as { url: string; meta: { title: string } }
    if (data.url === url) return { id: name.replace(/\.pf_fragment$/, ''), title: data.meta.title }
  }
  return undefined
}

let clients = 0

/**
 * The paths search finds for `query` in `locale` on the site in `dir`,
 * served over HTTP, as the search island finds them: Pagefind's own client
 * (a fresh copy of the site's pagefind.js each time) with the index of
 * changes merged (site/search/delta.ts).
 */
async function searchSite(
  dir: string,
  locale: Locale,
  query: string | null,
  options?: SearchOptions,
): Promise<string[]> {
  const server = await serveStatic(dir)
  try {
    const client = path.join(root, `pagefind-client-${++clients}.mjs`)
    fs.copyFileSync(path.join(dir, 'pagefind/pagefind.js'), client)
    const pagefind = (await import(/* @vite-ignore */ pathToFileURL(client).href)) as MergeablePagefind & {
      options(o: Record<string, unknown>): Promise<void>
      init(): Promise<void>
    }
    const bundleUrl = new URL('/pagefind/', server.url).href
    await pagefind.options({ basePath: bundleUrl, noWorker: true })
    // Pagefind picks the language's index by the page's `lang`, as in a browser.
    const shown = { currentScript: null, querySelector: () => ({ getAttribute: () => htmlLang[locale] }) }
    Object.assign(globalThis, { document: shown })
    await pagefind.init()
    const merged = await mergeDelta(pagefind, readEntry(bundleUrl), bundleUrl, locale)
    const { results } = await merged.search(query, options)
    return await Promise.all(results.map(async (r) => new URL((await r.data()).url).pathname))
  } finally {
    delete (globalThis as { document?: unknown }).document
    await server.close()
  }
}

async function articleId(slug: string): Promise<number | string> {
  const found = await payload.find({ collection: 'articles', where: { slug: { equals: slug } }, depth: 0, limit: 1 })
  return found.docs[0].id
}

/** Publishes a new English title of the article the scenarios below edit. */
async function publishEnglishTitle(title: string): Promise<void> {
  await payload.update({
    collection: 'articles',
    id: await articleId('test-patent'),
    locale: 'en',
    data: { title, _status: 'published' },
  })
}

/**
 * Builds `dist` incrementally, as the publisher does (making the next build's
 * folder ahead, which the next call uses, and keeping Astro's process, in
 * which the next call renders), then the same content in full elsewhere, and
 * compares.
 */
async function incrementalMatchesFull(name: string) {
  const lines: string[] = []
  const report = await buildSite(payload, path.join(root, 'dist'), (l) => lines.push(l), {
    prepareNext: true,
    keepAstro: true,
  })
  const full = await buildSite(payload, path.join(root, `full-${name}`), () => {}, { full: true })
  expect(lines.join('\n')).toContain('Incremental build')
  // The offline files, kept or written anew, with the sizes the pages name (compared below).
  expect(lines.join('\n')).toMatch(/2\/5 (Offline files: the same in every language|Writing the offline files)/)
  expect(
    differences(fs.realpathSync(path.join(root, 'dist')), fs.realpathSync(path.join(root, `full-${name}`))),
  ).toEqual([])
  return { report, full, log: lines.join('\n') }
}

/** The processes of Astro this test's builds keep (scripts/site/build-site.ts `keepAstro`), which render into this process's folder. */
function keptAstroPids(): number[] {
  const partial = path.resolve('.cache', `site-partial-${process.pid}`)
  return fs
    .readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        const args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')
        return args.some((a) => a.endsWith('astro.mjs')) && args.includes(partial)
      } catch {
        return false // gone meanwhile
      }
    })
    .map(Number)
}

/** The share of paths an incremental build rendered again (its mode says "incremental, <n> of <all> paths rendered"). */
const renderedShare = (mode: string) => {
  const [, n, all] = /(\d+) of (\d+) paths rendered/.exec(mode) ?? []
  return Number(n) / Number(all)
}

describe('incremental builds', { timeout: 900_000 }, () => {
  it('re-render only what one changed translation shows an hour later, and equal a full build', async () => {
    const first = await buildSite(payload, path.join(root, 'dist'), () => {}, { full: true })
    expect(first.mode).toBe('full')
    const firstRecords = recordsDir(path.resolve('.cache'), fs.realpathSync(path.join(root, 'dist')))

    await payload.update({
      collection: 'articles',
      id: await articleId('test-patent'),
      locale: 'en',
      data: { title: 'Work patent: the basics, revised', _status: 'published' },
    })
    // Another moment of the same day: only files that print the moment itself (feeds, JSON files) follow the clock.
    at('2026-06-01T01:00:00Z')
    const { report, log } = await incrementalMatchesFull('edit')
    expect(report.mode).toMatch(/^incremental/)
    // Only English is indexed again, from the first build's records: every record but the edited one is the same file (a hard link).
    expect(log).toContain('search: en\n')
    const records = recordsDir(path.resolve('.cache'), fs.realpathSync(path.join(root, 'dist')))
    const edited = path.relative(firstRecords, recordFile(firstRecords, '/en/articles/test-patent/'))
    const files = fs
      .readdirSync(firstRecords, { recursive: true, encoding: 'utf8' })
      .filter((rel) => rel.endsWith('index.html'))
    expect(files).toContain(edited)
    expect(files.length).toBeGreaterThan(1)
    for (const rel of files) {
      const linked = fs.statSync(path.join(records, rel)).ino === fs.statSync(path.join(firstRecords, rel)).ino
      expect({ rel, linked }).toEqual({ rel, linked: rel !== edited })
    }
    // The article in English, the English lists, the files that print the moment (feeds, JSON files, Offline pages), the home pages.
    expect(renderedShare(report.mode)).toBeLessThan(0.5)
  })

  it('follow new and changed translations, a renamed topic and a new article', async () => {
    const patent = await articleId('test-patent')
    await payload.update({
      collection: 'articles',
      id: patent,
      locale: 'tg',
      data: { title: 'Патент: асосҳо', _status: 'published' },
    })
    const topic = await payload.find({ collection: 'topics', limit: 1, depth: 0 })
    await payload.update({
      collection: 'topics',
      id: topic.docs[0].id,
      locale: 'ru',
      data: { title: 'Новое название темы' },
    })
    await payload.create({
      collection: 'articles',
      locale: 'ru',
      data: {
        slug: 'fresh-article',
        title: 'Совсем новая статья',
        kind: 'rights',
        country: 'ru',
        topics: [topic.docs[0].id],
        _status: 'published',
      },
    })
    at('2026-06-01T02:00:00Z')
    const { report } = await incrementalMatchesFull('more')
    expect(report.mode).toMatch(/^incremental/)
    // Rendered in the Astro kept since the build before, its snapshot read anew: the same files as a full build (above).
    expect(report.mode).toContain('by the Astro kept since the last build')
  })

  it('remove an unpublished translation’s pages and entries', async () => {
    await payload.update({
      collection: 'articles',
      id: await articleId('test-patent'),
      locale: 'uz',
      data: { _status: 'draft' },
    })
    at('2026-06-01T03:00:00Z')
    const { report } = await incrementalMatchesFull('unpublish')
    expect(report.mode).toMatch(/^incremental/)
    // Vanished paths, in the Astro kept since the build before.
    expect(report.mode).toContain('by the Astro kept since the last build')
    expect(fs.existsSync(path.join(root, 'dist/uz/articles/test-patent/index.html'))).toBe(false)
    expect(fs.existsSync(path.join(root, 'dist/ru/articles/test-patent/index.html'))).toBe(true)
  })

  it('shift list pages and add one when a list grows past a page', async () => {
    const topic = await payload.find({ collection: 'topics', where: { slug: { equals: 'work' } }, depth: 0 })
    // How many articles the English list has, from the built site's JSON API.
    const inEnglish = () =>
      (
        JSON.parse(fs.readFileSync(path.join(root, 'dist/api/v1/en/articles.json'), 'utf8')) as {
          totalItems: number
        }
      ).totalItems
    const add = async (n: number, from: number) => {
      for (let i = from; i < from + n; i++)
        await payload.create({
          collection: 'articles',
          locale: 'en',
          data: {
            slug: `filler-${String(i).padStart(3, '0')}`,
            title: `Filler article ${i}`,
            kind: 'guide',
            country: 'ru',
            topics: [topic.docs[0].id],
            _status: 'published',
          },
        })
    }
    // Exactly one full page of English articles, then one more.
    await add(LIST_PAGE_SIZE - inEnglish(), 0)
    at('2026-06-01T04:00:00Z')
    // Astro's process kept since the build before dies: this build starts another, and keeps it.
    const kept = keptAstroPids()
    expect(kept).toHaveLength(1)
    process.kill(kept[0], 'SIGKILL')
    const onePage = await incrementalMatchesFull('one-page')
    expect(onePage.report.mode).not.toContain('kept')
    expect(keptAstroPids()).toHaveLength(1)
    expect(keptAstroPids()).not.toContain(kept[0])
    expect(inEnglish()).toBe(LIST_PAGE_SIZE)
    expect(fs.existsSync(path.join(root, 'dist/en/articles/page/2/index.html'))).toBe(false)

    await add(1, LIST_PAGE_SIZE)
    at('2026-06-01T05:00:00Z')
    const { log, report } = await incrementalMatchesFull('two-pages')
    expect(report.mode).toContain('by the Astro kept since the last build')
    // The build before made this one's folder: the site online as hard links, and its search records.
    expect(log).toContain('The folder of this build was made ahead, from the site online')
    expect(log).not.toContain('search: every language')
    expect(fs.existsSync(path.join(root, 'dist/en/articles/page/2/index.html'))).toBe(true)
  })

  it('start from the site online, not from the folder made ahead, when another build replaced it', async () => {
    const builds = () => fs.readdirSync(root).filter((name) => name.startsWith('dist.build-'))
    const live = fs.readlinkSync(path.join(root, 'dist'))
    // Beside the site online and the one it replaced (both with their record of inputs), the folder made ahead.
    const recorded = (name: string) => fs.existsSync(path.resolve('.cache', 'site-inputs', `${name}.json`))
    const ahead = builds().filter((name) => name !== live && !recorded(name))
    expect(ahead).toHaveLength(1)
    // As another process's build would: the site online is now the full build of the same content made before.
    fs.symlinkSync(fs.readlinkSync(path.join(root, 'full-two-pages')), path.join(root, 'dist.swap'))
    fs.renameSync(path.join(root, 'dist.swap'), path.join(root, 'dist'))
    at('2026-06-01T05:10:00Z')
    const { log } = await incrementalMatchesFull('replaced')
    expect(log).not.toContain('made ahead')
    expect(builds()).not.toContain(ahead[0])
  })

  it('keep the offline files when nothing they show changed', async () => {
    // The same day, no edit: only what prints the moment is rendered again.
    at('2026-06-01T05:30:00Z')
    const before = fs.realpathSync(path.join(root, 'dist'))
    const { log } = await incrementalMatchesFull('clock')
    expect(log).toContain('Offline files: the same in every language')
    for (const file of ['offline/en.html', 'offline/ru.zim'])
      expect(fs.statSync(path.join(before, file)).ino).toBe(fs.statSync(path.join(root, 'dist', file)).ino)
  })

  it('let a publish go live before its offline files, which the next build brings up to date', async () => {
    await publishEnglishTitle('Work patent: the basics, once more')
    at('2026-06-01T05:40:00Z')
    const before = fs.realpathSync(path.join(root, 'dist'))
    // As the publisher builds: the build that follows, bringing the offline files up to date, starts from a folder made ahead.
    const published = await buildSite(payload, path.join(root, 'dist'), () => {}, {
      deferOffline: true,
      prepareNext: true,
    })
    expect(published.offlineDeferred).toBe(true)
    expect(fs.readFileSync(path.join(root, 'dist/en/articles/test-patent/index.html'), 'utf8')).toContain('once more')
    expect(fs.statSync(path.join(before, 'offline/en.html')).ino).toBe(
      fs.statSync(path.join(root, 'dist/offline/en.html')).ino,
    )
    // Only the changed languages' files are written again: Russian shows nothing of the English edit.
    const russianPack = fs.statSync(path.join(root, 'dist/offline/ru.html')).ino
    const { log } = await incrementalMatchesFull('caught-up')
    expect(log).toContain('The folder of this build was made ahead')
    expect(log).toMatch(/Writing the offline files .*: changed in [a-z, ]*en…/)
    expect(log).not.toMatch(/Writing the offline files .*: changed in [a-z, ]*ru/)
    expect(log).not.toContain('offline: ru: ru.html')
    expect(fs.statSync(path.join(root, 'dist/offline/ru.html')).ino).toBe(russianPack)
  })

  it('let a publish be found by search at once, from an index of its changes that the next build folds into its language', async () => {
    const page = '/en/articles/test-patent/'
    await publishEnglishTitle('Work patent: the basics, once more, with a zanzibarite note')
    at('2026-06-01T05:45:00Z')
    const before = fs.realpathSync(path.join(root, 'dist'))
    const old = fragmentOf(path.join(before, 'pagefind'), page)
    expect(old).toBeDefined()
    const lines: string[] = []
    // Without the next build's folder made ahead: the build that follows links English's records itself.
    const published = await buildSite(payload, path.join(root, 'dist'), (l) => lines.push(l), {
      deferOffline: true,
      deferSearch: true,
    })
    expect(published.searchDeferred).toBe(true)
    expect(lines.join('\n')).toContain('the changes in en in an index of their own until the next build')
    const dist = fs.realpathSync(path.join(root, 'dist'))
    // English keeps the site online's index (the same files), beside an index of the one changed page.
    expect(fs.statSync(path.join(dist, 'pagefind/fragment', `${old!.id}.pf_fragment`)).ino).toBe(
      fs.statSync(path.join(before, 'pagefind/fragment', `${old!.id}.pf_fragment`)).ino,
    )
    expect(fragmentOf(path.join(dist, 'pagefind/delta'), page)?.title).toContain('zanzibarite')
    const entry = JSON.parse(fs.readFileSync(path.join(dist, 'pagefind/pagefind-entry.json'), 'utf8'))
    expect(entry.portal_delta).toEqual({ en: { index: true, superseded: [old!.id] } })
    // Search, with Pagefind's own client: the new title is found, and the page is listed once, never in its old version.
    expect(await searchSite(dist, 'en', 'zanzibarite')).toEqual([page])
    expect((await searchSite(dist, 'en', 'patent')).filter((url) => url === page)).toEqual([page])
    // A reader saving English for offline use gets the index of changes too.
    const saved = JSON.parse(fs.readFileSync(path.join(dist, 'offline/en.files.json'), 'utf8')) as {
      files: { url: string }[]
    }
    expect(saved.files.map((f) => f.url)).toContain('/pagefind/delta/pagefind-entry.json')

    // The build that follows indexes English whole: no index of changes, and what a full build makes.
    const { log } = await incrementalMatchesFull('search-caught-up')
    expect(log).toContain('search: en')
    expect(fs.existsSync(path.join(root, 'dist/pagefind/delta'))).toBe(false)
    expect(await searchSite(fs.realpathSync(path.join(root, 'dist')), 'en', 'zanzibarite')).toEqual([page])
  })

  it('let a first site go live before any offline file, saying they are not ready, until the next build writes them', async () => {
    const site = path.join(root, 'first')
    const lines: string[] = []
    const first = await buildSite(payload, site, (l) => lines.push(l), { deferOffline: true })
    expect(first.offlineDeferred).toBe(true)
    expect(lines.join('\n')).toContain('2/5 Offline files: none yet')
    expect(fs.existsSync(path.join(site, 'offline/en.html'))).toBe(false)
    expect(fs.readFileSync(path.join(site, 'en/offline/index.html'), 'utf8')).toContain(
      'The file for this language is not ready yet',
    )
    expect(fs.readFileSync(path.join(site, 'en/articles/test-patent/index.html'), 'utf8')).toContain('once more')

    const caughtUp = await buildSite(payload, site)
    expect(caughtUp.offlineDeferred).toBe(false)
    expect(caughtUp.mode).toMatch(/^incremental/)
    const full = path.join(root, 'full-first')
    await buildSite(payload, full, () => {}, { full: true })
    expect(differences(fs.realpathSync(site), fs.realpathSync(full))).toEqual([])
  })

  it('re-render only what changed and what prints the moment, with the clock running (not pinned)', async () => {
    await payload.update({
      collection: 'articles',
      id: await articleId('test-patent'),
      locale: 'ru',
      data: { title: 'Патент: основное, снова', minorChange: true, _status: 'published' },
    })
    delete process.env[AS_OF_ENV]
    const before = fs.realpathSync(path.join(root, 'dist'))
    const lines: string[] = []
    const report = await buildSite(payload, path.join(root, 'dist'), (l) => lines.push(l))
    expect(lines.join('\n')).toContain('Incremental build')
    expect(report.mode).toMatch(/^incremental/)
    // A file not rendered again is the site online's own, hard-linked: the same inode.
    const kept = (file: string) =>
      fs.statSync(path.join(before, file)).ino === fs.statSync(path.join(root, 'dist', file)).ino
    expect(kept('ru/articles/test-patent/index.html')).toBe(false)
    // Pages that read the clock only for law-change states and ended events, which have not moved.
    expect(kept('en/articles/filler-001/index.html')).toBe(true)
    expect(kept('ru/topics/work/index.html')).toBe(false)
    expect(kept('en/topics/documents/index.html')).toBe(true)
    // Files that print the moment itself.
    expect(kept('en/updates.atom')).toBe(false)
  })

  it('follow the clock alone: a law change taking effect', async () => {
    // test-law takes effect on 1 January 2027 in Moscow.
    at('2027-01-01T00:00:00+03:00')
    const { report } = await incrementalMatchesFull('in-force')
    expect(report.mode).toMatch(/^incremental/)
    expect(fs.readFileSync(path.join(root, 'dist/ru/articles/test-law/index.html'), 'utf8')).not.toEqual(
      fs.readFileSync(path.join(root, 'full-unpublish/ru/articles/test-law/index.html'), 'utf8'),
    )
  })

  it('keep a law change published since the last build in its place among law changes listed by the day they take effect', async () => {
    const work = (await payload.find({ collection: 'topics', where: { slug: { equals: 'work' } }, depth: 0 })).docs[0]
    const lawChange = (slug: string, effectiveDate: string) =>
      payload.create({
        collection: 'articles',
        locale: 'ru',
        data: {
          slug,
          title: `Изменение закона ${effectiveDate}`,
          kind: 'law-change',
          country: 'ru',
          topics: [work.id],
          effectiveDate,
          _status: 'published',
        },
      })
    const march = await lawChange('law-march', '2026-03-01')
    await lawChange('law-september', '2026-09-01')
    at('2027-01-01T01:00:00+03:00')
    await incrementalMatchesFull('law-changes')
    const dist = path.join(root, 'dist')
    const publish = async (moment: string) => {
      at(moment)
      const published = await buildSite(payload, dist, () => {}, {
        deferOffline: true,
        deferSearch: true,
        keepAstro: true,
      })
      expect(published.searchDeferred).toBe(true)
    }
    // As the search page asks when a reader lists law changes, newest first.
    const byDay: SearchOptions = { filters: { kind: 'law-change' }, sort: { effective: 'desc' } }
    const listed = async () => await searchSite(fs.realpathSync(dist), 'ru', null, byDay)
    const pages = (...slugs: string[]) => slugs.map((slug) => `/ru/articles/${slug}/`)
    expect(await listed()).toEqual(pages('test-law', 'law-september', 'law-march'))

    // A new law change, in the index of changes only: listed between the two whose days it falls between.
    await lawChange('law-june', '2026-06-15')
    await publish('2027-01-01T01:05:00+03:00')
    expect(await listed()).toEqual(pages('test-law', 'law-september', 'law-june', 'law-march'))
    // One moved to a later day: its old version in Russian's own index is left out, its new one in its new place.
    await payload.update({
      collection: 'articles',
      id: march.id,
      locale: 'ru',
      data: { effectiveDate: '2026-12-01', _status: 'published' },
    })
    await publish('2027-01-01T01:10:00+03:00')
    const expected = pages('test-law', 'law-march', 'law-september', 'law-june')
    expect(await listed()).toEqual(expected)
    // Oldest first too.
    const oldestFirst = await searchSite(fs.realpathSync(dist), 'ru', null, { ...byDay, sort: { effective: 'asc' } })
    expect(oldestFirst).toEqual([...expected].reverse())

    // A publish once search has been behind too long (the publisher's searchBehindMs): Russian indexed whole in it,
    // the offline files still left to the build that follows.
    await lawChange('law-april', '2026-04-01')
    at('2027-01-01T01:15:00+03:00')
    const overdue = await buildSite(payload, dist, () => {}, { deferOffline: true, keepAstro: true })
    expect(overdue.searchDeferred).toBe(false)
    expect(overdue.offlineDeferred).toBe(true)
    expect(fs.existsSync(path.join(dist, 'pagefind/delta'))).toBe(false)
    const withApril = pages('test-law', 'law-march', 'law-september', 'law-june', 'law-april')
    expect(await listed()).toEqual(withApril)

    // The build that follows brings the offline files up to date, and equals a full build.
    await incrementalMatchesFull('law-changes-caught-up')
    expect(await listed()).toEqual(withApril)
  })
})

describe('Astro kept between builds', { timeout: 120_000 }, () => {
  /** An incremental build of `dist` as the publisher runs it, keeping Astro. */
  const publisherBuild = () =>
    buildSite(payload, path.join(root, 'dist'), () => {}, { prepareNext: true, keepAstro: true })

  it('is not kept by a build given a memory limit, which counts no process left running', async () => {
    // Kept by the incremental builds above, as the publisher's builds keep it.
    expect(keptAstroPids()).toHaveLength(1)
    const limit = process.env[MEMORY_ENV]
    process.env[MEMORY_ENV] = '16384'
    try {
      at('2027-01-01T01:00:00+03:00')
      const report = await publisherBuild()
      expect(report.mode).toMatch(/^incremental/)
      expect(report.mode).not.toContain('kept')
      expect(keptAstroPids()).toEqual([])
    } finally {
      if (limit === undefined) delete process.env[MEMORY_ENV]
      else process.env[MEMORY_ENV] = limit
    }
  })

  it('ends when asked, as the publisher asks when it stops', async () => {
    at('2027-01-01T02:00:00+03:00')
    await publisherBuild()
    expect(keptAstroPids()).toHaveLength(1)
    await endKeptAstro()
    expect(keptAstroPids()).toEqual([])
  })
})

describe('the publisher', { timeout: 60_000 }, () => {
  interface StandInBuild {
    started: number
    ended: number
    deferOffline?: boolean
    deferSearch?: boolean
  }

  /**
   * The publisher with a stand-in build of 1.5 s, whose report says the
   * offline files or search are behind when it was asked to defer them:
   * `publishDuringBuild` publishes and waits for the build that publish
   * starts (the publisher polls every 200 ms here), `settle` waits until no
   * build is left to run; `overlapped` says whether two ever ran at once.
   */
  function standInPublisher(options: { searchBehindMs?: number } = {}) {
    const builds: StandInBuild[] = []
    let running = 0
    let overlapped = false
    const report = (options: { deferOffline?: boolean; deferSearch?: boolean } = {}): BuildReport => ({
      articles: 0,
      translations: 0,
      pages: 0,
      indexedPages: 0,
      searchLanguages: [],
      mode: 'stand-in',
      seconds: 0,
      totalSeconds: 0,
      steps: {},
      offlineDeferred: options.deferOffline === true,
      searchDeferred: options.deferSearch === true,
    })
    const build = async (
      _p: unknown,
      _o: string,
      _l: unknown,
      buildOptions: { deferOffline?: boolean; deferSearch?: boolean } = {},
    ) => {
      overlapped ||= running > 0
      running++
      const started = Date.now()
      await new Promise((resolve) => setTimeout(resolve, 1_500))
      running--
      builds.push({ started, ended: Date.now(), ...buildOptions })
      return report(buildOptions)
    }
    const publisher = startPublisher(payload, path.join(root, 'unused'), report(), {
      pollMs: 200,
      intervalMs: 60_000,
      log: () => {},
      build: build as never,
      ...options,
    })
    const until = async (done: () => boolean) => {
      for (let waited = 0; !done() && waited < 30_000; waited += 100) await new Promise((r) => setTimeout(r, 100))
    }
    let published = 0
    return {
      builds,
      overlapped: () => overlapped,
      /** Publishes a new English title; resolves once a build has started after it (queued behind the one running, if any). */
      async publishDuringBuild() {
        const done = builds.length + running
        await payload.update({
          collection: 'articles',
          id: await articleId('test-patent'),
          locale: 'en',
          data: { title: `Work patent: publish ${++published}`, _status: 'published' },
        })
        await until(() => builds.length + running > done)
      },
      async settle() {
        await until(() => running === 0)
        // Longer than a poll: a build the last one left to run (offline files, search) has started by then.
        await new Promise((resolve) => setTimeout(resolve, 600))
        await until(() => running === 0)
      },
      /** Runs `steps` once the publisher has read the stamp of the content the first build was made from, then stops it. */
      async run(steps: () => Promise<void>) {
        try {
          await new Promise((resolve) => setTimeout(resolve, 500))
          await steps()
        } finally {
          await publisher.stop()
        }
      },
    }
  }

  it('starts a build when the content stamp changes, queues a publish made during a build and never runs two at once', async () => {
    const publisher = standInPublisher()
    await publisher.run(async () => {
      // Started by the stamp poll (every 200 ms here), not the 60 s job interval: the wait gives up long before that.
      await publisher.publishDuringBuild()
      // A publish during that build: queued, built right after it, not lost.
      await publisher.publishDuringBuild()
      // The offline files and search catching up.
      await publisher.settle()
    })
    const { builds } = publisher
    expect(publisher.overlapped()).toBe(false)
    expect(builds.map((b) => b.deferOffline)).toEqual([true, true, false])
    expect(builds.map((b) => b.deferSearch)).toEqual([true, true, false])
    expect(builds[1].started).toBeGreaterThanOrEqual(builds[0].ended)
  })

  it('indexes search whole in a publish once search has kept changes in an index of their own for searchBehindMs', async () => {
    // Builds of 1.5 s, publishes without a pause: search is behind from the end of the first build.
    const publisher = standInPublisher({ searchBehindMs: 1_000 })
    await publisher.run(async () => {
      await publisher.publishDuringBuild()
      await publisher.publishDuringBuild()
      await publisher.publishDuringBuild()
      await publisher.settle()
      // Once search is whole again, the next publish defers it anew.
      await publisher.publishDuringBuild()
      await publisher.settle()
    })
    const { builds } = publisher
    // The second publish's build starts as the first ends (behind for 0 s); the third's 1.5 s later: overdue.
    expect(builds.map((b) => b.deferSearch)).toEqual([true, true, false, false, true, false])
    // The offline files still follow the publishes.
    expect(builds.map((b) => b.deferOffline)).toEqual([true, true, true, false, true, false])
  })
})
