import { describe, expect, it } from 'vitest'

import { excerpt } from '../../../../site/search/excerpt'

const marked = (segments: { text: string; mark: boolean }[]) => segments.filter((s) => s.mark).map((s) => s.text)

describe('excerpt', () => {
  it('highlights the written word for a query typed without special letters', () => {
    expect(marked(excerpt('Ҳуқуқҳои шумо ҳангоми санҷиш', 'хукук', 'tg'))).toEqual(['Ҳуқуқҳои'])
    expect(marked(excerpt('Tibbiy sugʻurta va sogʻliq haqida', "sog'liq", 'uz'))).toEqual(['sogʻliq'])
  })

  it('centres on the first match in a long text and marks the cut', () => {
    const words = Array.from({ length: 100 }, (_, i) => `слово${i}`)
    words[60] = 'патент'
    const segments = excerpt(words.join(' '), 'патент', 'ru', 20)
    expect(segments[0].text.startsWith('… ')).toBe(true)
    expect(segments.at(-1)?.text.endsWith(' …')).toBe(true)
    expect(marked(segments)).toEqual(['патент'])
  })

  it('shows the beginning when the match came from elsewhere (glossary, keywords)', () => {
    const segments = excerpt('Миграционная карта нужна всем.', 'РВП', 'ru')
    expect(marked(segments)).toEqual([])
    expect(segments.map((s) => s.text).join('')).toBe('Миграционная карта нужна всем')
  })
})
