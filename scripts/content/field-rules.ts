import { PHONE_PATTERN } from '../../content-models/fields/common'
import { SLUG_PATTERN } from '../../content-models/fields/slug'
import { isRealDate } from '../../content-models/rules/calendarDate'
import { plainTextProblem } from '../../content-models/rules/plainText'

/** The collections a slug in the files can name. */
export type RefTarget =
  'topics' | 'regions' | 'articles' | 'events' | 'help-centres' | 'situation-steps' | 'citizenship-groups'

/**
 * How one front-matter field is read. `coerce` returns the value to store or a
 * problem message; every rule says in its message what a valid value looks like.
 */
export interface FieldRule {
  /** Stored once per document: every language file must agree. */
  shared?: boolean
  required?: boolean
  /** Text that may span lines (a summary, opening hours); every other string must be one line (content-models/rules/plainText.ts). */
  multiLine?: boolean
  /** The collection a slug names; it must exist, in the import or the database, before the document is written. */
  refersTo?: RefTarget
  coerce: (value: unknown) => { value: unknown } | { problem: string }
}

const ok = (value: unknown) => ({ value })
const bad = (problem: string) => ({ problem })

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/
/** A day, or a date and time with seconds optional and its UTC offset required: without one, the server's own time zone would decide. */
const ISO_INSTANT =
  /^(\d{4}-\d{2}-\d{2})(?:T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,3})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d))?$/

/**
 * The instant an ISO day (00:00 UTC) or date-time with offset names; undefined
 * for anything else, impossible days included, where `new Date()` would guess
 * ("Feb 1" is 2001-02-01) or roll over (2027-02-30 is 2 March).
 */
export function isoInstant(value: string): Date | undefined {
  const match = ISO_INSTANT.exec(value)
  return match && isRealDate(match[1]) ? new Date(value) : undefined
}

/** The first problem with the text in a front-matter value, lists and maps included (plainTextProblem). */
export function unsafeText(value: unknown, multiLine = false): string | undefined {
  if (typeof value === 'string') return plainTextProblem(value.trim(), { multiLine })
  if (value && typeof value === 'object') {
    for (const item of Object.values(value)) {
      const problem = unsafeText(item, multiLine)
      if (problem) return problem
    }
  }
  return undefined
}

/** YAML may hand back a Date for unquoted timestamps; accept both. */
function dateString(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10)
  if (typeof value === 'string') return value.trim()
  return undefined
}

/**
 * Text of at most `max` characters. The limit is required, and taken from the
 * collection config (maxLengthOf), so a too-long value is reported here with
 * its file and field rather than by Payload halfway through the import.
 */
export const text = (opts: { required?: boolean; max: number; shared?: boolean; multiLine?: boolean }): FieldRule => ({
  ...opts,
  coerce: (v) => {
    if (typeof v !== 'string' && typeof v !== 'number') return bad('must be text')
    const s = String(v).trim()
    if (s.length > opts.max) return bad(`is ${s.length} characters long; the limit is ${opts.max}`)
    return ok(s)
  },
})

export const date = (opts: { required?: boolean } = {}): FieldRule => ({
  shared: true,
  ...opts,
  coerce: (v) => {
    const s = dateString(v)
    return s && isRealDate(s) ? ok(s) : bad(`"${String(v)}" is not a valid date (use YYYY-MM-DD)`)
  },
})

/** A local date and time (the time zone comes from another field). */
export const localDateTime = (opts: { required?: boolean } = {}): FieldRule => ({
  shared: true,
  ...opts,
  coerce: (v) => {
    const s = v instanceof Date ? v.toISOString().slice(0, 16) : typeof v === 'string' ? v.trim() : ''
    return LOCAL_DATE_TIME.test(s) &&
      isRealDate(s.slice(0, 10)) &&
      Number(s.slice(11, 13)) < 24 &&
      Number(s.slice(14)) < 60
      ? ok(s)
      : bad(`"${String(v)}" is not a date and time (use YYYY-MM-DDTHH:MM, local time, in quotes)`)
  },
})

export const bool = (opts: { shared?: boolean } = {}): FieldRule => ({
  ...opts,
  coerce: (v) => (typeof v === 'boolean' ? ok(v) : bad('must be true or false')),
})

export const oneOf = (
  options: readonly string[],
  opts: { required?: boolean; shared?: boolean } = { shared: true },
): FieldRule => ({
  shared: true,
  ...opts,
  coerce: (v) =>
    typeof v === 'string' && options.includes(v)
      ? ok(v)
      : bad(`unknown value "${String(v)}" (use one of ${options.join(', ')})`),
})

