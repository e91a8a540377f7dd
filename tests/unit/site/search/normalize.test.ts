import { describe, expect, it } from 'vitest'

import {
  ARABIC_FOLDS,
  foldText,
  foldWord,
  KEYBOARD_FOLDS,
  normalizeQuery,
  trimEndings,
  UZBEK_APOSTROPHES,
  UZBEK_CYRILLIC_TO_LATIN,
} from '../../../../site/search/normalize'

describe('keyboard folds (Tajik, Kyrgyz, Russian typed on a Russian keyboard)', () => {
  it.each(Object.entries(KEYBOARD_FOLDS))('%s is typed as %s', (letter, typed) => {
    for (const locale of ['tg', 'ky', 'ru', 'bg'] as const) {
      expect(foldWord(letter, locale)).toBe(typed)
      expect(foldWord(letter.toUpperCase(), locale)).toBe(typed)
    }
  })

  it('makes the words readers type equal to the words as written', () => {
    expect(foldWord('ҳуқуқ', 'tg')).toBe(foldWord('хукук', 'tg'))
    expect(foldWord('ҳуҷҷат', 'tg')).toBe(foldWord('хуччат', 'tg'))
    expect(foldWord('ғайриқонунӣ', 'tg')).toBe(foldWord('гайриконуни', 'tg'))
    expect(foldWord('сүйлөшүү', 'ky')).toBe(foldWord('суйлошуу', 'ky'))
    expect(foldWord('иштөө', 'ky')).toBe(foldWord('иштоо', 'ky'))
    expect(foldWord('маңыз', 'ky')).toBe(foldWord('маныз', 'ky'))
    expect(foldWord('учёт', 'ru')).toBe(foldWord('учет', 'ru'))
  })
})

describe('Uzbek', () => {
  it.each(UZBEK_APOSTROPHES)('drops the mark %s in oʻ and gʻ', (mark) => {
    expect(foldWord(`sog${mark}liq`, 'uz')).toBe('sogliq')
    expect(foldWord(`O${mark}zbekiston`, 'uz')).toBe('ozbekiston')
  })

  it.each(Object.entries(UZBEK_CYRILLIC_TO_LATIN))('Cyrillic %s is Latin "%s"', (cyrillic, latin) => {
    expect(foldWord(`б${cyrillic}`, 'uz')).toBe(`b${latin}`)
  })

  it('writes е and ё as ye and yo at the start of a word and after a vowel', () => {
    const inLatin = { ер: 'yer', оила: 'oila', моё: 'moyo', келди: 'keldi' }
    for (const [cyrillic, latin] of Object.entries(inLatin)) expect(foldWord(cyrillic, 'uz'), cyrillic).toBe(latin)
  })

  it('finds Latin text from a query typed in Cyrillic', () => {
    expect(foldWord('ҳужжат', 'uz')).toBe(foldWord('hujjat', 'uz'))
    expect(foldWord('соғлиқ', 'uz')).toBe(foldWord('sogʻliq', 'uz'))
    expect(foldWord('рўйхат', 'uz')).toBe(foldWord('roʻyxat', 'uz'))
    expect(foldWord('ЧЕТ', 'uz')).toBe(foldWord('chet', 'uz'))
  })
})

describe('Arabic', () => {
  it.each(Object.entries(ARABIC_FOLDS))('%s folds to %s', (letter, folded) => {
    expect(foldWord(`ب${letter}`, 'ar')).toBe(`ب${folded}`)
  })

  it('removes harakat and tatweel', () => {
    expect(foldWord('مُتَرْجِمٌ', 'ar')).toBe('مترجم')
    expect(foldWord('مـترجم', 'ar')).toBe('مترجم')
  })

  it('matches hamza and taa marbuta variants', () => {
    expect(foldWord('الإقامة', 'ar')).toBe(foldWord('الاقامه', 'ar'))
    expect(foldWord('مسؤول', 'ar')).toBe(foldWord('مسوول', 'ar'))
  })
})

describe('queries', () => {
  it('folds every word and lowercases', () => {
    expect(foldText('Ҳуқуқҳои шумо', 'tg')).toBe('хукукхои шумо')
    expect(normalizeQuery('  МИГРАЦИОННАЯ   карта ', 'ru')).toBe('миграционная карта')
  })

  it('trims endings where Pagefind has no stemmer, keeping at least four letters', () => {
    expect(trimEndings('hujjatlarni', 'uz')).toBe('hujjat')
    expect(trimEndings('хуччатхо', 'tg')).toBe('хуччат')
    expect(trimEndings('патентти', 'ky')).toBe('патент')
    expect(trimEndings('документите', 'bg')).toBe('документ')
    expect(trimEndings('ишга', 'uz')).toBe('ишга')
    expect(trimEndings('миграционную', 'ru')).toBe('миграционную')
  })

  it('gives the same result for the written and the typed form', () => {
    expect(normalizeQuery('ҳуҷҷатҳо', 'tg')).toBe(normalizeQuery('хуччатхо', 'tg'))
    expect(normalizeQuery("sog'liq", 'uz')).toBe(normalizeQuery('sogʻliq', 'uz'))
  })
})
