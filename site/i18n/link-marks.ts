/**
 * A UI string may mark the words that lead somewhere with square brackets:
 * "for your own case, [call a help centre]." The page makes them a link
 * (components/LinkedText.astro); text without links (feeds, the offline
 * file's plain copy) drops the brackets. Every language marks the same number
 * of links as English (checked with the string tables, i18n/index.ts).
 */
const MARK = /\[([^\]]+)\]/

export interface LinkedParts {
  before: string
  link?: string
  after: string
}

/** The text before, inside and after the first marked link. */
export function linkParts(text: string): LinkedParts {
  const m = MARK.exec(text)
  if (!m) return { before: text, after: '' }
  return { before: text.slice(0, m.index), link: m[1], after: text.slice(m.index + m[0].length) }
}

/** The string as plain text, brackets removed. */
export function withoutLinkMarks(text: string): string {
  return text.replace(new RegExp(MARK.source, 'g'), '$1')
}

/** How many links a string marks (every language must mark as many as English). */
export function linkMarkCount(text: string): number {
  return text.match(new RegExp(MARK.source, 'g'))?.length ?? 0
}
