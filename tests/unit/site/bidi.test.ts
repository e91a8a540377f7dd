import { describe, expect, it } from 'vitest'

import { isolateLtrRuns, ltrRuns } from '../../../site/utils/bidi'

describe('names in another script inside Arabic text', () => {
  it('isolate a Cyrillic name with its parentheses', () => {
    const text = 'الجهة الرئيسية هي الوكالة الحكومية للاجئين (Държавна агенция за бежанците).'
    expect(ltrRuns(text).filter((p) => p.isolate)).toEqual([{ text: '(Държавна агенция за бежанците)', isolate: true }])
  })

  it('isolate abbreviations and Latin words, and leave Arabic and digits alone', () => {
    const parts = ltrRuns('الرقم المدني الموحد (ЕГН) خلال 14 يومًا عبر WhatsApp')
    expect(parts.filter((p) => p.isolate).map((p) => p.text)).toEqual(['(ЕГН)', 'WhatsApp'])
    expect(parts.map((p) => p.text).join('')).toBe('الرقم المدني الموحد (ЕГН) خلال 14 يومًا عبر WhatsApp')
  })

  it('keep a web or email address whole', () => {
    expect(ltrRuns('راجع help.unhcr.org/bulgaria أو اكتب إلى info@example.org.').filter((p) => p.isolate)).toEqual([
      { text: 'help.unhcr.org/bulgaria', isolate: true },
      { text: 'info@example.org', isolate: true },
    ])
  })

  it('touch only text between tags, and leave character references whole', () => {
    expect(isolateLtrRuns('<p>مكتب (ЕСГРАОН) <a href="/bg/x">Sofia &amp; Burgas</a></p>')).toBe(
      '<p>مكتب <bdi>(ЕСГРАОН)</bdi> <a href="/bg/x"><bdi>Sofia</bdi> &amp; <bdi>Burgas</bdi></a></p>',
    )
  })
})
