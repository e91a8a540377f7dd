import { describe, expect, it } from 'vitest'

import { plainTextProblem } from '../../../content-models/rules/plainText'

describe('plainTextProblem', () => {
  it('accepts ordinary text in every script, tabs, and the direction marks Arabic needs', () => {
    for (const text of [
      'Патент для мигрантов',
      'Oʻzbekiston',
      'حقوق العمال \u200Fpatent\u200E',
      'Mon–Fri\t9:00–18:00',
      '',
    ]) {
      expect(plainTextProblem(text), text).toBeUndefined()
    }
  })

  it('refuses every kind of line break in one-line text, naming it', () => {
    for (const [char, code] of [
      ['\n', 'U+000A'],
      ['\r', 'U+000D'],
      ['\u0085', 'U+0085'],
      ['\u2028', 'U+2028'],
      ['\u2029', 'U+2029'],
    ]) {
      expect(plainTextProblem(`Встреча${char}BEGIN:VEVENT`)).toBe(
        `contains a line break (${code}) at character 8; this field must be a single line`,
      )
    }
  })

  it('refuses control and bidi override or isolate characters in one-line text', () => {
    for (const char of ['\u0000', '\u0007', '\u000B', '\u001B', '\u007F', '\u009B'])
      expect(plainTextProblem(`a${char}`)).toMatch(/control character/)
    for (const char of ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']) {
      expect(plainTextProblem(`a${char}b`)).toMatch(/bidirectional text control/)
    }
  })

  it('keeps line breaks and tabs in multi-line text but not other control characters, telling the line', () => {
    expect(plainTextProblem('Пн–Пт 9:00–18:00\r\nСб\t10:00–14:00', { multiLine: true })).toBeUndefined()
    expect(plainTextProblem('\u2067Perm\u2069\n\u2028', { multiLine: true })).toBeUndefined()
    expect(plainTextProblem('one\ntwo\u0007', { multiLine: true })).toBe(
      'contains a control character (U+0007) at character 8 (line 2); remove it',
    )
  })
})
