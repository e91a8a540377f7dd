import path from 'node:path'

import { parse as parseYaml } from 'yaml'

import { isLocale, type Locale } from '../../content-models/locales'
import { unsafeText } from './field-rules'
import type { Problem } from './problems'
import { readImportFile } from './read-file'

/** Reads an optional YAML map file of the import directory; undefined when absent. */
export async function readYamlMap(
  dir: string,
  file: string,
  shape: string,
  problems: Problem[],
): Promise<Record<string, unknown> | undefined> {
  const read = await readImportFile(path.join(dir, file))
  if (!read) return undefined
  if ('problem' in read) {
    problems.push({ file, message: read.problem })
    return undefined
  }
  let data: unknown
  try {
    data = parseYaml(read.text, { uniqueKeys: true })
  } catch (error) {
    problems.push({ file, message: `invalid YAML: ${(error as Error).message.split('\n')[0]}` })
    return undefined
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ file, message: `must be a map of ${shape}` })
    return undefined
  }
  return data as Record<string, unknown>
}

/** A YAML map of locale → text, trimmed; each bad entry is a problem naming `field` and its locale. One line unless `multiLine`. */
export function localeTexts(
  file: string,
  field: string,
  value: Record<string, unknown>,
  problems: Problem[],
  { notText, max, multiLine = false }: { notText: string; max?: number; multiLine?: boolean },
): Partial<Record<Locale, string>> {
  const texts: Partial<Record<Locale, string>> = {}
  for (const [locale, text] of Object.entries(value)) {
    const unsafe = unsafeText(text, multiLine)
    if (!isLocale(locale)) problems.push({ file, locale, field, message: `unknown locale "${locale}"` })
    else if (typeof text !== 'string' || !text.trim()) problems.push({ file, locale, field, message: notText })
    else if (max && text.length > max)
      problems.push({ file, locale, field, message: `is ${text.length} characters long; the limit is ${max}` })
    else if (unsafe) problems.push({ file, locale, field, message: unsafe })
    else texts[locale] = text.trim()
  }
  return texts
}
