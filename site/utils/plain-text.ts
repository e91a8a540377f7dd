/**
 * Editors' plain text on its way into line- or markup-based formats (.ics,
 * Atom). Those formats give control characters and line breaks a meaning of
 * their own: an iCalendar line break starts a new property, and XML 1.0 has no
 * way at all to write most C0 controls, so one stray character makes a whole
 * feed unreadable.
 */

// Unicode's mandatory line breaks (UAX #14: BK, CR, LF, NL): some parsers and
// apps split lines on more than CR and LF, so all of them count as one here.
const LINE_BREAK = /\r\n|[\n\r\u000B\u000C\u0085\u2028\u2029]/g

// What no plain-text format here can carry: C0 controls other than TAB and the
// line breaks above, DEL, C1 controls, the non-characters U+FFFE/U+FFFF (not
// allowed in XML 1.0) and surrogate halves without their other half.
const CONTROL =
  /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * `text` without control characters, and with every kind of line break
 * (CRLF, CR, VT, FF, NEL, U+2028, U+2029) written as `\n`. The result holds
 * only characters XML 1.0 allows, and `\n` as its only line break.
 */
export function stripControlChars(text: string): string {
  return text.replace(LINE_BREAK, '\n').replace(CONTROL, '')
}

/**
 * `text` for a value that must stay on one line (a title, a place, an
 * identifier): control characters removed as by {@link stripControlChars},
 * each run of line breaks with the blanks around it folded to one space, and
 * the ends trimmed.
 */
export function singleLine(text: string): string {
  return stripControlChars(text)
    .replace(/[ \t]*\n[\n \t]*/g, ' ')
    .trim()
}
