/**
 * FoldedText counts a text's uses of glossary words without reading the text
 * for a word with three letters in a row it lacks, and only as far as they change
 * a concept's weight. It must count and weigh exactly as the plain
 * definitions do, for any text and any words.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { countOccurrences, FoldedText, glossaryWeight } from '../../../../site/search/weights'

/** Folded texts and words from a small alphabet (Latin, Cyrillic, a space), so that words often occur and overlap. */
const letters = fc.constantFrom('a', 'b', 'n', 'п', 'а', 'т', 'е', ' ')
const text = fc.array(letters, { maxLength: 120 }).map((chars) => chars.join(''))
const term = fc.array(letters, { minLength: 1, maxLength: 6 }).map((chars) => chars.join(''))

describe('FoldedText', () => {
  it('counts a word as countOccurrences does, up to the limit', () => {
    fc.assert(
      fc.property(text, term, fc.integer({ min: 0, max: 12 }), (folded, word, limit) => {
        const counted = new FoldedText(folded).count(word, limit)
        expect(counted).toBe(Math.min(countOccurrences(folded, word), limit))
      }),
      { numRuns: 2000 },
    )
  })

  it('weighs a concept as glossaryWeight does with every use counted', () => {
    fc.assert(
      fc.property(text, text, fc.array(term, { minLength: 1, maxLength: 8 }), (folded, title, terms) => {
        const uses = terms.reduce((n, word) => n + countOccurrences(folded, word), 0)
        const inTitle = terms.some((word) => title.includes(word))
        expect(new FoldedText(folded).conceptWeight(title, terms)).toBe(glossaryWeight(uses, inTitle))
      }),
      { numRuns: 2000 },
    )
  })

  it('finds nothing of a word with three letters in a row the text lacks, and a word the text has', () => {
    const folded = new FoldedText('патент на работу патент')
    expect(folded.count('patent')).toBe(0)
    expect(folded.count('тна')).toBe(0)
    expect(folded.count('патент')).toBe(2)
    expect(folded.count('т')).toBe(5)
    expect(folded.count('патент', 1)).toBe(1)
  })
})
