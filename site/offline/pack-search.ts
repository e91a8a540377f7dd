/**
 * The build-time half of search in the offline files: the words an article is
 * found by that its text does not show (editors' keywords and the glossary
 * equivalents of the concepts it uses, folded as queries are and weighted as
 * in the site's index, site/search/index-records.ts), and the browser
 * script bundled into the single file.
 */
import { buildSync } from 'esbuild'
import { fileURLToPath } from 'node:url'

import type { Locale } from '../../content-models/locales'
import type { SiteGlossaryTerm } from '../data/types'
import { allTerms, glossaryExpansions } from '../search/glossary'
import { foldText } from '../search/normalize'
import { countOccurrences, glossaryWeight } from '../search/weights'
import type { PackArticle } from './pack-model'

/** What an article is also found by, folded as queries are. */
export interface HiddenWords {
  /** Editors' search keywords. */
  keywords: string[]
  /**
   * For each glossary concept the article uses: its words (phrases) in the
   * languages the site's index gives it, and how much they count.
   */
  concepts: { words: string[]; weight: number }[]
}

/** By translation: each belongs to one language, so the translation alone identifies the result. */
const hiddenCache = new WeakMap<PackArticle['t'], { glossary: SiteGlossaryTerm[]; words: HiddenWords }>()

/**
 * The words `article` must also be found by that its text does not show:
 * editors' keywords and the glossary equivalents of the concepts it uses,
 * chosen exactly as for the site's index.
 */
export function hiddenSearchWords(
  { article, t }: PackArticle,
  glossary: SiteGlossaryTerm[],
  locale: Locale,
): HiddenWords {
  // Matching the glossary folds every word of it for every article, the slow part of writing the files;
  // the pack and the ZIM file of a language ask for the same translation, so it is done once.
  const cached = hiddenCache.get(t)
  if (cached?.glossary === glossary) return cached.words
  const folded = foldText([t.title, t.summary, t.text].filter(Boolean).join('\n'), locale)
  const title = foldText(t.title, locale)
  const words = {
    keywords: [...new Set(t.keywords.map((k) => foldText(k, locale)).filter(Boolean))],
    concepts: glossaryExpansions(folded, candidates(folded, glossary, locale), locale, article.country).map((c) => ({
      words: c.words,
      weight: glossaryWeight(
        c.words.reduce((n, term) => n + countOccurrences(folded, term), 0),
        c.words.some((term) => title.includes(term)),
      ),
    })),
  }
  hiddenCache.set(t, { glossary, words })
  return words
}

/**
 * The glossary concepts a folded text can possibly use, for glossaryExpansions
 * to check properly. glossary.ts matches a word of four letters or fewer
 * exactly and a longer one by at least its first four, so a phrase with a word
 * that passes neither test is never found in the text; a concept none of whose
 * phrases passes is left out. Same result, a fraction of the folding.
 */
function candidates(folded: string, glossary: SiteGlossaryTerm[], locale: Locale): SiteGlossaryTerm[] {
  const words = new Set(folded.split(' '))
  const starts = new Set([...words].map((w) => w.slice(0, 4)))
  const possible = (w: string) => (w.length <= 4 ? words.has(w) : starts.has(w.slice(0, 4)))
  return foldedGlossary(glossary, locale)
    .filter(({ phrases }) => phrases.some((phrase) => phrase.every(possible)))
    .map(({ concept }) => concept)
}

type FoldedGlossary = { concept: SiteGlossaryTerm; phrases: string[][] }[]
const foldedGlossaries = new WeakMap<SiteGlossaryTerm[], Map<Locale, FoldedGlossary>>()

/** Each concept with its phrases folded into words, once per glossary and language. */
function foldedGlossary(glossary: SiteGlossaryTerm[], locale: Locale): FoldedGlossary {
  const byLocale = foldedGlossaries.get(glossary) ?? new Map<Locale, FoldedGlossary>()
  foldedGlossaries.set(glossary, byLocale)
  if (!byLocale.has(locale)) {
    byLocale.set(
      locale,
      glossary.map((concept) => ({
        concept,
        phrases: allTerms(concept)
          .map((term) => foldText(term, locale).split(' ').filter(Boolean))
          .filter((phrase) => phrase.length > 0),
      })),
    )
  }
  return byLocale.get(locale)!
}

let script: string | undefined

/**
 * The single file's search script (pack-search-browser.ts with the site's
 * folding and query code), bundled and minified once per process. Bundled at
 * build time rather than kept as a built file, so it can never fall behind
 * the site's search rules.
 */
export function packSearchScript(): string {
  if (script === undefined) {
    const result = buildSync({
      entryPoints: [fileURLToPath(new URL('./pack-search-browser.ts', import.meta.url))],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      // Unicode property escapes in the folding need ES2018; phones' browsers have had it for years.
      target: 'es2018',
      minify: true,
      write: false,
      logLevel: 'silent',
    })
    script = result.outputFiles[0].text
  }
  return script
}