export const manyOf = (options: readonly string[]): FieldRule => ({
  shared: true,
  coerce: (v) => {
    if (!Array.isArray(v)) return bad(`must be a list, e.g. [${options.slice(0, 2).join(', ')}]`)
    const unknown = v.filter((x) => typeof x !== 'string' || !options.includes(x))
    return unknown.length
      ? bad(
          `unknown value${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${String(u)}"`).join(', ')} (use any of ${options.join(', ')})`,
        )
      : ok([...new Set(v as string[])])
  },
})

/** A slug naming another document (a region, a help centre…) of collection `refersTo`, resolved when writing. */
export const slugRef = (opts: { required?: boolean; refersTo: RefTarget }): FieldRule => ({
  shared: true,
  ...opts,
  coerce: (v) => (typeof v === 'string' && SLUG_PATTERN.test(v) ? ok(v) : bad(`"${String(v)}" is not a slug`)),
})

export const slugRefs = (example: string, opts: { refersTo?: RefTarget } = {}): FieldRule => ({
  shared: true,
  ...opts,
  coerce: (v) =>
    Array.isArray(v) && v.every((t) => typeof t === 'string' && SLUG_PATTERN.test(t))
      ? ok([...new Set(v as string[])].sort())
      : bad(`must be a list of slugs, e.g. [${example}]`),
})

export const url = (opts: { shared?: boolean } = { shared: true }): FieldRule => ({
  shared: true,
  ...opts,
  coerce: (v) => {
    try {
      const u = new URL(String(v))
      if (u.protocol === 'https:' || u.protocol === 'http:') return ok(String(v))
    } catch {
      // reported below
    }
    return bad(`"${String(v)}" is not a web address (use https://…)`)
  },
})

const phoneProblem = (v: unknown) =>
  `"${String(v)}" is not a phone number in international format (e.g. +7 342 200-00-00)`

export const phone = (): FieldRule => ({
  shared: true,
  coerce: (v) => (typeof v === 'string' && PHONE_PATTERN.test(v.trim()) ? ok(v.trim()) : bad(phoneProblem(v))),
})

export const phones = (): FieldRule => ({
  shared: true,
  coerce: (v) => {
    if (!Array.isArray(v)) return bad('must be a list of phone numbers, e.g. ["+7 342 200-00-00"]')
    const wrong = v.find((p) => typeof p !== 'string' || !PHONE_PATTERN.test(p.trim()))
    return wrong === undefined ? ok(v.map((p: string) => p.trim())) : bad(phoneProblem(wrong))
  },
})

export const pattern = (re: RegExp, hint: string): FieldRule => ({
  shared: true,
  coerce: (v) => (typeof v === 'string' && re.test(v.trim()) ? ok(v.trim()) : bad(`"${String(v)}" ${hint}`)),
})

export const words = (example: string): FieldRule => ({
  coerce: (v) =>
    Array.isArray(v) && v.every((k) => typeof k === 'string' && k.trim())
      ? ok((v as string[]).map((k) => k.trim()))
      : bad(`must be a list of words, e.g. [${example}]`),
})

/** Public change notes: `[{ date: 2027-03-12, note: "…" }]`, newest first. */
export const changeNotes = (): FieldRule => ({
  coerce: (v) => {
    if (!Array.isArray(v)) return bad('must be a list like - { date: 2027-03-12, note: "The fee changed." }')
    const notes: { date: string; note: string }[] = []
    for (const item of v) {
      const d = item && typeof item === 'object' ? dateString((item as Record<string, unknown>).date) : undefined
      const note = item && typeof item === 'object' ? (item as Record<string, unknown>).note : undefined
      if (!d || !isRealDate(d)) return bad(`an entry has date "${String(d)}"; use YYYY-MM-DD`)
      if (typeof note !== 'string' || !note.trim()) return bad(`the entry of ${d} needs a note`)
      notes.push({ date: d, note: note.trim() })
    }
    return ok(notes.sort((a, b) => b.date.localeCompare(a.date)))
  },
})

/** A whole number from `min` to `max` (a period's length, a position). */
export const integer = ({ required, min, max }: { required?: boolean; min: number; max: number }): FieldRule => ({
  // The bounds stay in the check: a rule's own `max` means a text limit (field-limits.test.ts).
  shared: true,
  required,
  coerce: (v) =>
    typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max
      ? ok(v)
      : bad(`"${String(v)}" is not a whole number from ${min} to ${max}`),
})
