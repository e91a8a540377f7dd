import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { BlocksFeature, editorConfigFactory, lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { editorBlocks, textFeatures } from '../../../content-models/blocks'
import { bodyConverter, type BodyConverter } from '../../../scripts/content/markdown-bodies'
import { ContentError } from '../../../scripts/content/problems'
import { readContentDir } from '../../../scripts/content/read-content-dir'
import { splitVariants, variantProblems } from '../../../scripts/content/variant-markdown'
import { bodyText, renderBodies } from '../../../scripts/site/export/bodies'

/** The body editor as cms/payload.config.ts builds it, in a config with nothing else. */
let convert: BodyConverter
beforeAll(async () => {
  const config = await buildConfig({
    secret: 'test',
    collections: [{ slug: 'articles', fields: [{ name: 'title', type: 'text' }] }],
    editor: lexicalEditor({ features: (args) => [...textFeatures(args), BlocksFeature({ blocks: editorBlocks })] }),
    db: undefined as never,
  })
  convert = bodyConverter(await editorConfigFactory.default({ config }), null)
})

const html = (body: unknown) => {
  const target = { html: '' }
  renderBodies([{ target, locale: 'ru', body }], () => '/ru/articles/x/')
  return target.html
}

const twoVariants = [
  'Для всех.',
  '',
  ':::variant groups=eaeu',
  '## Если вы гражданин страны ЕАЭС',
  '',
  'До **30 дней** без учёта.',
  ':::',
  '',
  ':::variant citizenships=uz,tj purposes=work',
  '### Если вы работаете по патенту',
  'Общее правило: 7 рабочих дней.',
  ':::',
  '',
  'После.',
].join('\n')

describe('variant containers in Markdown', () => {
  it('become variant blocks between the ordinary paragraphs', () => {
    const body = convert(twoVariants) as {
      root: { children: Array<{ type: string; fields?: Record<string, unknown> }> }
    }
    expect(body.root.children.map((c) => c.type)).toEqual(['paragraph', 'block', 'block', 'paragraph'])
    expect(body.root.children[1].fields).toMatchObject({
      blockType: 'variant',
      blockName: '',
      label: 'Если вы гражданин страны ЕАЭС',
      audience: { groups: ['eaeu'], citizenships: [], purposes: [] },
    })
    expect(body.root.children[2].fields).toMatchObject({
      label: 'Если вы работаете по патенту',
      audience: { groups: [], citizenships: ['uz', 'tj'], purposes: ['work'] },
    })
  })

  it('are converted the same way every time, ids included, so a re-import changes nothing', () => {
    expect(JSON.stringify(convert(twoVariants))).toBe(JSON.stringify(convert(twoVariants)))
  })

  it('leave a body without variants exactly as the Markdown converter makes it', () => {
    const plain = 'Текст со ссылкой.\n\n- один\n- два'
    expect(convert(plain)).toEqual(convert(`${plain}\n`))
    expect(splitVariants(plain).parts).toEqual([{ kind: 'markdown', markdown: plain }])
  })

  it('render as open disclosures with their label and audience, every variant shown without JavaScript', () => {
    expect(html(convert(twoVariants))).toBe(
      '<p>Для всех.</p>' +
        '<details class="variant" open data-variant-groups="eaeu"><summary>Если вы гражданин страны ЕАЭС</summary>' +
        '<p>До <strong>30 дней</strong> без учёта.</p></details>' +
        '<details class="variant" open data-variant-citizenships="uz tj" data-variant-purposes="work">' +
        '<summary>Если вы работаете по патенту</summary><p>Общее правило: 7 рабочих дней.</p></details>' +
        '<p>После.</p>',
    )
  })

  it('escape a hostile label and drop hostile audience values', () => {
    const hostile =
      ':::variant citizenships=kg\n## </summary><script>alert(1)</script> & "x" \'y\'\nТекст <b>жирный</b>.\n:::'
    const out = html(convert(hostile))
    expect(out).toContain(
      '<summary>&lt;/summary&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; &#39;y&#39;</summary>',
    )
    expect(out).not.toContain('<script')
    // A stored block edited by other means: only keys reach the attributes.
    const body = convert(hostile) as { root: { children: Array<{ fields: { audience: Record<string, unknown> } }> } }
    body.root.children[0].fields.audience = {
      groups: ['eaeu', '" onmouseover="alert(1)', 'a b'],
      citizenships: ['kg'],
      purposes: ['work"><script>'],
    }
    const edited = html(body)
    expect(edited).toMatch(/^<details class="variant" open data-variant-groups="eaeu" data-variant-citizenships="kg">/)
    expect(edited).not.toContain('onmouseover')
  })

  it('are searchable: the label and the text are in the body’s plain text', () => {
    const text = bodyText(convert(twoVariants))
    expect(text).toContain('Если вы гражданин страны ЕАЭС')
    expect(text).toContain('До 30 дней без учёта.')
    expect(text).toContain('Если вы работаете по патенту')
    expect(text.indexOf('Для всех.')).toBe(0)
  })

  it('ignore ::: lines inside fenced code', () => {
    const body = '```\n:::variant nonsense\n```\n\n:::variant purposes=study\n## Студентам\nТекст.\n:::'
    expect(variantProblems(body)).toEqual([])
    expect(splitVariants(body).parts.map((p) => p.kind)).toEqual(['markdown', 'variant'])
  })
})

describe('mistakes in variants', () => {
  const problems = (body: string, firstLine?: number) => variantProblems(body, firstLine)

  it('are reported with their line', () => {
    expect(problems(':::variant groups=eaeu\n## Метка\nТекст.\n', 10)).toEqual([
      { line: 10, message: 'the variant opened here is never closed: end it with a line ":::"' },
    ])
    expect(problems('Текст.\n\n:::variant citizenships=kg,xx purposes=work,fun\n## Метка\nТекст.\n:::')).toEqual([
      { line: 3, message: expect.stringContaining('unknown citizenship "xx"') },
      { line: 3, message: expect.stringContaining('unknown purpose "fun"') },
    ])
    expect(problems(':::variant groups=EAEU colour=red\n## Метка\nТекст.\n:::')).toEqual([
      { line: 1, message: expect.stringContaining('"EAEU" is not a citizenship group key') },
      { line: 1, message: expect.stringContaining('unknown variant attribute "colour"') },
    ])
  })

  it('include a missing label, a missing text and a missing audience', () => {
    expect(problems(':::variant groups=eaeu\nТекст без заголовка.\n:::')).toEqual([
      { line: 1, message: expect.stringContaining('must start with its label as a heading') },
    ])
    expect(problems(':::variant groups=eaeu\n## Только метка\n:::')).toEqual([
      { line: 1, message: 'the variant has a label but no text' },
    ])
    expect(problems(':::variant\n## Метка\nТекст.\n:::')).toEqual([
      { line: 1, message: expect.stringContaining('needs groups=…, citizenships=… or purposes=…') },
    ])
  })

  it('include nesting, a stray closer, another container and a bidi control in the label', () => {
    expect(problems(':::variant groups=eaeu\n## А\n:::variant groups=eaeu\nТекст.\n:::\n:::')).toEqual([
      { line: 3, message: expect.stringContaining('variants cannot be nested') },
      { line: 6, message: '":::" closes nothing: no ":::variant" is open' },
    ])
    expect(problems(':::note\nТекст.')).toEqual([
      { line: 1, message: expect.stringContaining('unknown container ":::note"') },
    ])
    expect(problems(':::variant groups=eaeu\n## Мет\u202Eка\nТекст.\n:::', 5)).toEqual([
      { line: 6, message: expect.stringContaining('variant label:') },
    ])
  })

  it('are import problems naming file, locale, field body and the line in the file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-variants-'))
    fs.mkdirSync(path.join(dir, 'articles'))
    fs.writeFileSync(
      path.join(dir, 'articles', 'x.ru.md'),
      '---\ntitle: X\nkind: rights\n---\nТекст.\n\n:::variant citizenships=zz\n## Метка\nТекст.\n',
    )
    const error = await readContentDir(dir).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ContentError)
    expect((error as ContentError).problems).toEqual([
      {
        file: 'articles/x.ru.md',
        locale: 'ru',
        field: 'body',
        message: expect.stringMatching(/^line 7: unknown citizenship "zz"/),
      },
      {
        file: 'articles/x.ru.md',
        locale: 'ru',
        field: 'body',
        message: expect.stringMatching(/^line 7: the variant opened here is never closed/),
      },
    ])
  })
})
