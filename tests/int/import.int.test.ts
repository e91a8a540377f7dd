import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createLocalReq } from 'payload'

import { localeCodes } from '../../content-models/locales'
import { importDir } from '../../scripts/content/import-dir'
import { ContentError } from '../../scripts/content/problems'
import { READ_BATCH, readStored, storedIn } from '../../scripts/content/stored-docs'
import { exportContent } from '../../scripts/site/export-content'
import { fixture, freshPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await freshPayload()
})

/** Everything an import could touch, to compare before and after. */
async function snapshot() {
  const count = async (collection: 'articles' | 'topics' | 'glossary-terms') =>
    (await payload.count({ collection })).totalDocs
  const versions = (await payload.countVersions({ collection: 'articles' })).totalDocs
  const docs = await payload.find({
    collection: 'articles',
    locale: 'all',
    draft: true,
    depth: 0,
    limit: 0,
    sort: 'slug',
  })
  return {
    articles: await count('articles'),
    topics: await count('topics'),
    glossary: await count('glossary-terms'),
    versions,
    docs: JSON.stringify(docs.docs),
  }
}

describe('content:import', () => {
  it('imports every language of a slug into one document, with drafts kept as drafts', async () => {
    const report = await importDir(payload, fixture('valid'))
    expect(report.articles).toEqual({ created: 3, updated: 0, unchanged: 0 })
    expect(report.createdWithoutTitles).toEqual(['new-topic'])
    // Both concepts are in the starter glossary every database has: the fixture rewrites some of their languages.
    expect(report.glossary).toEqual({ created: 0, updated: 2, unchanged: 0 })
    const card = await payload.find({
      collection: 'glossary-terms',
      where: { key: { equals: 'migration-card' } },
      locale: 'ru',
    })
    expect(card.docs[0].terms).toEqual(['миграционная карта', 'миграционка'])

    const patent = await payload.find({
      collection: 'articles',
      where: { slug: { equals: 'test-patent' } },
      locale: 'all',
      draft: true,
      depth: 0,
    })
    expect(patent.docs).toHaveLength(1)
    const titles = patent.docs[0].title as unknown as Record<string, string>
    expect(Object.keys(titles).sort()).toEqual(['en', 'ru', 'uz'])

    const anonymousUz = await payload.find({
      collection: 'articles',
      locale: 'uz',
      where: { slug: { equals: 'test-patent' } },
      overrideAccess: false,
    })
    expect(anonymousUz.docs).toHaveLength(0)
    const anonymousRu = await payload.find({
      collection: 'articles',
      locale: 'ru',
      where: { slug: { equals: 'test-patent' } },
      overrideAccess: false,
    })
    expect(anonymousRu.docs[0].title).toBe('Тестовый патент: как получить')
  })

  it('hands the glossary and the hidden search keywords to the site build', async () => {
    const content = await exportContent(payload)
    expect(content.glossary.find((g) => g.key === 'migration-card')?.terms.ru).toEqual([
      'миграционная карта',
      'миграционка',
    ])
    const patent = content.articles.find((a) => a.slug === 'test-patent')
    expect(patent?.translations.ru?.keywords).toEqual(['патентзапрос'])
    expect(patent?.translations.ru?.html).not.toContain('патентзапрос')
  })

  it('is idempotent: importing the same files again changes nothing', async () => {
    const before = await snapshot()
    const report = await importDir(payload, fixture('valid'))
    expect(report.articles).toEqual({ created: 0, updated: 0, unchanged: 3 })
    expect(report.glossary).toEqual({ created: 0, updated: 0, unchanged: 2 })
    expect(await snapshot()).toEqual(before)
  })

  it('does not report a topic already in the database as new', async () => {
    const report = await importDir(payload, fixture('valid'))
    expect(report.topics.created).toBe(0)
    expect(report.createdWithoutTitles).toEqual([])
  })

  it('names the front-matter key, not the database field, when the database rejects a value', async () => {
    const before = await snapshot()
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-keywords-'))
    fs.cpSync(fixture('valid'), dir, { recursive: true })
    // Longer than any text field may be (Payload's defaultMaxTextLength): only the database says no.
    const keyword = 'к'.repeat(40_001)
    fs.writeFileSync(
      path.join(dir, 'articles/zz-keywords.ru.md'),
      `---\ntitle: Ключевые слова\nkind: rights\nkeywords: [${keyword}]\n---\nТекст.\n`,
    )
    const error = await importDir(payload, dir).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ContentError)
    expect((error as ContentError).problems).toEqual([
      expect.objectContaining({ file: 'articles/zz-keywords.ru.md', locale: 'ru', field: 'keywords' }),
    ])
    expect(await snapshot()).toEqual(before)
  })

  it('refuses a change to a published original without a public change note, naming file, locale and field', async () => {
    const before = await snapshot()
    const error = await importDir(payload, fixture('no-change-note')).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ContentError)
    expect((error as ContentError).problems).toEqual([
      expect.objectContaining({
        file: 'articles/test-patent.ru.md',
        locale: 'ru',
        field: 'changes',
        message: expect.stringContaining('change note'),
      }),
    ])
    expect(await snapshot()).toEqual(before)
  })

  it('publishes the change with its note, which the site shows, and dates the translations as older', async () => {
    const report = await importDir(payload, fixture('update'))
    expect(report.articles).toEqual({ created: 0, updated: 1, unchanged: 0 })
    const patent = (await exportContent(payload)).articles.find((a) => a.slug === 'test-patent')!
    expect(patent.translations.ru?.changes).toEqual([
      { date: '2026-11-20', note: 'Срок подачи документов изменился с 30 до 45 дней.' },
    ])
    expect(patent.translations.ru!.updatedAt > patent.translations.en!.updatedAt).toBe(true)
  })

  it('rejects broken files with messages naming file, locale and field, and changes nothing', async () => {
    const before = await snapshot()
    const error = await importDir(payload, fixture('bad-yaml')).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ContentError)
    const problems = (error as ContentError).problems
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'articles/test-bad.tg.md', locale: 'tg', field: 'kind' }),
    )
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'articles/test-bad.tg.md', locale: 'tg', field: 'effectiveDate' }),
    )
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'articles/test-law.en.md', locale: 'en', field: 'front matter' }),
    )
    expect(await snapshot()).toEqual(before)
  })

  it('saves a region whose country alone changed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-regions-'))
    // The articles as the database has them now (after the update above), so only regions change.
    fs.cpSync(fixture('update'), dir, { recursive: true })
    const regions = (country: string) =>
      `test-region:\n  country: ${country}\n  names: { ru: Тестовый край, en: Test region }\n`
    fs.writeFileSync(path.join(dir, 'regions.yml'), regions('kg'))
    expect((await importDir(payload, dir)).regions).toEqual({ created: 1, updated: 0, unchanged: 0 })
    fs.writeFileSync(path.join(dir, 'regions.yml'), regions('tj'))
    expect((await importDir(payload, dir)).regions).toEqual({ created: 0, updated: 1, unchanged: 0 })
    const region = await payload.find({ collection: 'regions', where: { slug: { equals: 'test-region' } } })
    expect(region.docs[0].country).toBe('tj')
  })

  it('rolls back every write when the database rejects a later document', async () => {
    const before = await snapshot()
    const error = await importDir(payload, fixture('too-long-title')).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ContentError)
    expect((error as ContentError).problems[0]).toMatchObject({
      file: 'articles/zz-long.ru.md',
      locale: 'ru',
      field: 'title',
    })
    expect(await snapshot()).toEqual(before)
  })

  it('rolls back documents of earlier read batches when a later one is rejected', async () => {
    const before = await snapshot()
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-batches-'))
    fs.mkdirSync(path.join(dir, 'articles'))
    const article = (title: string, extra = '') =>
      `---\ntitle: ${title}\nkind: guide\ntopics: [work]\nchanges:\n  - { date: 2026-11-01, note: Заметка. }\n${extra}---\nТекст.\n`
    // More new documents than one batch reads; only the database rejects the last one.
    for (let i = 0; i <= READ_BATCH; i++)
      fs.writeFileSync(path.join(dir, `articles/batch-${String(i).padStart(3, '0')}.ru.md`), article(`Статья ${i}`))
    fs.writeFileSync(
      path.join(dir, 'articles/batch-999.ru.md'),
      article('Последняя', `keywords: [${'к'.repeat(40_001)}]\n`),
    )
    const error = await importDir(payload, dir).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ContentError)
    expect((error as ContentError).problems).toEqual([
      expect.objectContaining({ file: 'articles/batch-999.ru.md', locale: 'ru', field: 'keywords' }),
    ])
    expect(await snapshot()).toEqual(before)
  })

  it('gives every language of a new document its notes on the same change-history rows', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-notes-'))
    fs.mkdirSync(path.join(dir, 'articles'))
    const notes: Record<string, [string, string]> = {
      ru: ['Первая заметка.', 'Вторая заметка.'],
      uz: ['Birinchi eslatma.', 'Ikkinchi eslatma.'],
      en: ['First note.', 'Second note.'],
    }
    for (const [locale, [first, second]] of Object.entries(notes)) {
      fs.writeFileSync(
        path.join(dir, `articles/new-notes.${locale}.md`),
        `---\ntitle: Notes ${locale}\nkind: guide\nchanges:\n  - { date: 2026-10-01, note: ${first} }\n  - { date: 2026-11-01, note: ${second} }\n---\nText.\n`,
      )
    }
    expect((await importDir(payload, dir)).articles).toEqual({ created: 1, updated: 0, unchanged: 0 })
    const found = await payload.find({
      collection: 'articles',
      where: { slug: { equals: 'new-notes' } },
      locale: 'all',
      depth: 0,
    })
    const rows = found.docs[0].changeHistory as unknown as { date: string; note: Record<string, string> }[]
    expect(rows.map((r) => [r.date.slice(0, 10), r.note])).toEqual([
      ['2026-10-01', { ru: notes.ru[0], uz: notes.uz[0], en: notes.en[0] }],
      ['2026-11-01', { ru: notes.ru[1], uz: notes.uz[1], en: notes.en[1] }],
    ])
    // Each language's save kept the rows the first one created, ids included.
    const first = await payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: found.docs[0].id } },
      sort: 'createdAt',
      limit: 1,
      depth: 0,
    })
    const ids = (history: unknown) => (history as { id: string }[]).map((r) => r.id)
    expect(ids(found.docs[0].changeHistory)).toEqual(ids(first.docs[0].version.changeHistory))
    expect((await importDir(payload, dir)).articles).toEqual({ created: 0, updated: 0, unchanged: 1 })
  })

  it('reads stored languages in batches exactly as findByID reads them one by one, drafts included', async () => {
    // A Russian draft newer than what is published, as an editor leaves one in the admin.
    const [patent] = (
      await payload.find({ collection: 'articles', where: { slug: { equals: 'test-patent' } }, depth: 0 })
    ).docs
    await payload.update({
      collection: 'articles',
      id: patent.id,
      locale: 'ru',
      draft: true,
      data: { title: 'Черновик редактора' },
    })
    const req = await createLocalReq({}, payload)
    const ids = (await payload.find({ collection: 'articles', limit: 0, depth: 0 })).docs.map((d) => d.id)
    const stored = await readStored(
      payload,
      req,
      'articles',
      ids.flatMap((id) => localeCodes.map((locale) => ({ id, locale }))),
    )
    for (const id of ids) {
      for (const locale of localeCodes) {
        const one = await payload.findByID({
          collection: 'articles',
          id,
          locale,
          fallbackLocale: false,
          draft: true,
          depth: 0,
          req,
        })
        expect(storedIn(stored, id, locale), `article ${id} in ${locale}`).toEqual(one)
      }
    }
    expect(storedIn(stored, patent.id, 'ru')?.title).toBe('Черновик редактора')
  })
})
