import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { importDir } from '../../scripts/content/import-dir'
import { ContentError } from '../../scripts/content/problems'
import { exportContent } from '../../scripts/site/export-content'
import { freshPayload } from '../helpers/payload'

/**
 * Variant blocks from Markdown to the site's HTML (issue 15): the importer
 * stores them as blocks of the body editor, the database accepts them, a
 * re-import changes nothing and the export renders them.
 */

let payload: Payload

beforeAll(async () => {
  payload = await freshPayload()
})

const GROUPS = 'eaeu:\n  members: [am, by, kz, kg]\n  names: { ru: Страны ЕАЭС, en: EAEU countries }\n'

function contentDir(body: string, slug = 'variant-test'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-variants-'))
  fs.writeFileSync(path.join(dir, 'citizenship-groups.yml'), GROUPS)
  fs.mkdirSync(path.join(dir, 'articles'))
  fs.writeFileSync(
    path.join(dir, 'articles', `${slug}.ru.md`),
    `---\ntitle: Учёт\nkind: obligations\ncountry: ru\n---\n${body}\n`,
  )
  return dir
}

const body = [
  'Для всех.',
  '',
  ':::variant groups=eaeu purposes=work',
  '## Если вы гражданин страны ЕАЭС <b>&</b>',
  '',
  'До **30 дней** без учёта.',
  ':::',
  '',
  ':::variant citizenships=uz,tj',
  '## Если вам нужен патент',
  '',
  '7 рабочих дней.',
  ':::',
].join('\n')

describe('variant blocks', () => {
  it('are stored, re-imported unchanged and rendered as open disclosures', async () => {
    const dir = contentDir(body)
    expect((await importDir(payload, dir)).articles).toEqual({ created: 1, updated: 0, unchanged: 0 })
    expect((await importDir(payload, dir)).articles).toEqual({ created: 0, updated: 0, unchanged: 1 })

    const content = await exportContent(payload)
    const html = content.articles.find((a) => a.slug === 'variant-test')?.translations.ru?.html
    expect(html).toBe(
      '<p>Для всех.</p>' +
        '<details class="variant" open data-variant-groups="eaeu" data-variant-purposes="work">' +
        '<summary>Если вы гражданин страны ЕАЭС &lt;b&gt;&amp;&lt;/b&gt;</summary>' +
        '<p>До <strong>30 дней</strong> без учёта.</p></details>' +
        '<details class="variant" open data-variant-citizenships="uz tj"><summary>Если вам нужен патент</summary>' +
        '<p>7 рабочих дней.</p></details>',
    )
  })

  it('refuse a group neither the import nor the database has, naming file, locale and body', async () => {
    const error = await importDir(
      payload,
      contentDir(':::variant groups=nowhere\n## Метка\nТекст.\n:::', 'unknown-group'),
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ContentError)
    expect((error as ContentError).problems).toContainEqual({
      file: 'articles/unknown-group.ru.md',
      locale: 'ru',
      field: 'body',
      message: 'There is no citizenship group "nowhere".',
    })
  })
})
