import { type Locale, localeCodes, sourceLocale } from '../../content-models/locales'

/** A document as read from its language files: shared fields once, text per language. */
export interface DocumentInput {
  slug: string
  shared: Record<string, unknown>
  /** Files by locale. */
  translations: Partial<Record<string, TranslationInput>>
}

export interface TranslationInput {
  file: string
  /** Per-language front-matter values, keyed by front-matter name. */
  text: Record<string, unknown>
  markdown: string
  published: boolean
}

/** The locales a document has files for, source language first, so a new document is created from the original text. */
export function orderedLocales(doc: DocumentInput): Locale[] {
  return localeCodes
    .filter((l) => doc.translations[l])
    .sort((a, b) => Number(b === sourceLocale) - Number(a === sourceLocale))
}

/** The file that problems with a document's shared fields are reported against. */
export function firstFile(doc: DocumentInput): string {
  return Object.values(doc.translations)[0]!.file
}
