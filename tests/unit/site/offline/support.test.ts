import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import type { SiteContent } from '../../../../site/data/types'
import { formatBytes } from '../../../../site/offline/bytes'
import { linkTree } from '../../../../site/integrations/incremental'
import { hashBytes, type KnownFiles, urlOf } from '../../../../site/offline/file-list'
import { DOWNLOAD_SIZE_PLACEHOLDER, type OfflineFileList, SIZE_PLACEHOLDER } from '../../../../site/offline/protocol'
import { writeOfflineSupport } from '../../../../site/offline/support'

const content = { generatedAt: '2026-11-21T12:00:00.000Z' } as SiteContent

/** A built site in miniature: two languages, an island's chunks, Pagefind's files, the offline downloads. */
const site: Record<string, string> = {
  'tg/index.html': `<a href="/tg/offline/#save">Save (${SIZE_PLACEHOLDER})</a>`,
  'tg/offline/index.html': `<astro-island component-url="/_astro/Save.a1.js" props="{&quot;s&quot;:[0,&quot;${SIZE_PLACEHOLDER}&quot;]}"><button>${SIZE_PLACEHOLDER}</button></astro-island><a href="/offline/tg.html">${DOWNLOAD_SIZE_PLACEHOLDER.pack}</a><a href="/offline/tg.zim">${DOWNLOAD_SIZE_PLACEHOLDER.zim}</a>`,
  'tg/articles/a/index.html': '<h1>a</h1>',
  'tg/events.ics': 'BEGIN:VCALENDAR',
  'tg/manifest.webmanifest': '{}',
  'uz/index.html': '<h1>uz</h1>',
  '_astro/Save.a1.js': 'import{x}from"./fill.b2.js";',
  '_astro/fill.b2.js': 'export const x=1',
  '_astro/Embed.c3.js': 'unused by tg',
  'pagefind/pagefind-entry.json': JSON.stringify({
    version: '1.6.0',
    languages: {
      tg: { hash: 'tg_aa', wasm: null, page_count: 1 },
      'uz-latn': { hash: 'uz-latn_bb', wasm: null, page_count: 1 },
    },
  }),
  'pagefind/pagefind.js': 'pf',
  'pagefind/pagefind-worker.js': 'worker',
  'pagefind/pagefind.tg_aa.pf_meta': 'meta',
  'pagefind/pagefind.uz-latn_bb.pf_meta': 'meta',
  'pagefind/wasm.unknown.pagefind': 'wasm',
  'pagefind/wasm.ru.pagefind': 'wasm',
  'pagefind/fragment/tg_1.pf_fragment': 'f',
  'pagefind/fragment/uz-latn_1.pf_fragment': 'f',
  'pagefind/index/tg_1.pf_index': 'i',
  'pagefind/filter/tg_1.pf_filter': 'x',
  'favicon.svg': '<svg/>',
  'icons/icon-192.png': 'png',
  'offline/tg.html': 'pack'.repeat(700),
  'offline/tg.zim': 'zim'.repeat(500),
  '404.html': 'missing',
}

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'offline-support-'))
  for (const [rel, body] of Object.entries(site)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    fs.writeFileSync(path.join(dir, rel), body)
  }
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

const list = (lang: string) =>
  JSON.parse(fs.readFileSync(path.join(dir, 'offline', `${lang}.files.json`), 'utf8')) as OfflineFileList

