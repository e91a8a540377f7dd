/**
 * glossaryExpansions folds the glossary once per language and finds a text's
 * concepts in one pass over its words. This checks it against the
 * straightforward algorithm it replaced (kept here as the reference: every
 * term of every concept folded and looked for at every position of the text),
 * over the starter glossary and texts of every kind: the demo articles, inflected
 * and cut-off glossary words, phrases broken up or at the very end, short
 * words, other languages' words.
 */
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { starterGlossary } from '../../../../content-models/data/starterGlossary'
import { type Locale, localeCodes } from '../../../../content-models/locales'
import type { Country } from '../../../../content-models/taxonomy'
import type { SiteGlossaryTerm } from '../../../../site/data/types'
import { allTerms, glossaryExpansions, glossaryLanguages } from '../../../../site/search/glossary'
import { ENDINGS, foldText } from '../../../../site/search/normalize'
import { foldedVariants } from '../../../../site/search/weights'
import { joinFolded, variantsOf, WordFolds } from '../../../../site/search/word-folds'

// --- The reference: the algorithm as first written, one concept and one position at a time. ---

function wordMatches(textWord: string, termWord: string, inPhrase: boolean): boolean {
  if (termWord.length <= 4) return textWord === termWord
  const keep = inPhrase
    ? Math.max(4, termWord.length - 2)
    : termWord.length <= 5
      ? termWord.length
      : termWord.length - 1
  return textWord.startsWith(termWord.slice(0, keep))
}

function containsPhrase(textWords: string[], phrase: string[]): boolean {
  const inPhrase = phrase.length > 1
  for (let i = 0; i + phrase.length <= textWords.length; i++) {
    if (phrase.every((w, j) => wordMatches(textWords[i + j], w, inPhrase))) return true
  }
  return false
}

/** Every concept's terms folded for a language. Pure, so kept between calls: the test checks matching, not folding. */
const foldedTerms = new Map<string, string[][]>()
function termsFolded(glossary: SiteGlossaryTerm[], locale: Locale): string[][] {
  const key = `${glossary.length} ${locale}`
  if (!foldedTerms.has(key))
    foldedTerms.set(
      key,
      glossary.map((c) => allTerms(c).map((t) => foldText(t, locale))),
    )
  return foldedTerms.get(key)!
}

function referenceExpansions(
  foldedText: string,
  glossary: SiteGlossaryTerm[],
  locale: Locale,
  countries: readonly Country[] = ['all'],
): { key: string; words: string[] }[][] {
  const textWords = foldedText.split(' ')
  const used = glossary.filter((_, i) =>
    termsFolded(glossary, locale)[i].some((p) => p && containsPhrase(textWords, p.split(' '))),
  )
  return countries.map((country) =>
    used.map((concept) => {
      const added = allTerms(concept, glossaryLanguages(locale, country)).map((t) => foldText(t, locale))
      return { key: concept.key, words: [...new Set(added.filter(Boolean))] }
    }),
  )
}

// --- Inputs. ---

const root = path.resolve(import.meta.dirname, '../../../..')
const demo = path.join(root, 'content/demo')
const glossary: SiteGlossaryTerm[] = Object.entries(starterGlossary).map(([key, terms]) => ({
  key,
  terms: Object.fromEntries(Object.entries(terms).map(([l, t]) => [l, [...t]])),
}))
const countries: Country[] = ['ru', 'bg', 'kg', 'tj', 'uz', 'all']

/** The demo articles as files, each with the language it is written in. */
const articles = fs
  .readdirSync(path.join(demo, 'articles'))
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => ({
    locale: f.split('.').at(-2) as Locale,
    text: fs.readFileSync(path.join(demo, 'articles', f), 'utf8'),
  }))

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let a = seed
  const next = () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number) => Math.floor(next() * n)
  return { next, int, pick: <T>(list: readonly T[]) => list[int(list.length)] }
}

