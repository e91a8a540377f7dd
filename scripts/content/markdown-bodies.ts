import { createHash } from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'

import { convertMarkdownToLexical, type editorConfigFactory } from '@payloadcms/richtext-lexical'

import { splitVariants, VARIANT_SYNTAX_VERSION, variantsToLexical } from './variant-markdown'

type EditorConfig = Awaited<ReturnType<typeof editorConfigFactory.default>>

/** Where conversions are kept between imports; any of it may be deleted at any time. */
export const BODY_CACHE_DIR = path.resolve(process.cwd(), '.cache/import-bodies')

/** Markdown → the rich-text value (Lexical JSON) Payload stores. */
export type BodyConverter = (markdown: string) => unknown

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/**
 * Converts Markdown bodies for the importer, remembering each conversion on
 * disk: a no-change re-import compares every language's body, and converting
 * it again costs more than anything else the comparison does (about 2 ms a
 * body of 1,000 words, so 15 s for 7,000 translations).
 *
 * A remembered conversion is only reused by the same converter: the folder is
 * named after the richtext-lexical and lexical versions, the editor's
 * Markdown transformers and the variant syntax (their code included), so an
 * upgrade or another feature list starts afresh. Conversions differ only in
 * the random ids of some nodes (links), which the comparison ignores
 * (sameText) and which nothing else relies on. `dir: null`, or a folder that cannot be written,
 * converts every time.
 */
export function bodyConverter(editorConfig: EditorConfig, dir: string | null = BODY_CACHE_DIR): BodyConverter {
  // Variant containers (variant-markdown.ts) become blocks; the Markdown around and inside them is Payload's.
  const convert = (markdown: string) =>
    variantsToLexical(markdown, (part) => convertMarkdownToLexical({ editorConfig, markdown: part }))
  if (dir === null) return convert
  const folder = path.join(dir, converterFingerprint(editorConfig).slice(0, 16))
  try {
    fs.mkdirSync(folder, { recursive: true })
    // Conversions by other converters will not be used again.
    for (const old of fs.readdirSync(dir))
      if (old !== path.basename(folder)) fs.rmSync(path.join(dir, old), { recursive: true, force: true })
  } catch {
    return convert
  }
  return (markdown) => {
    const file = path.join(folder, `${sha256(markdown)}.json.gz`)
    try {
      return JSON.parse(gunzipSync(fs.readFileSync(file)).toString('utf8')) as unknown
    } catch {
      // Not remembered yet, or unreadable: convert, and remember for next time.
    }
    const body = convert(markdown)
    try {
      const temporary = `${file}.${process.pid}.tmp`
      fs.writeFileSync(temporary, gzipSync(JSON.stringify(body)))
      fs.renameSync(temporary, file)
    } catch {
      // A cache that cannot be written only costs time.
    }
    return body
  }
}

/** Names the converter: what a conversion depends on besides the Markdown. */
function converterFingerprint(editorConfig: EditorConfig): string {
  const require = createRequire(import.meta.url)
  const version = (name: string) => {
    for (let dir = path.dirname(require.resolve(name)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
      const file = path.join(dir, 'package.json')
      if (!fs.existsSync(file)) continue
      const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string }
      if (pkg.name === name) return pkg.version
    }
    throw new Error(`No package.json for ${name}`)
  }
  const describe = (value: unknown): unknown =>
    typeof value === 'function'
      ? String(value)
      : value instanceof RegExp
        ? String(value)
        : Array.isArray(value)
          ? value.map(describe)
          : value && typeof value === 'object'
            ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, describe(v)]))
            : value
  return sha256(
    JSON.stringify({
      packages: ['@payloadcms/richtext-lexical', 'lexical'].map((name) => [name, version(name)]),
      features: editorConfig.features.enabledFeatures,
      transformers: editorConfig.features.markdownTransformers.map(describe),
      variants: [VARIANT_SYNTAX_VERSION, String(splitVariants), String(variantsToLexical)],
    }),
  )
}
