/**
 * Glossary expansion at index time: when an article uses any word of a
 * glossary concept (in any language, folded), every word of that concept is
 * added to the article's index, so a query with any equivalent finds it.
 */
import { type Locale, localeCodes } from '../../content-models/locales'
import type { Country } from '../../content-models/taxonomy'
import type { SiteGlossaryTerm } from '../data/types'
import { foldText } from './normalize'

/**
 * How much of a glossary word must match a word of the text, so that inflected
 * forms count («миграционную карту» uses «миграционная карта») while short
 * words stay exact («полис» must not match «полиция», «РВП» only «рвп»).
 */
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

/** The official language(s) readers meet in each country an article applies to. */
const COUNTRY_LANGUAGES: Record<Country, Locale[]> = {
  ru: ['ru'],
  bg: ['bg'],
  kg: ['ky', 'ru'],
  tj: ['tg', 'ru'],
  uz: ['uz', 'ru'],
  all: ['ru', 'bg'],
}

/**
 * Whose words an article's index gets: the reader's own language, the
 * official language of the country the article is about (the word on the
 * form, the one officials use) and English. Any language's words still
 * trigger a concept; the rest are left out to keep the download small.
 */
export function glossaryLanguages(locale: Locale, country: Country): Locale[] {
  const wanted = new Set<Locale>([locale, 'en', ...COUNTRY_LANGUAGES[country]])
  return localeCodes.filter((l) => wanted.has(l))
}

/** Every word of a concept, in all languages. */
export function allTerms(term: SiteGlossaryTerm, languages: readonly Locale[] = localeCodes): string[] {
  return languages.flatMap((l) => term.terms[l] ?? [])
}

/**
 * The glossary concepts a text (already folded for `locale`) uses, with the
 * folded words to add to its index.
 */
export function glossaryExpansions(
  foldedText: string,
  glossary: SiteGlossaryTerm[],
  locale: Locale,
  country: Country = 'all',
): { key: string; words: string[] }[] {
  const textWords = foldedText.split(' ')
  const found: { key: string; words: string[] }[] = []
  for (const concept of glossary) {
    const phrases = allTerms(concept).map((t) => foldText(t, locale))
    if (phrases.some((p) => p && containsPhrase(textWords, p.split(' ')))) {
      const added = allTerms(concept, glossaryLanguages(locale, country)).map((t) => foldText(t, locale))
      found.push({ key: concept.key, words: [...new Set(added.filter(Boolean))] })
    }
  }
  return found
}
