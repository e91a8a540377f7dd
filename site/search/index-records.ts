import { type Locale, localeCodes, localeInfo } from '../../content-models/locales'
import type { SiteArticle, SiteContent } from '../data/types'
import { useTranslations } from '../i18n'
import { formatDate } from '../utils/format'
import { lawChangeState } from '../utils/law-change'
import { urls } from '../utils/urls'
import { articleWords } from './article-words'
import { foldText } from './normalize'
import { pagefindLanguage } from './pagefind-language'
import { INDEX_SEPARATOR, SORT_META } from './record'
import { KEYWORD_WEIGHT, TITLE_WEIGHT } from './weights'
import { WordFolds } from './word-folds'

/** A page for Pagefind's `index.addHTMLFile`. */
export interface SearchRecord {
  url: string
  content: string
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * What the records of one snapshot work out once rather than per record: each
 * word's folded form, date labels and law-change states (each of those makes
 * a new Intl formatter, which costs more than the rest of a record).
 */
class RecordsCache {
  readonly folds = new WordFolds()
  private readonly labels = new Map<string, string>()
  private readonly states = new Map<SiteArticle, ReturnType<typeof lawChangeState>>()
  private readonly now: Date

  constructor(content: SiteContent) {
    this.now = new Date(content.generatedAt)
  }

  /** `formatDate(value, locale)`: it shows the calendar day in UTC, so one label serves every moment of that day. */
  date(value: string, locale: Locale): string {
    const day = Math.floor(new Date(value.length === 10 ? `${value}T00:00:00Z` : value).getTime() / 86_400_000)
    const key = `${locale} ${day}`
    let label = this.labels.get(key)
    if (label === undefined) {
      label = formatDate(value, locale)
      // An invalid date (NaN) is never kept, so it fails in formatDate every time as before.
      if (Number.isFinite(day)) this.labels.set(key, label)
    }
    return label
  }

  /** `lawChangeState` as of the snapshot's date, once per article. */
  lawState(article: SiteArticle): ReturnType<typeof lawChangeState> {
    if (!this.states.has(article)) this.states.set(article, lawChangeState(article, this.now))
    return this.states.get(article)
  }
}

const caches = new WeakMap<SiteContent, RecordsCache>()

/** The cache of `content`'s records, made on first use and kept as long as the snapshot is. */
function recordsCache(content: SiteContent): RecordsCache {
  let cache = caches.get(content)
  if (!cache) caches.set(content, (cache = new RecordsCache(content)))
  return cache
}

/**
 * The page Pagefind indexes for one article translation: the article as
 * written (title as <h1>, so Pagefind weighs it as on the site), then, after a
 * separator, every extra form it must be found by — folded spellings (title
 * ones weighted like the title), the glossary equivalents of the concepts it
 * uses (weighted by how much it uses them) and the editors' keywords. All are
 * folded exactly as queries are (site/search/normalize.ts).
 */
export function articleRecord(article: SiteArticle, locale: Locale, content: SiteContent): SearchRecord {
  const shared = recordsCache(content)
  const t = article.translations[locale]!
  const ui = useTranslations(locale)
  const words = articleWords(article, locale, content.glossary, shared.folds)
  // Labels are made here, where Node has every language's date formats
  // (browsers often lack Tajik, Kyrgyz or Uzbek ones).
  // Shown with the result; a law change's is also the value it is sorted by (SORT_META).
  const date = article.effectiveDate ?? t.updatedAt.slice(0, 10)
  const lawState = shared.lawState(article)
  const dateLabel = lawState
    ? ui(lawState.key, { date: shared.date(lawState.date, locale) })
    : ui('article.updated', { date: shared.date(t.updatedAt, locale) })

  // Each added word once (everything indexed is also downloaded with the
  // result), at the highest weight it earns. Glossary words are added even when
  // the text has them, so the article that is about a concept outranks those
  // that only mention it.
  const present = new Set<string>()
  const novel = (phrases: string[]) => {
    const out: string[] = []
    for (const word of phrases.flatMap((p) => p.split(' '))) {
      if (word && !present.has(word)) {
        present.add(word)
        out.push(word)
      }
    }
    return out.join(' ')
  }
  const inTitle = new Set(words.titleVariants)
  const paragraphs: [number, string][] = [
    [TITLE_WEIGHT, words.titleVariants.join(' ')],
    [1, words.bodyVariants.filter((w) => !inTitle.has(w)).join(' ')],
    ...[...words.concepts].sort((a, b) => b.weight - a.weight).map((g): [number, string] => [g.weight, novel(g.words)]),
    [KEYWORD_WEIGHT, novel(t.keywords.map((k) => foldText(k, locale)))],
  ]
  const extra = paragraphs
    .filter(([, text]) => text)
    .map(([weight, text]) =>
      weight === 1 ? `<p>${escape(text)}</p>` : `<p data-pagefind-weight="${weight}">${escape(text)}</p>`,
    )
    .join('')

  const html = `<!doctype html><html lang="${pagefindLanguage(locale)}" dir="${localeInfo(locale).dir}"><head><title>${escape(t.title)}</title></head><body>
<main data-pagefind-body>
<h1>${escape(t.title)}</h1>
${t.summary ? `<p>${escape(t.summary)}</p>` : ''}
${t.html}
<div data-pagefind-ignore>
<span data-pagefind-meta="kind">${escape(ui(`kind.${article.kind}`))}</span>
<span data-pagefind-meta="date">${escape(dateLabel)}</span>
<span data-pagefind-meta="${SORT_META.effective}">${date}</span>
<span data-pagefind-filter="kind">${article.kind}</span>
<span data-pagefind-filter="country">${article.country}</span>
${article.topics.map((topic) => `<span data-pagefind-filter="topic">${topic}</span>`).join('')}
${article.effectiveDate ? `<span data-pagefind-sort="effective">${date}</span>` : ''}
</div>
<p>${INDEX_SEPARATOR.trim()}</p>
${extra}
</main></body></html>`
  return { url: urls.article(locale, article.slug), content: html }
}

/**
 * Every published article translation, as pages for the search index, one
 * at a time: Pagefind indexes each while the next is made.
 */
export function* searchRecords(content: SiteContent): Generator<SearchRecord> {
  for (const article of content.articles)
    for (const l of localeCodes) if (article.translations[l]) yield articleRecord(article, l, content)
}

/** The records of the article translations published in `locale`, one at a time. */
export function* languageRecords(content: SiteContent, locale: Locale): Generator<SearchRecord> {
  for (const article of content.articles)
    if (article.translations[locale]) yield articleRecord(article, locale, content)
}
