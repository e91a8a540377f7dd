import type { Field, TextareaFieldValidation, TextFieldValidation } from 'payload'
import { text, textarea } from 'payload/shared'

import { plainTextProblem } from '../rules/plainText'

type Validate = (value: unknown, options: unknown) => string | true | Promise<string | true>

/** The first problem among a field's values (a text field may hold several). */
function problemIn(value: unknown, multiLine: boolean): string | undefined {
  for (const v of Array.isArray(value) ? value : [value]) {
    const problem = typeof v === 'string' ? plainTextProblem(v, { multiLine }) : undefined
    if (problem) return `This text ${problem}.`
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
      const validate: Validate = (value, options) => problemIn(value, multiLine) ?? own(value, options)
      return { ...field, validate: validate as TextFieldValidation & TextareaFieldValidation } as Field
    }
    if (field.type === 'tabs')
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withPlainTextRules(tab.fields) })) }
    if ('fields' in field && Array.isArray(field.fields))
      return { ...field, fields: withPlainTextRules(field.fields) } as Field
    return field
  })
}
