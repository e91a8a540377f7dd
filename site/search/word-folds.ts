/**
 * Folding for a build that indexes thousands of texts: each distinct word is
 * folded once per language (site/search/normalize.ts), since article texts
 * repeat the same words over and over. Build-time only; one instance per
 * build (or per language of the offline files), so nothing outlives the
 * content it was made for.
 */
import type { Locale } from '../../content-models/locales'
import { foldWord, words } from './normalize'

/** A word as folded: its search form ('' when nothing of it is left), and whether that differs from the word lowercased. */
interface Fold {
  folded: string
  /** A spelling readers may type instead of the word as written. */
  variant: boolean
}

/** A text's words, folded, in order. */
export type FoldedWords = readonly Fold[]

/**
 * `text` in a string of its own. A word read out of a text is a slice of it,
 * which keeps the whole text alive as long as the word is: kept as they were,
 * the remembered words held every body of a build, 165 MB at 21,000 article
 * pages, until the snapshot went.
 */
const ownCopy = (text: string) => (' ' + text).slice(1)

export class WordFolds {
  private readonly byLocale = new Map<Locale, Map<string, Fold>>()

  /** The words of `text`, folded for `locale`. */
  of(text: string, locale: Locale): FoldedWords {
    let cache = this.byLocale.get(locale)
    if (!cache) this.byLocale.set(locale, (cache = new Map()))
    const out: Fold[] = []
    for (const word of words(text)) {
      let fold = cache.get(word)
      if (!fold) {
        const folded = foldWord(word, locale)
        fold = { folded: ownCopy(folded), variant: folded !== '' && folded !== word.toLowerCase() }
        cache.set(ownCopy(word), fold)
      }
      out.push(fold)
    }
    return out
  }
}

/** The folded text, as `foldText` gives it: folded words joined by single spaces. */
export function joinFolded(...parts: FoldedWords[]): string {
  const out: string[] = []
  for (const part of parts) for (const { folded } of part) if (folded) out.push(folded)
  return out.join(' ')
}

/** The distinct folded spellings that differ from the words as written, in order, as `foldedVariants` gives them. */
export function variantsOf(words: FoldedWords): string[] {
  const out = new Set<string>()
  for (const { folded, variant } of words) if (variant) out.add(folded)
  return [...out]
}
