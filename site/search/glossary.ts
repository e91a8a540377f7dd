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
 * words stay exact («полис» must not match «полиция», «РВП» only «рвп»): a
 * word of four letters or fewer must be met exactly, a longer one as a prefix
 * of at least four letters (all but its last two in a phrase, all but the
 * last alone, all of a five-letter word alone).
 */
function matchRule(termWord: string, inPhrase: boolean): { exact: boolean; word: string } {
  if (termWord.length <= 4) return { exact: true, word: termWord }
  const keep = inPhrase
    ? Math.max(4, termWord.length - 2)
    : termWord.length <= 5
      ? termWord.length
      : termWord.length - 1
  return { exact: false, word: termWord.slice(0, keep) }
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

/** One glossary phrase, folded, as what each of its words must meet in the text. */
interface Phrase {
  concept: number
  rules: { exact: boolean; word: string }[]
}

/**
 * The glossary folded for one language, once: every phrase of every concept
 * as match rules, indexed by what its first word needs (the word itself when
 * it must be met exactly, else its first four letters, which every longer
 * word must keep), and the words each concept adds, by country.
 */
class LocaleGlossary {
  private readonly exact = new Map<string, Phrase[]>()
  private readonly byStart = new Map<string, Phrase[]>()
  private readonly added = new Map<Country, string[][]>()

  constructor(
    private readonly glossary: SiteGlossaryTerm[],
    private readonly locale: Locale,
  ) {
    glossary.forEach((concept, index) => {
      for (const term of allTerms(concept)) {
        const folded = foldText(term, locale)
        if (!folded) continue
        const words = folded.split(' ')
        const phrase: Phrase = { concept: index, rules: words.map((w) => matchRule(w, words.length > 1)) }
        const first = phrase.rules[0]
        const [map, key] = first.exact ? [this.exact, first.word] : [this.byStart, first.word.slice(0, 4)]
        const list = map.get(key)
        if (list) list.push(phrase)
        else map.set(key, [phrase])
      }
    })
  }

  /** Which concepts (by index) have a phrase in `textWords`: each phrase is checked only where its first word matches. */
  private found(textWords: string[]): boolean[] {
    const found: boolean[] = new Array(this.glossary.length).fill(false)
    const at = (phrases: Phrase[] | undefined, i: number) => {
      if (!phrases) return
      for (const { concept, rules } of phrases) {
        if (found[concept] || i + rules.length > textWords.length) continue
        let j = 0
        while (j < rules.length) {
          const rule = rules[j]
          const word = textWords[i + j]
          if (rule.exact ? word !== rule.word : !word.startsWith(rule.word)) break
          j++
        }
        if (j === rules.length) found[concept] = true
      }
    }
    for (let i = 0; i < textWords.length; i++) {
      const word = textWords[i]
      at(this.exact.get(word), i)
      if (word.length >= 4) at(this.byStart.get(word.slice(0, 4)), i)
    }
    return found
  }

  /** Each concept's folded words in the languages an article about `country` gets, without repeats. */
  private addedWords(country: Country): string[][] {
    let added = this.added.get(country)
    if (!added) {
      const languages = glossaryLanguages(this.locale, country)
      added = this.glossary.map((concept) => [
        ...new Set(
          allTerms(concept, languages)
            .map((t) => foldText(t, this.locale))
            .filter(Boolean),
        ),
      ])
      this.added.set(country, added)
    }
    return added
  }

  /** glossaryExpansions with this language's glossary. */
  expansions(foldedText: string, country: Country): { key: string; words: string[] }[] {
    const found = this.found(foldedText.split(' '))
    const added = this.addedWords(country)
    const out: { key: string; words: string[] }[] = []
    found.forEach((yes, i) => {
      if (yes) out.push({ key: this.glossary[i].key, words: [...added[i]] })
    })
    return out
  }
}

const prepared = new WeakMap<SiteGlossaryTerm[], Map<Locale, LocaleGlossary>>()

/**
 * The glossary concepts a text (already folded for `locale`) uses, with the
 * folded words to add to its index, in glossary order. A phrase is used when
 * its words follow one another in the text, each matching as
 * `matchRule` says. The glossary is folded and indexed once per
 * glossary and language (a build asks for thousands of texts with the same
 * one), so a text costs one pass over its words; a glossary must not change
 * after it is passed here.
 */
export function glossaryExpansions(
  foldedText: string,
  glossary: SiteGlossaryTerm[],
  locale: Locale,
  country: Country = 'all',
): { key: string; words: string[] }[] {
  let byLocale = prepared.get(glossary)
  if (!byLocale) prepared.set(glossary, (byLocale = new Map()))
  let folded = byLocale.get(locale)
  if (!folded) byLocale.set(locale, (folded = new LocaleGlossary(glossary, locale)))
  return folded.expansions(foldedText, country)
}
