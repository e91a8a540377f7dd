import type { Locale } from '../../content-models/locales'
import { formatSize, localeFormats } from './locale-format'

/**
 * A size as a phone's storage settings show it ("3,1 МБ", "812 kB"), in the
 * reader's language: what the build writes into pages, and the same as the
 * saving island shows on the phone (locale-format.ts).
 */
export function formatBytes(bytes: number, locale: Locale): string {
  return formatSize(bytes, localeFormats(locale))
}