/** Words of a text that plays with the glossary: its words whole, inflected, cut short, broken up, among others. */
function playfulText(seed: number): string {
  const r = random(seed)
  const termWords = glossary.flatMap((c) => allTerms(c)).flatMap((t) => t.split(/\s+/))
  const endings = [...new Set(Object.values(ENDINGS).flat()), 'ую', 'ой', 'ами', 's', 'ing', 'ة', 'ии']
  const filler = ['и', 'в', 'на', 'the', 'va', 'бо', 'жана', 'و', 'да', 'по', '2026', 'РВП-2']
  const out: string[] = []
  const length = 1 + r.int(40)
  while (out.length < length) {
    const roll = r.next()
    if (roll < 0.3) {
      // A whole glossary term, sometimes with its last word inflected: a phrase in the text.
      const term = r.pick(allTerms(r.pick(glossary))).split(/\s+/)
      if (r.next() < 0.5) term[term.length - 1] += r.pick(endings)
      // Its first word cut near the four letters a phrase's word needs.
      if (r.next() < 0.3) term[0] = term[0].slice(0, 3 + r.int(4))
      out.push(...term)
    } else if (roll < 0.55) {
      out.push(r.pick(termWords) + (r.next() < 0.6 ? r.pick(endings) : ''))
    } else if (roll < 0.75) {
      // Cut short: around the four letters and the "all but one or two" a match needs.
      const word = r.pick(termWords)
      out.push(word.slice(0, Math.max(1, word.length - r.int(4))))
    } else if (roll < 0.85) {
      // A phrase broken up by another word.
      const term = r.pick(allTerms(r.pick(glossary))).split(/\s+/)
      out.push(term[0], r.pick(filler), ...term.slice(1))
    } else {
      out.push(r.pick(filler))
    }
  }
  const text = out.join(' ')
  return r.next() < 0.5 ? text.toUpperCase() : text
}

describe('glossaryExpansions against the reference algorithm', () => {
  it('finds the same concepts and words in every demo article, in every language and country', () => {
    let checked = 0
    for (const { locale, text } of articles) {
      // Its own language, and the two that fold most differently (Uzbek to Latin, Arabic letter forms).
      for (const foldIn of new Set<Locale>([locale, 'uz', 'ar'])) {
        const folded = foldText(text, foldIn)
        const expected = referenceExpansions(folded, glossary, foldIn, countries)
        countries.forEach((country, i) => {
          expect(glossaryExpansions(folded, glossary, foldIn, country)).toEqual(expected[i])
          checked++
        })
      }
    }
    expect(checked).toBeGreaterThan(1000)
  })

  it('finds the same in texts made of inflected, cut-off and broken-up glossary words', () => {
    let found = 0
    for (let seed = 1; seed <= 400; seed++) {
      const text = playfulText(seed)
      const locale = localeCodes[seed % localeCodes.length]
      const country = countries[seed % countries.length]
      const folded = foldText(text, locale)
      const [expected] = referenceExpansions(folded, glossary, locale, [country])
      expect(glossaryExpansions(folded, glossary, locale, country), `seed ${seed}: ${text}`).toEqual(expected)
      found += expected.length
    }
    // The texts are meant to find concepts, and miss some.
    expect(found).toBeGreaterThan(400)
  })

  it('agrees at the edges: no text, one word, a phrase that ends the text or runs past it', () => {
    // «пате на работу»: a phrase's first word cut to the four letters it needs.
    const cases = [
      '',
      'рвп',
      'пате на работу',
      'патен',
      'пат на работу',
      'РВПШ',
      'полис',
      'полиция',
      'разрешение на временное',
      'разрешения на временное проживание',
    ]
    for (const text of cases) {
      for (const locale of localeCodes) {
        const folded = foldText(text, locale)
        expect(glossaryExpansions(folded, glossary, locale)).toEqual(referenceExpansions(folded, glossary, locale)[0])
      }
    }
    // Not folded by foldText: doubled and leading spaces give empty words, which match nothing.
    for (const text of [' патент', 'патент  работу', ' ', 'патент на ']) {
      expect(glossaryExpansions(text, glossary, 'ru')).toEqual(referenceExpansions(text, glossary, 'ru')[0])
    }
  })

  it('follows a glossary per array: another glossary is folded afresh', () => {
    const small: SiteGlossaryTerm[] = [{ key: 'x', terms: { ru: ['полис'] } }]
    expect(glossaryExpansions('полис', small, 'ru').map((e) => e.key)).toEqual(['x'])
    expect(glossaryExpansions('полис', glossary, 'ru')).toEqual(referenceExpansions('полис', glossary, 'ru')[0])
  })
})

describe('WordFolds', () => {
  it('folds a text as foldText and finds the variants foldedVariants does', () => {
    const folds = new WordFolds()
    const texts = [...articles.map((a) => a.text), ...Array.from({ length: 50 }, (_, i) => playfulText(1000 + i))]
    for (const text of texts) {
      for (const locale of localeCodes) {
        const words = folds.of(text, locale)
        expect(joinFolded(words)).toBe(foldText(text, locale))
        expect(variantsOf(words)).toEqual(foldedVariants(text, locale))
      }
    }
  })

  it('joins two texts as foldText folds them joined by a space', () => {
    const folds = new WordFolds()
    for (const [a, b] of [
      ['Ҳуқуқҳои', 'шумо ҳуҷҷат'],
      ['', 'РВП'],
      ['sogʻliq', "sog'liq-ni"],
    ]) {
      for (const locale of localeCodes) {
        expect(joinFolded(folds.of(a, locale), folds.of(b, locale))).toBe(foldText(`${a} ${b}`, locale))
      }
    }
  })
})
