import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { ContentError } from '../../../scripts/content/problems'
import { readContentDir } from '../../../scripts/content/read-content-dir'
import { fixture } from '../../helpers/payload'

/** Writes a throw-away import directory from { 'articles/x.ru.md': text }. */
function contentDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-import-'))
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    fs.writeFileSync(path.join(dir, name), text)
  }
  return dir
}

const md = (front: string, body = 'Текст.') => `---\n${front}\n---\n${body}\n`

async function problemsOf(dir: string) {
  const error = await readContentDir(dir).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ContentError)
  return (error as ContentError).problems
}

describe('readContentDir', () => {
  it('groups the files of one slug into one article with a translation per locale', async () => {
    const content = await readContentDir(fixture('valid'))
    const patent = content.articles.find((a) => a.slug === 'test-patent')
    expect(patent?.shared).toMatchObject({ kind: 'rights', country: 'ru', topics: ['documents', 'work'] })
    expect(Object.keys(patent!.translations).sort()).toEqual(['en', 'ru', 'uz'])
    expect(patent!.translations.uz!.published).toBe(false)
    expect(patent!.translations.ru!.published).toBe(true)
    expect(content.topics.find((t) => t.slug === 'work')?.titles).toEqual({ ru: 'Работа', en: 'Work', uz: 'Ish' })
  })

  it('keeps a law change’s effective date as a calendar date', async () => {
    const content = await readContentDir(fixture('valid'))
    expect(content.articles.find((a) => a.slug === 'test-law')?.shared.effectiveDate).toBe('2027-01-01')
  })

  it('names the file, locale and field of every problem', async () => {
    const dir = contentDir({
      'articles/a.ru.md': md('kind: rights'),
      'articles/b.xx.md': md('title: X\nkind: rights'),
      'articles/c.en.md': md('title: C\nkind: law-change'),
      'articles/d.ar.md': md('title: D\nkind: guide\ncountry: fr'),
      'articles/e.ky.md': md('title: E\nkind: guide\npublished: maybe'),
    })
    const problems = await problemsOf(dir)
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'articles/a.ru.md', locale: 'ru', field: 'title', message: 'is required' }),
        expect.objectContaining({ file: 'articles/b.xx.md', field: 'locale' }),
        expect.objectContaining({ file: 'articles/c.en.md', locale: 'en', field: 'effectiveDate' }),
        expect.objectContaining({ file: 'articles/d.ar.md', locale: 'ar', field: 'country' }),
        expect.objectContaining({ file: 'articles/e.ky.md', locale: 'ky', field: 'published' }),
      ]),
    )
  })

  it('rejects impossible dates', async () => {
    const problems = await problemsOf(contentDir({ 'articles/x.ru.md': md('title: X\nkind: law-change\neffectiveDate: 2027-02-30') }))
    expect(problems[0]).toMatchObject({ field: 'effectiveDate', message: expect.stringContaining('2027-02-30') })
  })

  it('requires the language-independent fields to agree across translations', async () => {
    const problems = await problemsOf(
      contentDir({
        'articles/x.ru.md': md('title: X\nkind: rights\ncountry: ru'),
        'articles/x.uz.md': md('title: X\nkind: guide\ncountry: ru'),
      }),
    )
    expect(problems).toEqual([expect.objectContaining({ file: 'articles/x.uz.md', locale: 'uz', field: 'kind' })])
  })

  it('reports broken YAML without giving up on the other files', async () => {
    const problems = await problemsOf(
      contentDir({
        'articles/x.ru.md': md('title: "unclosed\nkind: rights'),
        'articles/y.ru.md': md('title: Y\nkind: nope'),
      }),
    )
    expect(problems.map((p) => p.file)).toEqual(['articles/x.ru.md', 'articles/y.ru.md'])
    expect(problems[0].message).toMatch(/YAML/)
  })

  it('fails clearly when the directory has no articles folder', async () => {
    const problems = await problemsOf(contentDir({ 'readme.txt': 'hi' }))
    expect(problems[0].message).toMatch(/directory not found/)
  })

  it('names a missing or impossible alert date instead of crashing', async () => {
    const dir = contentDir({ 'alert.yml': 'active: true\nexpiresAt: soon\nmessage: { ru: Внимание }\n' })
    fs.cpSync(path.join(fixture('valid'), 'articles'), path.join(dir, 'articles'), { recursive: true })
    const problems = await problemsOf(dir)
    expect(problems).toContainEqual(expect.objectContaining({ file: 'alert.yml', field: 'expiresAt' }))
  })
})
