/**
 * Characters plain-text fields may not hold, one rule for the admin's field
 * validation and the importer, so both refuse the same text.
 *
 * One-line text (titles, names, places) ends up as one line of a calendar
 * file, a feed title, an HTML attribute or a search result: a line break
 * there forges a new calendar entry (each ICS line is a record), and the
 * bidirectional embedding, override and isolate controls make a name display
 * as something other than what it says ("Trojan Source"). Multi-line text
 * (summaries, opening hours, the alert) keeps its line breaks but no other
 * control character: XML feeds cannot carry them at all.
 */

/**
 * Not in one-line text: every control character except tab (C0 with CR and
 * LF, DEL, C1 with NEL), the Unicode line and paragraph separators, and the
 * bidi controls U+202A–U+202E and U+2066–U+2069. The direction marks U+200E,
 * U+200F and U+061C stay allowed: Arabic text mixed with Latin needs them.
 */
const ONE_LINE_FORBIDDEN = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/

/** Not in multi-line text: control characters other than tab, line feed and carriage return (the ones XML 1.0 forbids) and DEL. */
const MULTI_LINE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/

const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/

/** What is wrong with a text: its first forbidden character, by kind, code point and place. */
export interface PlainTextProblem {
  kind: 'line break' | 'bidi control' | 'control character'
  /** The character's code point, as U+XXXX. */
  code: string
  /** Its position in the text, from 1. */
  position: number
  /** In multi-line text, the line it is on, from 1. */
  line?: number
}

/** The first forbidden character in `text`, or undefined when it is fine. */
export function findPlainTextProblem(text: string, { multiLine = false } = {}): PlainTextProblem | undefined {
  const match = (multiLine ? MULTI_LINE_FORBIDDEN : ONE_LINE_FORBIDDEN).exec(text)
  if (!match) return undefined
  const char = match[0]
  return {
    kind: LINE_BREAK.test(char) ? 'line break' : BIDI_CONTROL.test(char) ? 'bidi control' : 'control character',
    code: `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
    position: match.index + 1,
    ...(multiLine && { line: text.slice(0, match.index).split('\n').length }),
  }
}

/**
 * Why `text` is not acceptable plain text, naming its first forbidden
 * character by code point and position, in English (the importer's message;
 * the admin says it in the editor's language, fields/plainTextRules.ts);
 * undefined when it is fine.
 */
export function plainTextProblem(text: string, { multiLine = false } = {}): string | undefined {
  const problem = findPlainTextProblem(text, { multiLine })
  if (!problem) return undefined
  const what =
    problem.kind === 'line break'
      ? 'a line break'
      : problem.kind === 'bidi control'
        ? 'a bidirectional text control'
        : 'a control character'
  const line = problem.line !== undefined ? ` (line ${problem.line})` : ''
  const fix = problem.kind === 'line break' ? '; this field must be a single line' : '; remove it'
  return `contains ${what} (${problem.code}) at character ${problem.position}${line}${fix}`
}
