import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importDir } from '../../scripts/content/import-dir'
import { buildSite } from '../../scripts/site/build-site'
import { AS_OF_ENV } from '../../scripts/site/site-clock'
import { fixture, freshPayload } from '../helpers/payload'

/*
 * An incremental build (ADR 0007) must produce exactly what a full build
 * produces from the same content. Documented exceptions: ZIM files carry a
 * random UUID from zimwriterfs (compared by size), and so the build id that
 * hashes every file, in sw.js and the offline file lists, differs (compared
 * with it masked).
 */

let payload: Payload
let root: string
const asOf = process.env[AS_OF_ENV]

beforeAll(async () => {
  // The same "now" for every build, as two builds of the same content would see.
  process.env[AS_OF_ENV] = '2026-06-01T00:00:00Z'
  payload = await freshPayload()
  await importDir(payload, fixture('valid'))
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'portal-incremental-')))
}, 120_000)

afterAll(() => {
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

async function articleId(slug: string): Promise<number | string> {
  const found = await payload.find({ collection: 'articles', where: { slug: { equals: slug } }, depth: 0, limit: 1 })
  return found.docs[0].id
}

/** Builds `dist` incrementally, then the same content in full elsewhere, and compares. */
async function incrementalMatchesFull(name: string) {
  const lines: string[] = []
  const report = await buildSite(payload, path.join(root, 'dist'), (l) => lines.push(l))
  const full = await buildSite(payload, path.join(root, `full-${name}`), () => {}, { full: true })
  expect(lines.join('\n')).toContain('Incremental build')
  expect(
    differences(fs.realpathSync(path.join(root, 'dist')), fs.realpathSync(path.join(root, `full-${name}`))),
  ).toEqual([])
  return { report, full }
}

describe('incremental builds', { timeout: 600_000 }, () => {
  it('re-render only what one changed translation shows, and equal a full build', async () => {
    const first = await buildSite(payload, path.join(root, 'dist'), () => {}, { full: true })
    expect(first.mode).toBe('full')

    await payload.update({
      collection: 'articles',
      id: await articleId('test-patent'),
      locale: 'en',
      data: { title: 'Work patent: the basics, revised', _status: 'published' },
    })
    const { report, full } = await incrementalMatchesFull('edit')
    const rendered = Number(/(\d+) of (\d+) paths rendered/.exec(report.mode)?.[1])
    expect(report.mode).toMatch(/^incremental/)
    // The article in English, its JSON, the English lists and feeds, and the pages that show sizes.
    expect(rendered).toBeLessThan(full.pages / 2)
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
    const { report } = await incrementalMatchesFull('more')
    expect(report.mode).toMatch(/^incremental/)
  })
})
