/**
 * What search adds to an article translation besides its text, worked out
 * once per translation and shared by the site's index (index-records.ts) and
 * the offline files' search (site/offline/pack-search.ts): both find an
 * article by the same words, weighted the same, and a build that writes both
 * matches the glossary against each text once.
 */
import type { Locale } from '../../content-models/locales'
import type { SiteArticle, SiteGlossaryTerm, SiteTranslation } from '../data/types'
import { glossaryExpansions } from './glossary'
import { FoldedText } from './weights'
import { joinFolded, variantsOf, WordFolds } from './word-folds'

export interface ArticleWords {
  /** Folded spellings of the title's words that differ from the words as written (foldedVariants). */
  titleVariants: string[]
  /** The same for the body: the summary and the text. */
  bodyVariants: string[]
  /**
   * The glossary concepts the title and body use, in glossary order: each
   * with its folded words in the languages the article's index gets, and how
   * much they count (by how often the text uses them; like the title when the
   * title does).
   */
  concepts: { key: string; words: string[]; weight: number }[]
}

/** By translation: each belongs to one article and one language, which it alone identifies. */
const cache = new WeakMap<SiteTranslation, { glossary: SiteGlossaryTerm[]; words: ArticleWords }>()

/**
 * The search words of `article`'s translation into `locale`, folded as
 * queries are. Kept for as long as the translation is, per glossary; `folds`
 * remembers the folded form of each word across translations.
 */
export function articleWords(
  article: SiteArticle,
  locale: Locale,
  glossary: SiteGlossaryTerm[],
  folds: WordFolds = new WordFolds(),
): ArticleWords {
  const t = article.translations[locale]!
  const cached = cache.get(t)
  if (cached?.glossary === glossary) return cached.words
  const title = folds.of(t.title, locale)
  const body = folds.of([t.summary, t.text].filter(Boolean).join('\n\n'), locale)
  const foldedAll = joinFolded(title, body)
  const foldedTitle = joinFolded(title)
  const text = new FoldedText(foldedAll)
  const words: ArticleWords = {
    titleVariants: variantsOf(title),
    bodyVariants: variantsOf(body),
    concepts: glossaryExpansions(foldedAll, glossary, locale, article.country).map(({ key, words: terms }) => ({
      key,
      words: terms,
      weight: text.conceptWeight(foldedTitle, terms),
    })),
  }
  cache.set(t, { glossary, words })
  return words
}
