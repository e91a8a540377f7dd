/**
 * How an article translation is laid out in the search index: the original
 * text (shown in excerpts), a separator, then the extra words it should be
 * found by — folded spellings, glossary equivalents and editors' keywords.
 */
export const INDEX_SEPARATOR = '\n¶¶\n'

/**
 * Each sort the records carry, and the meta field that holds the same value
 * (shown with the result): site/integrations/search-delta.ts reads it there
 * to place the index of changes' pages among the language's own.
 */
export const SORT_META = { effective: 'datetime' } as const

/**
 * The original text of an indexed record, without the title it starts with
 * (shown separately) and without the extra search words after the separator.
 */
export function originalText(content: string, title = ''): string {
  const at = content.indexOf(INDEX_SEPARATOR.trim())
  const text = (at === -1 ? content : content.slice(0, at)).trim()
  return title && text.startsWith(title) ? text.slice(title.length).trim() : text
}
