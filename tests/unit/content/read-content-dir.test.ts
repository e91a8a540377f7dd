import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { ContentError, type Problem } from '../../../scripts/content/problems'
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
    const problems = await problemsOf(
      contentDir({ 'articles/x.ru.md': md('title: X\nkind: law-change\neffectiveDate: 2027-02-30') }),
    )
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

/** The problems as "file [locale] field", sorted, to compare whole lists. */
const where = (problems: Problem[]) => problems.map((p) => `${p.file} [${p.locale ?? ''}] ${p.field ?? ''}`).sort()

describe('readContentDir: text that would break pages, feeds and calendars', () => {
  it('refuses line breaks, control and bidi characters in one-line fields, and control characters in multi-line ones', async () => {
    const problems = await problemsOf(fixture('unsafe-text'))
    expect(where(problems)).toEqual(
      [
        'alert.yml [en] message',
        'articles/spoofed.ar.md [ar] changes',
        'articles/spoofed.ar.md [ar] keywords',
        'articles/spoofed.ar.md [ar] legalAct',
        'articles/spoofed.ar.md [ar] summary',
        'articles/spoofed.ar.md [ar] title',
        'events/forged-calendar.ru.md [ru] address',
        'events/forged-calendar.ru.md [ru] organiser',
        'events/forged-calendar.ru.md [ru] title',
        'glossary.yml [ru] patent',
        'help-centres/centre.ru.md [ru] city',
        'regions.yml [en] perm-krai',
        'topics.yml [ru] work',
      ].sort(),
    )
    const title = problems.find((p) => p.file === 'events/forged-calendar.ru.md' && p.field === 'title')
    expect(title?.message).toMatch(/line break \(U\+000A\).*single line/)
    expect(problems.find((p) => p.field === 'title' && p.locale === 'ar')?.message).toContain('U+202E')
  })

  it('refuses a control character in the Markdown body', async () => {
    const problems = await problemsOf(
      contentDir({ 'articles/x.ru.md': md('title: X\nkind: rights', 'Строка\n\u0007звонок') }),
    )
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'articles/x.ru.md',
        locale: 'ru',
        field: 'body',
        message: expect.stringContaining('line 2'),
      }),
    ])
  })
})

describe('readContentDir: files that are not what they seem', () => {
  it('stops at invalid UTF-8, naming the file and where the bad byte is', async () => {
    const dir = contentDir({ 'articles/ok.ru.md': md('title: OK\nkind: rights') })
    const bytes = Buffer.concat([
      Buffer.from('---\ntitle: Пе'),
      Buffer.from([0xd0]),
      Buffer.from('\nkind: rights\n---\nТекст\n'),
    ])
    fs.writeFileSync(path.join(dir, 'articles/bad.ru.md'), bytes)
    fs.writeFileSync(path.join(dir, 'topics.yml'), Buffer.from([0x77, 0x3a, 0x20, 0xff, 0x0a]))
    const problems = await problemsOf(dir)
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'articles/bad.ru.md',
        message: expect.stringMatching(/UTF-8.*offset 15 \(line 2\)/),
      }),
      expect.objectContaining({ file: 'topics.yml', message: expect.stringMatching(/UTF-8.*offset 3 \(line 1\)/) }),
    ])
  })

  it('refuses symbolic links, dangling or pointing out of the folder, instead of following them', async () => {
    const outside = contentDir({ 'secret.md': md('title: Secret\nkind: rights') })
    const dir = contentDir({ 'articles/ok.ru.md': md('title: OK\nkind: rights') })
    fs.symlinkSync(path.join(outside, 'secret.md'), path.join(dir, 'articles/leak.ru.md'))
    fs.symlinkSync(path.join(dir, 'missing.md'), path.join(dir, 'articles/dangling.ru.md'))
    fs.symlinkSync(path.join(outside, 'secret.md'), path.join(dir, 'topics.yml'))
    fs.symlinkSync(outside, path.join(dir, 'events'))
    const problems = await problemsOf(dir)
    expect(where(problems)).toEqual([
      'articles/dangling.ru.md [] ',
      'articles/leak.ru.md [] ',
      'events [] ',
      'topics.yml [] ',
    ])
    for (const p of problems) expect(p.message).toMatch(/symbolic link/)
  })
})

describe('readContentDir: dates and keys', () => {
  it('accepts only a real ISO day or date-time with an offset as the alert’s expiresAt', async () => {
    const problems = await problemsOf(fixture('alert-impossible-date'))
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'alert.yml',
        field: 'expiresAt',
        message: expect.stringContaining('2027-02-30'),
      }),
    ])
    const alertDir = (expiresAt: string) =>
      contentDir({
        'articles/x.ru.md': md('title: X\nkind: rights'),
        'alert.yml': `active: true\nexpiresAt: ${expiresAt}\nmessage: { ru: Внимание }\n`,
      })
    for (const bad of ['"Feb 1"', '2027-01-31T00:00', '2027-01-31T24:00Z', '2027-1-31', '1767225600']) {
      expect(await problemsOf(alertDir(bad)), bad).toEqual([
        expect.objectContaining({ file: 'alert.yml', field: 'expiresAt' }),
      ])
    }
    expect((await readContentDir(alertDir('2027-01-31'))).alert?.expiresAt).toBe('2027-01-31T00:00:00.000Z')
    expect((await readContentDir(alertDir('2027-01-31T00:00+03:00'))).alert?.expiresAt).toBe('2027-01-30T21:00:00.000Z')
  })

  it('reports keys every JavaScript object has (__proto__, constructor…) as unknown, without touching prototypes', async () => {
    const problems = await problemsOf(fixture('proto-keys'))
    expect(where(problems)).toEqual([
      'alert.yml [] __proto__',
      'alert.yml [] hasOwnProperty',
      'alert.yml [constructor] message',
      'articles/proto.ru.md [ru] __proto__',
      'articles/proto.ru.md [ru] constructor',
      'articles/proto.ru.md [ru] toString',
      'topics.yml [__proto__] constructor',
    ])
    expect(problems.find((p) => p.field === 'constructor')?.message).toMatch(/^unknown field/)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
