/**
 * The few HTML-writing helpers the offline files need. They are written as
 * strings, not by Astro, because they are made before Astro runs (the Offline
 * page names their sizes) and must hold everything inline.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** `text` safe as element content and as a quoted attribute value. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c])
}

/** The entities `esc` and the snapshot's HTML writer produce, decoded (for reading an attribute value back). */
export function unescapeAttr(value: string): string {
  return value
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&(quot|lt|gt|apos);/g, (_, name: string) => ({ quot: '"', lt: '<', gt: '>', apos: "'" })[name]!)
    .replace(/&amp;/g, '&')
}

/**
 * `value` as JSON inside a `<script>` element: every `<` is written as
 * `\u003c`, so no text in it can close the element or open a comment.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c')
}

/**
 * Bundled JavaScript inside a `<script>` element: a `</script` or `<!--` in a
 * string or regular expression must not end it, so its `<` is written `\x3c`,
 * which means the same in both.
 */
export function scriptCode(code: string): string {
  return code.replace(/<(?=\/script|!--)/gi, '\\x3c')
}

/**
 * `html` with a line break after each block element's end tag, so text read
 * back from the page (the search index, excerpts) keeps the break between
 * blocks that `textContent` would otherwise glue into one word.
 */
export function breakBlocks(html: string): string {
  return html.replace(/<\/(?:p|li|dt|dd|ul|ol|dl|h[1-6]|div|section|details|summary|blockquote)>(?!\n)/gi, '$&\n')
}
