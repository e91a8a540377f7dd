import { createHash } from 'node:crypto'

import { VARIANT_BLOCK, type VariantAudience, type VariantBlockFields } from '../../content-models/blocks/variantFields'
import { SLUG_PATTERN } from '../../content-models/fields/slug'
import { plainTextProblem } from '../../content-models/rules/plainText'
import { type Purpose, purposes } from '../../content-models/rules/situation/types'
import { type Citizenship, citizenships } from '../../content-models/taxonomy'

/**
 * Variant blocks in Markdown bodies (docs/content-formats.md, "Variants"):
 *
 *     :::variant groups=eaeu purposes=work
 *     ## Если вы гражданин страны ЕАЭС
 *     Текст…
 *     :::
 *
 * A container of our own rather than Payload's JSX block syntax: it is read
 * here, line by line, before the Markdown converter sees anything, so every
 * mistake is reported with its line, and the text between containers is
 * converted exactly as before.
 */

/** Bumped when the syntax or the nodes written change: conversions remembered by older code are not reused. */
export const VARIANT_SYNTAX_VERSION = 1

/** What a label may hold at most, as an article title. */
export const VARIANT_LABEL_MAX = 160

export type BodyPart =
  | { kind: 'markdown'; markdown: string }
  | { kind: 'variant'; line: number; label: string; audience: VariantAudience; markdown: string }

/** A mistake in a body, with its line counted from 1 (in the file when `firstLine` was given). */
export interface VariantProblem {
  line: number
  message: string
}

