/**
 * Names in another script inside right-to-left text (a Bulgarian agency in an
 * Arabic article, «Държавна агенция за бежанците», an abbreviation «(ЕГН)»):
 * each run of left-to-right words, with the parentheses around it, becomes a
 * bidi isolate (`<bdi>`), so the browser lays it out as one unit and its
 * parentheses stay where the author put them.
 */

const LETTER = String.raw`A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF`
// A word in a left-to-right script (Latin, Cyrillic, Greek), with digits, apostrophes and hyphens inside;
// an address (help.unhcr.org/bulgaria, name@example.org) is one word.
const WORD = String.raw`[${LETTER}](?:[${LETTER}0-9'’‑_-]|[.@/:](?=[${LETTER}0-9]))*`
// Words separated by spaces; a parenthesised run keeps its parentheses.
const RUN = new RegExp(String.raw`\(\s*${WORD}(?:[\s,.]+${WORD})*\s*\)|${WORD}(?:\s+${WORD})*`, 'g')

/** A piece of text and whether it is a left-to-right run to isolate. */
export interface TextPart {
  text: string
  isolate: boolean
}

/** `text` split into plain parts and left-to-right runs (see above). */
export function ltrRuns(text: string): TextPart[] {
  const parts: TextPart[] = []
  let at = 0
  for (const m of text.matchAll(RUN)) {
    if (m.index > at) parts.push({ text: text.slice(at, m.index), isolate: false })
    parts.push({ text: m[0], isolate: true })
    at = m.index + m[0].length
  }
  if (at < text.length) parts.push({ text: text.slice(at), isolate: false })
  return parts
}

/**
 * HTML with every left-to-right run of its text wrapped in `<bdi>`. Only text
 * between tags is touched, and character references (`&amp;`) are left whole.
 */
export function isolateLtrRuns(html: string): string {
  return html.replace(/>([^<]+)</g, (_, text: string) => {
    const pieces = text.split(/(&#?\w+;)/)
    const out = pieces
      .map((piece, i) =>
        i % 2 === 1
          ? piece
          : ltrRuns(piece)
              .map((p) => (p.isolate ? `<bdi>${p.text}</bdi>` : p.text))
              .join(''),
      )
      .join('')
    return `>${out}<`
  })
}