describe('writeOfflineSupport', () => {
  it('lists exactly what saving Tajik needs, with sizes and hashes of the files as written', async () => {
    const report = await writeOfflineSupport(dir, content)
    const tg = list('tg')
    expect(tg.files.map((f) => f.url).sort()).toEqual(
      [
        '/tg/',
        '/tg/offline/',
        '/tg/articles/a/',
        '/tg/events.ics',
        '/tg/manifest.webmanifest',
        '/_astro/Save.a1.js',
        '/_astro/fill.b2.js',
        '/pagefind/pagefind-entry.json',
        '/pagefind/pagefind.js',
        '/pagefind/pagefind.tg_aa.pf_meta',
        '/pagefind/wasm.unknown.pagefind',
        '/pagefind/fragment/tg_1.pf_fragment',
        '/pagefind/index/tg_1.pf_index',
        '/pagefind/filter/tg_1.pf_filter',
        '/favicon.svg',
        '/icons/icon-192.png',
      ].sort(),
    )
    for (const f of tg.files) {
      const rel = path.join(dir, f.url.endsWith('/') ? `${f.url}index.html` : f.url)
      expect(f.hash, f.url).toBe(hashBytes(fs.readFileSync(rel)))
      expect(f.bytes, f.url).toBe(fs.statSync(rel).size)
    }
    expect(tg.bytes).toBe(tg.files.reduce((n, f) => n + f.bytes, 0))
    expect(report.bytes.tg).toBe(tg.bytes)
    expect(tg).toMatchObject({ lang: 'tg', build: report.build, builtAt: content.generatedAt })
    expect(list('uz').files.map((f) => f.url)).toContain('/pagefind/fragment/uz-latn_1.pf_fragment')
  })

  it('writes the saved size into the pages that name it, without JavaScript', async () => {
    await writeOfflineSupport(dir, content)
    const label = formatBytes(list('tg').bytes, 'tg')
    for (const page of ['tg/index.html', 'tg/offline/index.html']) {
      const html = fs.readFileSync(path.join(dir, page), 'utf8')
      expect(html).not.toContain(SIZE_PLACEHOLDER)
      expect(html).toContain(label)
    }
  })

  it('writes the sizes of the downloads, written beside the pages, into the Offline page', async () => {
    await writeOfflineSupport(dir, content)
    const html = fs.readFileSync(path.join(dir, 'tg/offline/index.html'), 'utf8')
    expect(html).toContain(`<a href="/offline/tg.html">${formatBytes(2800, 'tg')}</a>`)
    expect(html).toContain(`<a href="/offline/tg.zim">${formatBytes(1500, 'tg')}</a>`)
    // The list of files to save has the page as filled in.
    const page = list('tg').files.find((f) => f.url === '/tg/offline/')!
    expect(page.hash).toBe(hashBytes(Buffer.from(html)))
  })

  it('fails, naming the language and the file, when the Offline page names a download the build did not write', async () => {
    fs.rmSync(path.join(dir, 'offline/tg.zim'))
    await expect(writeOfflineSupport(dir, content)).rejects.toThrow(
      'The tg Offline page names /offline/tg.zim, which this build did not write',
    )
  })

  it('bundles sw.js with the build id, which changes with any file and only then', async () => {
    const first = await writeOfflineSupport(dir, content)
    const sw = fs.readFileSync(path.join(dir, 'sw.js'), 'utf8')
    expect(sw).toContain(first.build)
    expect(sw).not.toContain('__SW_CONFIG__')
    // Running again on the same files (lists and sw.js already there) gives the same id.
    expect((await writeOfflineSupport(dir, content)).build).toBe(first.build)
    fs.writeFileSync(path.join(dir, 'tg/articles/a/index.html'), '<h1>a, changed</h1>')
    expect((await writeOfflineSupport(dir, content)).build).not.toBe(first.build)
  })

  it('in a build of hard links to the last one, reads only the files written anew, with the same lists and id as reading all', async () => {
    const seen: KnownFiles = {}
    await writeOfflineSupport(dir, content, { seen })
    // The next build: hard links of this one, one page written anew (a new file), one edited in place unseen
    // (same size and time: never done by a build, here to show it is not read again).
    const next = fs.mkdtempSync(path.join(os.tmpdir(), 'offline-support-next-'))
    try {
      await linkTree(dir, next)
      for (const rel of Object.keys(site)) if (rel.includes('index.html')) fs.rmSync(path.join(next, rel))
      for (const [rel, body] of Object.entries(site))
        if (rel.includes('index.html') && rel !== 'tg/articles/a/index.html')
          fs.writeFileSync(path.join(next, rel), body)
      fs.writeFileSync(path.join(next, 'tg/articles/a/index.html'), '<h1>a, new</h1>')
      const icon = path.join(next, 'icons/icon-192.png')
      const { mtimeNs } = fs.statSync(icon, { bigint: true })
      fs.writeFileSync(icon, 'PNG')
      // To the nanosecond, which utimes cannot set.
      execFileSync('touch', [
        '-m',
        '-d',
        `@${mtimeNs / 1_000_000_000n}.${String(mtimeNs % 1_000_000_000n).padStart(9, '0')}`,
        icon,
      ])
      const reused = await writeOfflineSupport(next, content, { known: seen, seen: {} })
      const reusedList = fs.readFileSync(path.join(next, 'offline/tg.files.json'), 'utf8')
      const iconEntry = (l: OfflineFileList) => l.files.find((f) => f.url === '/icons/icon-192.png')?.hash
      expect(iconEntry(JSON.parse(reusedList) as OfflineFileList)).toBe(hashBytes('png'))
      fs.writeFileSync(icon, 'png')
      for (const rel of ['tg/index.html', 'tg/offline/index.html']) fs.writeFileSync(path.join(next, rel), site[rel])
      const read = await writeOfflineSupport(next, content)
      expect(reused.build).toBe(read.build)
      expect(reusedList).toBe(fs.readFileSync(path.join(next, 'offline/tg.files.json'), 'utf8'))
      expect(iconEntry(list('tg'))).toBe(hashBytes('png'))
    } finally {
      fs.rmSync(next, { recursive: true, force: true })
    }
  })

  it('never lists the compressed copies a server sends in a file’s place, nor counts them in the build id', async () => {
    const first = await writeOfflineSupport(dir, content)
    for (const rel of ['tg/articles/a/index.html', 'tg/articles/gone/index.html', '_astro/Save.a1.js'])
      for (const suffix of ['.br', '.gz']) {
        fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
        fs.writeFileSync(path.join(dir, rel + suffix), 'compressed')
      }
    expect((await writeOfflineSupport(dir, content)).build).toBe(first.build)
    expect(list('tg').files.map((f) => f.url)).not.toContainEqual(expect.stringMatching(/\.(br|gz)$/))
    expect(list('tg').bytes).toBe(first.bytes.tg)
  })

  it('addresses pages by their folder', () => {
    expect(urlOf('index.html')).toBe('/')
    expect(urlOf('tg/articles/a/index.html')).toBe('/tg/articles/a/')
    expect(urlOf('tg/events.ics')).toBe('/tg/events.ics')
  })
})
