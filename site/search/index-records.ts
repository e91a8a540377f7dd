import { htmlLang, type Locale, localeCodes, localeInfo } from '../../content-models/locales'
import type { SiteArticle, SiteContent } from '../data/types'
import { useTranslations } from '../i18n'
import { formatDate } from '../utils/format'
import { lawChangeState } from '../utils/law-change'
import { urls } from '../utils/urls'
import { glossaryExpansions } from './glossary'
import { foldText } from './normalize'
import { INDEX_SEPARATOR } from './record'
import { countOccurrences, foldedVariants, glossaryWeight, KEYWORD_WEIGHT, TITLE_WEIGHT } from './weights'

/** A page for Pagefind's `index.addHTMLFile`. */
export interface SearchRecord {
  url: string
  content: string
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * The page Pagefind indexes for one article translation: the article as
 * written (title as <h1>, so Pagefind weighs it as on the site), then, after a
 * separator, every extra form it must be found by — folded spellings (title
 * ones weighted like the title), the glossary equivalents of the concepts it
 * uses (weighted by how much it uses them) and the editors' keywords. All are
 * folded exactly as queries are (site/search/normalize.ts).
 */
export function articleRecord(article: SiteArticle, locale: Locale, content: SiteContent): SearchRecord {
  const t = article.translations[locale]!
  const ui = useTranslations(locale)
  const body = [t.summary, t.text].filter(Boolean).join('\n\n')
  const foldedAll = foldText(`${t.title} ${body}`, locale)
  const foldedTitle = foldText(t.title, locale)

  const glossary = glossaryExpansions(foldedAll, content.glossary, locale, article.country).map(
    ({ key, words: terms }) => {
      const uses = terms.reduce((n, term) => n + countOccurrences(foldedAll, term), 0)
      const inTitle = terms.some((term) => foldedTitle.includes(term))
      return { key, terms, weight: glossaryWeight(uses, inTitle) }
    },
  )
  // Labels are made here, where Node has every language's date formats
  // (browsers often lack Tajik, Kyrgyz or Uzbek ones).
  const date = article.effectiveDate ?? t.updatedAt.slice(0, 10)
  const lawState = lawChangeState(article, new Date(content.generatedAt))
  const dateLabel = lawState
    ? ui(lawState.key, { date: formatDate(lawState.date, locale) })
    : ui('article.updated', { date: formatDate(t.updatedAt, locale) })

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
  const titleVariants = foldedVariants(t.title, locale)
  const paragraphs: [number, string][] = [
    [TITLE_WEIGHT, titleVariants.join(' ')],
    [
      1,
      foldedVariants(body, locale)
        .filter((w) => !titleVariants.includes(w))
        .join(' '),
    ],
    ...[...glossary].sort((a, b) => b.weight - a.weight).map((g): [number, string] => [g.weight, novel(g.terms)]),
    [KEYWORD_WEIGHT, novel(t.keywords.map((k) => foldText(k, locale)))],
  ]
  const extra = paragraphs
    .filter(([, text]) => text)
    .map(([weight, text]) =>
      weight === 1 ? `<p>${escape(text)}</p>` : `<p data-pagefind-weight="${weight}">${escape(text)}</p>`,
    )
    .join('')

  const html = `<!doctype html><html lang="${htmlLang[locale].toLowerCase()}" dir="${localeInfo(locale).dir}"><head><title>${escape(t.title)}</title></head><body>
<main data-pagefind-body>
<h1>${escape(t.title)}</h1>
${t.summary ? `<p>${escape(t.summary)}</p>` : ''}
${t.html}
<div data-pagefind-ignore>
<span data-pagefind-meta="kind">${escape(ui(`kind.${article.kind}`))}</span>
<span data-pagefind-meta="date">${escape(dateLabel)}</span>
<span data-pagefind-meta="datetime">${date}</span>
<span data-pagefind-filter="kind">${article.kind}</span>
<span data-pagefind-filter="country">${article.country}</span>
${article.topics.map((topic) => `<span data-pagefind-filter="topic">${topic}</span>`).join('')}
${article.effectiveDate ? `<span data-pagefind-sort="effective">${article.effectiveDate}</span>` : ''}
</div>
<p>${INDEX_SEPARATOR.trim()}</p>
${extra}
</main></body></html>`
  return { url: urls.article(locale, article.slug), content: html }
}

/** Every published article translation, as pages for the search index. */
export function searchRecords(content: SiteContent): SearchRecord[] {
  return content.articles.flatMap((article) =>
    localeCodes.filter((l) => article.translations[l]).map((l) => articleRecord(article, l, content)),
  )
}
