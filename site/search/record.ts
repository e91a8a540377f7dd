/**
 * How an article translation is laid out in the search index: the original
 * text (shown in excerpts), a separator, then the extra words it should be
 * found by — folded spellings, glossary equivalents and editors' keywords.
 */
export const INDEX_SEPARATOR = '\n¶¶\n'

/**
 * The original text of an indexed record, without the title it starts with
 * (shown separately) and without the extra search words after the separator.
 */
export function originalText(content: string, title = ''): string {
  const at = content.indexOf(INDEX_SEPARATOR.trim())
  const text = (at === -1 ? content : content.slice(0, at)).trim()
  return title && text.startsWith(title) ? text.slice(title.length).trim() : text
}
