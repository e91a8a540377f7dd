import { gzipSync } from 'node:zlib'

import { describe, expect, it } from 'vitest'

import type { Situation } from '../../../content-models/rules/situation/types'
import { STORAGE_KEY, STORAGE_VERSION } from '../../../site/situation/storage'
import { hasVariants, variantGroupsIn, variantOpenerScript } from '../../../site/utils/variant-opener'

const html =
  '<p>Все.</p><details class="variant" open data-variant-groups="eaeu"><summary>ЕАЭС</summary><p>…</p></details>' +
  '<details class="variant" open data-variant-citizenships="uz tj" data-variant-purposes="work"><summary>Патент</summary></details>'
const groups = [
  { slug: 'eaeu', members: ['am', 'by', 'kz', 'kg'], names: { ru: 'ЕАЭС' } },
  { slug: 'other', members: ['af'], names: {} },
] as const

/** Runs the script against two variants as the page has them; gives which are open. */
function run(stored: unknown, script = variantOpenerScript(html, [...groups] as never)): boolean[] {
  const variants = [
    { open: true, dataset: { variantGroups: 'eaeu' } },
    { open: true, dataset: { variantCitizenships: 'uz tj', variantPurposes: 'work' } },
  ]
  const document = { querySelectorAll: (selector: string) => (selector === 'details.variant' ? variants : []) }
  const localStorage = {
    getItem: (key: string) => (key === STORAGE_KEY && stored !== undefined ? JSON.stringify(stored) : null),
  }
  new Function('document', 'localStorage', script)(document, localStorage)
  return variants.map((v) => v.open)
}

const saved = (citizenship: string, purpose = 'work') => ({
  v: STORAGE_VERSION,
  situation: { host: 'ru', citizenship, purpose, dates: { entry: '2026-11-01' } } as Situation,
})

describe('the variant opener', () => {
  it('opens the reader’s variant and folds the others', () => {
    expect(run(saved('kg'))).toEqual([true, false])
    expect(run(saved('uz'))).toEqual([false, true])
  })

  it('needs the purpose to match too, and keeps everything open when nothing is for the reader', () => {
    expect(run(saved('uz', 'study'))).toEqual([true, true])
    expect(run(saved('md'))).toEqual([true, true])
  })

  it('leaves every variant open without a saved situation, or with one it cannot read', () => {
    expect(run(undefined)).toEqual([true, true])
    expect(run({ v: 99, situation: saved('kg').situation })).toEqual([true, true])
    expect(run('not json at all')).toEqual([true, true])
  })

  it('carries only the groups the page names, and stays tiny', () => {
    const script = variantOpenerScript(html, [...groups] as never)
    expect(script).toContain('{"eaeu":["am","by","kz","kg"]}')
    expect(script).not.toContain('"other"')
    expect(script.length).toBeLessThan(1024)
    expect(gzipSync(script).length).toBeLessThan(512)
  })

  it('cannot be broken out of by a group’s data', () => {
    const script = variantOpenerScript('<details class="variant" data-variant-groups="x">', [
      { slug: 'x', members: ['</script><script>alert(1)//'], names: {} },
    ] as never)
    expect(script).not.toContain('</script')
  })

  it('finds the variants and the groups an article names', () => {
    expect(hasVariants(html)).toBe(true)
    expect(hasVariants('<p>No variants.</p><details><summary>x</summary></details>')).toBe(false)
    expect(variantGroupsIn(html)).toEqual(['eaeu'])
  })
})
