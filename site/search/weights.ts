import { type Locale } from '../../content-models/locales'
import { foldWord, words } from './normalize'

/**
 * How much each kind of word counts, the same for the site's Pagefind index
 * (site/search/index-records.ts) and the offline file's own search
 * (site/offline/pack-search*.ts): title words like Pagefind's <h1>, editors'
 * keywords 3, and a glossary concept's words by how much the article uses the
 * concept (like the title when its title does). Bundled into the browser too.
 */
export const TITLE_WEIGHT = 7
export const KEYWORD_WEIGHT = 3
const MAX_GLOSSARY_WEIGHT = 5

/** A concept's weight from how often the article's folded text uses its words, and whether its title does. */
export function glossaryWeight(uses: number, inTitle: boolean): number {
  return inTitle ? TITLE_WEIGHT : Math.min(MAX_GLOSSARY_WEIGHT, 1 + Math.floor(uses / 2))
}

/** How often `phrase` occurs in `folded`, not counting overlaps; counting stops at `limit`. */
export function countOccurrences(folded: string, phrase: string, limit = Infinity): number {
  let count = 0
  for (let at = folded.indexOf(phrase); at !== -1 && count < limit; at = folded.indexOf(phrase, at + phrase.length))
    count++
  return count
}

/** The uses from which a concept's weight grows no more (glossaryWeight). */
const USES_FOR_MAX_WEIGHT = 2 * (MAX_GLOSSARY_WEIGHT - 1)

/**
 * A folded text whose uses of glossary words are counted, as
 * `countOccurrences` counts them. A word with three letters in a row that the
 * text never has is not looked for: most of a concept's words are in other
 * languages and in none of the thousands of texts a build weighs, and checking
 * its triples against a bit set of the text's costs far less than reading the
 * whole text for it. (Two triples may share a bit: then the text is read, as
 * for a word it has.)
 */
export class FoldedText {
  private readonly triples = new Uint32Array(TRIPLE_BITS / 32)

  constructor(readonly text: string) {
    for (let i = 0; i + 2 < text.length; i++) {
      const bit = tripleBit(text, i)
      this.triples[bit >>> 5] |= 1 << (bit & 31)
    }
  }

  /** `countOccurrences(text, term, limit)`. */
  count(term: string, limit = Infinity): number {
    for (let i = 0; i + 2 < term.length; i++) {
      const bit = tripleBit(term, i)
      if ((this.triples[bit >>> 5] & (1 << (bit & 31))) === 0) return 0
    }
    return countOccurrences(this.text, term, limit)
  }

  /**
   * `glossaryWeight` of a concept whose folded words are `terms`, in this text
   * whose title is `foldedTitle`: its uses are counted only as far as they
   * change the weight.
   */
  conceptWeight(foldedTitle: string, terms: readonly string[]): number {
    if (terms.some((term) => foldedTitle.includes(term))) return glossaryWeight(0, true)
    let uses = 0
    for (const term of terms) {
      uses += this.count(term, USES_FOR_MAX_WEIGHT - uses)
      if (uses >= USES_FOR_MAX_WEIGHT) break
    }
    return glossaryWeight(uses, false)
  }
}

/** The size of a text's bit set of letter triples: a 7,000-letter text sets about a tenth of its bits. */
const TRIPLE_BITS = 1 << 16

/** The bit of the three UTF-16 code units at `i`. */
function tripleBit(text: string, i: number): number {
  const h =
    Math.imul(text.charCodeAt(i), 0x9e3779b1) ^
    Math.imul(text.charCodeAt(i + 1), 0x85ebca6b) ^
    Math.imul(text.charCodeAt(i + 2), 0xc2b2ae35)
  return (h ^ (h >>> 15)) & (TRIPLE_BITS - 1)
}

/** Folded spellings of the words of `text` that differ from the words as written (what a reader without the special letters types). */
export function foldedVariants(text: string, locale: Locale): string[] {
  const out = new Set<string>()
  for (const word of words(text)) {
    const folded = foldWord(word, locale)
    if (folded && folded !== word.toLowerCase()) out.add(folded)
  }
  return [...out]
}
