/**
 * Glossary expansion at index time: when an article uses any word of a
 * glossary concept (in any language, folded), every word of that concept is
 * added to the article's index, so a query with any equivalent finds it.
 */
import { type Locale, localeCodes } from '../../content-models/locales'
import type { SiteGlossaryTerm } from '../data/types'
import { foldText } from './normalize'

/**
 * How much of a glossary word must match a word of the text, so that inflected
 * forms count («миграционную карту» uses «миграционная карта») while short
 * words stay exact («полис» must not match «полиция», «РВП» only «рвп»).
 */
function wordMatches(textWord: string, termWord: string, inPhrase: boolean): boolean {
  if (termWord.length <= 4) return textWord === termWord
  const keep = inPhrase ? Math.max(4, termWord.length - 2) : termWord.length <= 5 ? termWord.length : termWord.length - 1
  return textWord.startsWith(termWord.slice(0, keep))
}

function containsPhrase(textWords: string[], phrase: string[]): boolean {
  const inPhrase = phrase.length > 1
  for (let i = 0; i + phrase.length <= textWords.length; i++) {
    if (phrase.every((w, j) => wordMatches(textWords[i + j], w, inPhrase))) return true
  }
  return false
}

/** Every word of a concept, in all languages. */
export function allTerms(term: SiteGlossaryTerm): string[] {
  return localeCodes.flatMap((l) => term.terms[l] ?? [])
}

/**
 * The glossary concepts a text (already folded for `locale`) uses, with the
 * folded words to add to its index.
 */
export function glossaryExpansions(
  foldedText: string,
  glossary: SiteGlossaryTerm[],
  locale: Locale,
): { key: string; words: string[] }[] {
  const textWords = foldedText.split(' ')
  const found: { key: string; words: string[] }[] = []
  for (const concept of glossary) {
    const phrases = allTerms(concept).map((t) => foldText(t, locale))
    if (phrases.some((p) => p && containsPhrase(textWords, p.split(' ')))) {
      found.push({ key: concept.key, words: [...new Set(phrases.filter(Boolean))] })
    }
  }
  return found
}
