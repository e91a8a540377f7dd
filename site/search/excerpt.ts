/**
 * Builds the excerpt shown under a search result from the article's original
 * text, highlighting words that match the query after the same normalisation
 * the index uses (so «хукук» highlights «ҳуқуқ»).
 */
import type { Locale } from '../../content-models/locales'
import { foldWord, normalizeQuery } from './normalize'

export interface Segment {
  text: string
  mark: boolean
}

const WORD = /[\p{L}\p{M}\p{N}\u02bb\u02bc\u2018\u2019'`]+/gu

/** The part of a query word that must begin a text word for it to be highlighted. */
function stem(word: string): string {
  return word.length <= 4 ? word : word.slice(0, Math.max(4, word.length - 2))
}

/**
 * About `size` words of `text` around the first match of `query`, split into
 * plain and highlighted segments; the start of the text when nothing matches
 * (a match through the glossary or keywords).
 */
export function excerpt(text: string, query: string, locale: Locale, size = 28): Segment[] {
  const stems = normalizeQuery(query, locale).split(' ').filter(Boolean).map(stem)
  const spans = [...text.matchAll(WORD)].map((m) => {
    const folded = foldWord(m[0], locale)
    return { start: m.index, end: m.index + m[0].length, mark: stems.some((s) => folded.startsWith(s)) }
  })
  if (spans.length === 0) return []
  const first = Math.max(
    0,
    spans.findIndex((s) => s.mark),
  )
  const from = Math.max(0, first - Math.floor(size / 3))
  const to = Math.min(spans.length, from + size)
  const segments: Segment[] = []
  if (from > 0) segments.push({ text: '… ', mark: false })
  let cursor = spans[from].start
  for (const span of spans.slice(from, to)) {
    if (span.start > cursor) segments.push({ text: text.slice(cursor, span.start), mark: false })
    segments.push({ text: text.slice(span.start, span.end), mark: span.mark })
    cursor = span.end
  }
  if (to < spans.length) segments.push({ text: ' …', mark: false })
  // Merge neighbours of the same kind so the markup stays small.
  return segments.reduce<Segment[]>((out, s) => {
    const last = out[out.length - 1]
    if (last && last.mark === s.mark) last.text += s.text
    else out.push({ ...s })
    return out
  }, [])
}
