import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it, vi } from 'vitest'

import type { SiteContent } from '../../../../site/data/types'
import { translation, twoArticleContent } from '../../../helpers/site-content'

/*
 * A snapshot written with a bodies folder keeps the article bodies in files
 * of their own (site/data/snapshot.ts): the pages must see exactly the
 * content written, and a build after a publish must write only the body that
 * changed.
 */

const env = process.env.PORTAL_CONTENT_FILE
afterEach(() => {
  if (env === undefined) delete process.env.PORTAL_CONTENT_FILE
  else process.env.PORTAL_CONTENT_FILE = env
})

/** The snapshot module afresh, having forgotten what siteContent() read: it reads its file once until told to forget it. */
const snapshotModule = async () => {
  vi.resetModules()
  const module = await import('../../../../site/data/snapshot')
  module.forgetSiteContent()
  return module
}

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bodies-'))

function content(russianBody: string): SiteContent {
  const c = twoArticleContent()
  c.articles[0].translations.ru = translation('Патент', { html: `<p>${russianBody}</p>`, text: russianBody })
  return c
}

describe('a snapshot with a bodies folder', () => {
  it('gives the pages the content as written, the bodies read from their files', async () => {
    const dir = tempDir()
    const written = content('Патент оформляют в течение 30 дней.')
    const { writeSnapshot, siteContent, CONTENT_FILE_ENV } = await snapshotModule()
    const file = path.join(dir, 'content.json')
    await writeSnapshot(file, written, path.join(dir, 'bodies'))
    expect(fs.readFileSync(file, 'utf8')).not.toContain('30 дней')

    process.env[CONTENT_FILE_ENV] = file
    const read = siteContent()
    // The same fields in the same order, with the same values.
    expect(JSON.stringify(read)).toBe(JSON.stringify(written))
    expect(read.articles[0].translations.ru!.html).toBe('<p>Патент оформляют в течение 30 дней.</p>')
    expect(read.articles[0].translations.en!.text).toBe('Text.')
  })

  it('is read once, until told to forget it: then the file as written since', async () => {
    const dir = tempDir()
    const file = path.join(dir, 'content.json')
    const { writeSnapshot, siteContent, forgetSiteContent, CONTENT_FILE_ENV } = await snapshotModule()
    process.env[CONTENT_FILE_ENV] = file
    await writeSnapshot(file, content('Срок: 30 дней.'), path.join(dir, 'bodies'))
    expect(siteContent().articles[0].translations.ru!.text).toBe('Срок: 30 дней.')
    await writeSnapshot(file, content('Срок: 15 дней.'), path.join(dir, 'bodies'))
    expect(siteContent().articles[0].translations.ru!.text).toBe('Срок: 30 дней.')
    // As Astro's process kept between builds does before rendering again (page-inputs.ts), whichever copy of the module it calls.
    vi.resetModules()
    const another = await import('../../../../site/data/snapshot')
    another.forgetSiteContent()
    expect(siteContent().articles[0].translations.ru!.text).toBe('Срок: 15 дней.')
    forgetSiteContent()
  })

  it('records the same page inputs, and gives the same values, as a snapshot in one file', async () => {
    const page = '/ru/articles/patent/'
    const readAs = async (withBodies: boolean) => {
      const dir = tempDir()
      const file = path.join(dir, 'content.json')
      const { writeSnapshot, siteContent, CONTENT_FILE_ENV } = await snapshotModule()
      const dependencies = await import('../../../../site/data/dependencies')
      await writeSnapshot(file, content('Срок подачи: 30 дней.'), withBodies ? path.join(dir, 'bodies') : undefined)
      process.env[CONTENT_FILE_ENV] = file
      const recorder = dependencies.startRecording()
      try {
        dependencies.openPage(page)
        const read = siteContent()
        const html = read.articles[0].translations.ru!.html
        // Every field of every translation of the law change, through the recording Proxies.
        const law = JSON.stringify(read.articles[1].translations)
        dependencies.openPage(undefined)
        return { html, law, keys: recorder.pages.get(page) }
      } finally {
        delete (globalThis as Record<symbol, unknown>)[Symbol.for('portal.page-inputs')]
      }
    }
    const inOneFile = await readAs(false)
    expect(inOneFile.keys).toContain('article:patent:ru')
    expect(await readAs(true)).toEqual(inOneFile)
  })

  it('writes each body once, and removes the bodies no snapshot names any more', async () => {
    const dir = tempDir()
    const bodies = path.join(dir, 'bodies')
    const file = path.join(dir, 'content.json')
    const { writeSnapshot } = await snapshotModule()
    await writeSnapshot(file, content('Первый текст.'), bodies)
    // Three translations, two bodies: the English patent and the law change have the same text.
    const first = fs.readdirSync(bodies).sort()
    expect(first).toHaveLength(2)
    const inodes = new Map(first.map((name) => [name, fs.statSync(path.join(bodies, name)).ino]))

    await writeSnapshot(file, content('Второй текст.'), bodies)
    const second = fs.readdirSync(bodies).sort()
    expect(second).toHaveLength(2)
    const kept = second.filter((name) => inodes.has(name))
    expect(kept).toHaveLength(1)
    // The body that did not change is the same file, not written again.
    expect(fs.statSync(path.join(bodies, kept[0])).ino).toBe(inodes.get(kept[0]))
    const fresh = second.find((name) => !inodes.has(name))!
    expect(fs.readFileSync(path.join(bodies, fresh), 'utf8')).toContain('Второй текст.')
  })
})
