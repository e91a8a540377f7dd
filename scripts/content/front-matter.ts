import { parseDocument } from 'yaml'

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/

/** Splits a Markdown file into its YAML front matter (parsed) and body. */
export function splitFrontMatter(source: string): { data: unknown; body: string } {
  const match = FRONT_MATTER.exec(source)
  if (!match) throw new Error('the file does not start with a YAML front matter block (---)')
  const doc = parseDocument(match[1], { prettyErrors: true, uniqueKeys: true })
  if (doc.errors.length > 0) {
    throw new Error(`invalid YAML front matter: ${doc.errors[0].message.split('\n')[0]}`)
  }
  return { data: doc.toJS(), body: source.slice(match[0].length) }
}
