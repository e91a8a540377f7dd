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
import { articleWords } from '../search/article-words'
import { foldText } from '../search/normalize'
import { WordFolds } from '../search/word-folds'
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

/**
 * The words `article` must also be found by that its text does not show:
 * editors' keywords and the glossary equivalents of the concepts it uses,
 * chosen exactly as for the site's index (site/search/article-words.ts, which
 * keeps them for the site's index and the other file of the language).
 */
export function hiddenSearchWords(
  { article, t }: PackArticle,
  glossary: SiteGlossaryTerm[],
  locale: Locale,
  folds: WordFolds = new WordFolds(),
): HiddenWords {
  return {
    keywords: [...new Set(t.keywords.map((k) => foldText(k, locale)).filter(Boolean))],
    concepts: articleWords(article, locale, glossary, folds).concepts.map(({ words, weight }) => ({ words, weight })),
  }
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