const MARKER = /^ {0,3}:::(.*)$/
const FENCE = /^ {0,3}(`{3,}|~{3,})/
const HEADING = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/
const ATTRIBUTES = ['groups', 'citizenships', 'purposes'] as const

/** The attributes of an opening line (`groups=eaeu,patent-countries purposes=work`), checked. */
function readAudience(text: string, line: number, problems: VariantProblem[]): VariantAudience {
  const audience: VariantAudience = {}
  const at = (message: string) => problems.push({ line, message })
  for (const token of text.split(/[ \t]+/).filter(Boolean)) {
    const eq = token.indexOf('=')
    const name = eq < 0 ? token : token.slice(0, eq)
    if (!(ATTRIBUTES as readonly string[]).includes(name)) {
      at(`unknown variant attribute "${name}" (use ${ATTRIBUTES.map((a) => `${a}=…`).join(', ')})`)
      continue
    }
    const key = name as (typeof ATTRIBUTES)[number]
    if (audience[key]) {
      at(`"${key}" is given twice; list all values once, separated by commas`)
      continue
    }
    const values =
      eq < 0
        ? []
        : token
            .slice(eq + 1)
            .split(',')
            .filter(Boolean)
    if (!values.length) {
      at(`"${key}" needs a value, e.g. ${key}=${key === 'groups' ? 'eaeu' : key === 'citizenships' ? 'kg,kz' : 'work'}`)
      continue
    }
    if (new Set(values).size !== values.length) at(`"${key}" lists a value twice`)
    if (key === 'groups') {
      for (const v of values.filter((v) => !SLUG_PATTERN.test(v)))
        at(`"${v}" is not a citizenship group key (lowercase latin letters, digits and hyphens, e.g. eaeu)`)
      audience.groups = values
    } else if (key === 'citizenships') {
      for (const v of values.filter((v) => !(citizenships as readonly string[]).includes(v)))
        at(`unknown citizenship "${v}" (use ${citizenships.join(', ')})`)
      audience.citizenships = values as Citizenship[]
    } else {
      for (const v of values.filter((v) => !(purposes as readonly string[]).includes(v)))
        at(`unknown purpose "${v}" (use ${purposes.join(', ')})`)
      audience.purposes = values as Purpose[]
    }
  }
  if (!audience.groups && !audience.citizenships && !audience.purposes)
    at('a variant needs groups=…, citizenships=… or purposes=… to say who it is for')
  return audience
}

/**
 * Splits a body into plain Markdown and variant containers, with every
 * mistake found. `firstLine` is the file line the body starts on, so
 * problems name the line an author sees in their editor.
 */
export function splitVariants(markdown: string, firstLine = 1): { parts: BodyPart[]; problems: VariantProblem[] } {
  const lines = markdown.split(/\r?\n/)
  const parts: BodyPart[] = []
  const problems: VariantProblem[] = []
  let outside: string[] = []
  let open: { line: number; audience: VariantAudience; lines: string[] } | undefined
  let fence: string | undefined
  const flush = () => {
    if (outside.join('').trim()) parts.push({ kind: 'markdown', markdown: outside.join('\n') })
    outside = []
  }
  const close = () => {
    const variant = open!
    open = undefined
    const first = variant.lines.findIndex((l) => l.trim())
    const heading = first < 0 ? null : HEADING.exec(variant.lines[first])
    const label = heading?.[1].trim() ?? ''
    if (!label) {
      problems.push({
        line: variant.line,
        message: 'a variant must start with its label as a heading, e.g. "## Если вы гражданин страны ЕАЭС"',
      })
      return
    }
    const labelLine = variant.line + 1 + first
    const unsafe = plainTextProblem(label)
    if (unsafe) problems.push({ line: labelLine, message: `variant label: ${unsafe}` })
    if ([...label].length > VARIANT_LABEL_MAX)
      problems.push({ line: labelLine, message: `variant label is longer than ${VARIANT_LABEL_MAX} characters` })
    const content = variant.lines.slice(first + 1).join('\n')
    if (!content.trim()) problems.push({ line: variant.line, message: 'the variant has a label but no text' })
    parts.push({ kind: 'variant', line: variant.line, label, audience: variant.audience, markdown: content.trim() })
  }

  lines.forEach((text, index) => {
    const line = firstLine + index
    const target = open ? open.lines : outside
    if (fence) {
      if (text.trim().startsWith(fence)) fence = undefined
      target.push(text)
      return
    }
    const fenceMatch = FENCE.exec(text)
    if (fenceMatch) {
      fence = fenceMatch[1]
      target.push(text)
      return
    }
    const marker = MARKER.exec(text)
    if (!marker) {
      target.push(text)
      return
    }
    const rest = marker[1].trim()
    if (!rest) {
      if (open) close()
      else problems.push({ line, message: '":::" closes nothing: no ":::variant" is open' })
      return
    }
    const name = /^\S+/.exec(rest)![0]
    if (name !== VARIANT_BLOCK) {
      problems.push({ line, message: `unknown container ":::${name}" (only ":::variant" is known)` })
      target.push(text)
      return
    }
    if (open) {
      problems.push({
        line,
        message: `variants cannot be nested: close the variant opened on line ${open.line} with ":::" first`,
      })
      return
    }
    flush()
    open = { line, audience: readAudience(rest.slice(name.length), line, problems), lines: [] }
  })
  if (open) {
    problems.push({ line: open.line, message: 'the variant opened here is never closed: end it with a line ":::"' })
    open = undefined
  }
  flush()
  return { parts, problems }
}

/** Mistakes in the variants of a body, each with its line in the file; none for a body without any. */
export function variantProblems(markdown: string, firstLine = 1): VariantProblem[] {
  return markdown.includes(':::') ? splitVariants(markdown, firstLine).problems : []
}

/** Lexical JSON as Payload stores a rich-text value. */
interface LexicalValue {
  root: { children: unknown[]; [key: string]: unknown }
}

/** A stable id for a block: a re-import of the same text writes the same node. */
const blockId = (index: number, part: BodyPart) =>
  createHash('sha256')
    .update(JSON.stringify([index, part]))
    .digest('hex')
    .slice(0, 24)

/**
 * Markdown → Lexical JSON with variant blocks: the text between containers
 * and each variant's text go through `convert` (Payload's converter), and
 * each container becomes a `variant` block node. A body without containers
 * is converted as a whole, exactly as before variants existed. Mistakes throw:
 * the importer reports them with their lines before it converts anything.
 */
export function variantsToLexical(markdown: string, convert: (markdown: string) => unknown): unknown {
  if (!markdown.includes(':::')) return convert(markdown)
  const { parts, problems } = splitVariants(markdown)
  if (problems.length) throw new Error(`line ${problems[0].line}: ${problems[0].message}`)
  if (!parts.some((p) => p.kind === 'variant')) return convert(markdown)
  let root: LexicalValue['root'] | undefined
  const children: unknown[] = []
  parts.forEach((part, index) => {
    const converted = convert(part.markdown) as LexicalValue
    root ??= converted.root
    if (part.kind === 'markdown') {
      children.push(...converted.root.children)
      return
    }
    const fields: VariantBlockFields = {
      id: blockId(index, part),
      blockName: '',
      blockType: VARIANT_BLOCK,
      label: part.label,
      audience: {
        groups: part.audience.groups ?? [],
        citizenships: part.audience.citizenships ?? [],
        purposes: part.audience.purposes ?? [],
      },
      content: converted,
    }
    children.push({ type: 'block', version: 2, format: '', fields })
  })
  return { root: { ...root!, children } }
}
