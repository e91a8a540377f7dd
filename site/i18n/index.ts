import { z } from 'astro/zod'

import { type Locale, localeCodes } from '../../content-models/locales'
import { fill, PLACEHOLDER } from './fill'
import { linkMarkCount } from './link-marks'
import ar from './ui/ar.json'
import bg from './ui/bg.json'
import en from './ui/en.json'
import ky from './ui/ky.json'
import ru from './ui/ru.json'
import tg from './ui/tg.json'
import uz from './ui/uz.json'

/** English is the reference: its keys are the full set every language must have. */
export type UIKey = keyof typeof en

const files: Record<Locale, unknown> = { ar, bg, en, ky, ru, tg, uz }

function placeholders(text: string): string {
  return [...text.matchAll(PLACEHOLDER)]
    .map((m) => m[1])
    .sort()
    .join(',')
}

/**
 * Every language file must have exactly the English keys, each a non-empty
 * string with the same {placeholders}; anything else fails the build with the
 * language and key at fault.
 */
const schema = z
  .object(Object.fromEntries(Object.keys(en).map((key) => [key, z.string().trim().min(1)])))
  .strict()
  .superRefine((strings, ctx) => {
    for (const [key, text] of Object.entries(strings)) {
      const expected = placeholders(en[key as UIKey])
      if (placeholders(text as string) !== expected) {
        ctx.addIssue({ code: 'custom', path: [key], message: `must use the placeholders {${expected}}` })
      }
      const links = linkMarkCount(en[key as UIKey])
      if (linkMarkCount(text as string) !== links) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `must mark ${links} link(s) with [square brackets], as English does`,
        })
      }
    }
  })

/** A language's string table, checked against English; throws naming the file and each key at fault. */
export function parseUiStrings(locale: Locale, data: unknown): Record<UIKey, string> {
  const result = schema.safeParse(data)
  if (!result.success) {
    const issues = result.error.issues.map((i) => `  - ${i.path.join('.') || '(file)'}: ${i.message}`)
    throw new Error(`site/i18n/ui/${locale}.json is invalid:\n${issues.join('\n')}`)
  }
  return result.data as Record<UIKey, string>
}

const strings = Object.fromEntries(localeCodes.map((l) => [l, parseUiStrings(l, files[l])])) as Record<
  Locale,
  Record<UIKey, string>
>

export type Translate = (key: UIKey, vars?: Record<string, string | number>) => string

/** The UI strings of one language, with {placeholder} substitution. */
export function useTranslations(locale: Locale): Translate {
  const table = strings[locale]
  return (key, vars) => fill(table[key], vars)
}

/** All strings of one language; for islands that need a subset as props. */
export function uiStrings(locale: Locale): Record<UIKey, string> {
  return strings[locale]
}
