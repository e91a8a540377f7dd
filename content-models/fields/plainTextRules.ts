import type { Field, TextareaFieldValidation, TextFieldValidation } from 'payload'
import { text, textarea } from 'payload/shared'

import { type AdminText, say } from '../i18n/adminText'
import { findPlainTextProblem, type PlainTextProblem } from '../rules/plainText'

type Validate = (value: unknown, options: unknown) => string | true | Promise<string | true>
type Options = { req?: { i18n?: { language?: string } } } | undefined

/** What the admin says of each kind of problem; `{line}` is `IN_LINE` or nothing. */
const PROBLEM: Record<PlainTextProblem['kind'], AdminText> = {
  'line break': {
    ru: 'В тексте перенос строки ({code}) в позиции {position}{line}. Это поле — одна строка: уберите перенос.',
    en: 'This text contains a line break ({code}) at character {position}{line}; this field must be a single line.',
    bg: 'Текстът съдържа нов ред ({code}) на позиция {position}{line}. Това поле е на един ред — премахнете новия ред.',
    ar: 'يحتوي النص على فاصل أسطر ({code}) في الموضع {position}{line}. هذا الحقل سطر واحد، فاحذف الفاصل.',
  },
  'bidi control': {
    ru: 'В тексте управляющий символ направления письма ({code}) в позиции {position}{line}. Удалите его.',
    en: 'This text contains a bidirectional text control ({code}) at character {position}{line}; remove it.',
    bg: 'Текстът съдържа управляващ знак за посоката на писане ({code}) на позиция {position}{line}. Премахнете го.',
    ar: 'يحتوي النص على محرف تحكم في اتجاه الكتابة ({code}) في الموضع {position}{line}. احذفه.',
  },
  'control character': {
    ru: 'В тексте управляющий символ ({code}) в позиции {position}{line}. Удалите его.',
    en: 'This text contains a control character ({code}) at character {position}{line}; remove it.',
    bg: 'Текстът съдържа управляващ знак ({code}) на позиция {position}{line}. Премахнете го.',
    ar: 'يحتوي النص على محرف تحكم ({code}) في الموضع {position}{line}. احذفه.',
  },
}
const IN_LINE: AdminText = { ru: ' (строка {line})', en: ' (line {line})', bg: ' (ред {line})', ar: ' (السطر {line})' }

/** The first problem among a field's values (a text field may hold several), in the editor's admin language. */
function problemIn(value: unknown, multiLine: boolean, options: Options): string | undefined {
  const req = options?.req
  for (const v of Array.isArray(value) ? value : [value]) {
    const problem = typeof v === 'string' ? findPlainTextProblem(v, { multiLine }) : undefined
    if (!problem) continue
    const line = problem.line !== undefined ? say(req, IN_LINE, { line: problem.line }) : ''
    return say(req, PROBLEM[problem.kind], { code: problem.code, position: problem.position, line })
  }
  return undefined
}

/**
 * Gives every text field the importer's plain-text rule (rules/plainText.ts):
 * one-line fields refuse line breaks, control and bidi-override characters,
 * text areas refuse control characters. It runs before the field's own
 * validation, which (or Payload's default for its type) still applies.
 */
export function withPlainTextRules(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'text' || field.type === 'textarea') {
      const multiLine = field.type === 'textarea'
      const own = (field.validate ?? (multiLine ? textarea : text)) as Validate
      const validate: Validate = (value, options) =>
        problemIn(value, multiLine, options as Options) ?? own(value, options)
      return { ...field, validate: validate as TextFieldValidation & TextareaFieldValidation } as Field
    }
    if (field.type === 'tabs')
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withPlainTextRules(tab.fields) })) }
    if ('fields' in field && Array.isArray(field.fields))
      return { ...field, fields: withPlainTextRules(field.fields) } as Field
    return field
  })
}
