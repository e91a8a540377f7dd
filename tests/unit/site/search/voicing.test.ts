/**
 * Kyrgyz and Uzbek stems whose last consonant voices before a vowel suffix
 * (китеп → китеби, yurak → yuragi, qishloq → qishlogʻi) are found from either
 * form. `found` stands in for Pagefind: a text is indexed by its words as
 * written and the folded spellings search adds (foldedVariants), and a query,
 * normalised, matches when each of its words begins an indexed word.
 */
import { describe, expect, it } from 'vitest'

import type { Locale } from '../../../../content-models/locales'
import { foldWord, normalizeQuery, VOICED_FINALS, words } from '../../../../site/search/normalize'
import { foldedVariants } from '../../../../site/search/weights'

function found(text: string, query: string, locale: Locale): boolean {
  const indexed = [...words(text).map((w) => w.toLowerCase()), ...foldedVariants(text, locale)]
  const asked = normalizeQuery(query, locale).split(' ')
  return asked.every((q) => indexed.some((w) => w.startsWith(q)))
}

/** Each pair both ways: the text has one form, the reader types the other. */
function meet(locale: Locale, pairs: [string, string][]) {
  for (const [a, b] of pairs) {
    expect(found(a, b, locale), `«${b}» finds «${a}»`).toBe(true)
    expect(found(b, a, locale), `«${a}» finds «${b}»`).toBe(true)
  }
}

describe('Kyrgyz п→б and к→г before a vowel suffix', () => {
  it('folds the voiced form to the stem as written alone', () => {
    expect(foldWord('китеби', 'ky')).toBe('китеп')
    expect(foldWord('жетеги', 'ky')).toBe('жетек')
    expect(foldWord('тарагы', 'ky')).toBe('тарак')
    expect(foldWord('Китебиңиздин', 'ky')).toBe('китеп')
    expect(foldWord('жетегиндеги', 'ky')).toBe('жетек')
    expect(foldWord('бөлүгү', 'ky')).toBe(foldWord('болугу', 'ky'))
  })

  it('finds each form from the other, in any case and with the endings that follow', () => {
    meet('ky', [
      ['китеп', 'китеби'],
      ['жетек', 'жетеги'],
      ['тарак', 'тарагы'],
      ['китептер', 'китебимди'],
      ['эмгек', 'эмгегимдин'],
      ['эмгек акы', 'эмгегиме акы'],
      ['укук', 'укугуңуз'],
      ['Тарабынан', 'тарап'],
    ])
    // Typed on a Russian keyboard: ү and ө as у and о.
    expect(found('билдирменин үзүлмө бөлүгүн', 'узулмо болук', 'ky')).toBe(true)
  })

  it('leaves the locative «-дагы», short words and other consonants alone', () => {
    expect(foldWord('Россиядагы', 'ky')).toBe('россиядагы')
    expect(foldWord('жагы', 'ky')).toBe('жагы')
    expect(foldWord('мамлекети', 'ky')).toBe('мамлекети')
    expect(foldWord('кыргыз', 'ky')).toBe('кыргыз')
  })
})

describe('Uzbek k→g and q→gʻ before a vowel suffix', () => {
  it('gives the stem back its k or q', () => {
    expect(foldWord('yuragi', 'uz')).toBe('yurak')
    expect(foldWord('qishlogʻi', 'uz')).toBe('qishloq')
    expect(foldWord('sogʻligʻimni', 'uz')).toBe('sogliq')
    expect(foldWord('қишлоғи', 'uz')).toBe('qishloq')
    expect(foldWord('юраги', 'uz')).toBe('yurak')
    expect(foldWord('fuqaroligiga', 'uz')).toBe('fuqarolik')
  })

  it('finds each form from the other, with every way of writing gʻ', () => {
    meet('uz', [
      ['yurak', 'yuragi'],
      ['qishloq', 'qishlogʻi'],
      ['fuqarolik', 'fuqaroligingiz'],
      ['sogʻliq sugʻurtasi', 'sogʻligʻim sugʻurtasi'],
      ['юрак', 'юраги'],
    ])
    for (const typed of ["qishlog'i", 'qishlog‘i', 'qishlog’i', 'qishlog`i', 'қишлоғи', 'қишлоғимизга']) {
      expect(found('qishloq', typed, 'uz'), typed).toBe(true)
    }
  })

  it('asks for the stem before a g typed without its mark, which may have been k or q', () => {
    expect(normalizeQuery('qishlogi', 'uz')).toBe('qishlo')
    expect(found('qishloq', 'qishlogi', 'uz')).toBe(true)
    expect(found('yurak', 'yuragi', 'uz')).toBe(true)
    expect(found('sogʻliq', 'sogligim', 'uz')).toBe(true)
  })

  it('leaves ng, the locative «-dagi», b and words with no suffix alone', () => {
    expect(foldWord('yangi', 'uz')).toBe('yangi')
    expect(foldWord('Rossiyadagi', 'uz')).toBe('rossiyadagi')
    expect(foldWord('kitobi', 'uz')).toBe('kitobi')
    expect(foldWord('sogʻliq', 'uz')).toBe('sogliq')
    expect(foldWord('bogʻi', 'uz')).toBe('bogi')
  })
})

describe('only where the rule belongs', () => {
  it('is declared for Kyrgyz and Uzbek alone', () => {
    expect(Object.keys(VOICED_FINALS).sort()).toEqual(['ky', 'uz'])
  })

  it('does not touch the same letters in Russian, Tajik or Bulgarian', () => {
    for (const locale of ['ru', 'tg', 'bg'] as const) {
      expect(foldWord('книги', locale)).toBe('книги')
      expect(foldWord('китеби', locale)).toBe('китеби')
    }
  })
})
