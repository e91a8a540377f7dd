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

/** How often `phrase` occurs in `folded`, not counting overlaps. */
export function countOccurrences(folded: string, phrase: string): number {
  let count = 0
  for (let at = folded.indexOf(phrase); at !== -1; at = folded.indexOf(phrase, at + phrase.length)) count++
  return count
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
