import { type Locale, localeCodes, sourceLocale } from '../locales'

/** Where a missing translation is looked for: the source language, then the others in order. */
export const FALLBACK_ORDER: readonly Locale[] = [sourceLocale, ...localeCodes.filter((l) => l !== sourceLocale)]

/**
 * A document shown in `locale` when translated, otherwise in its fallback
 * language: the source language when it has it, else the first published one
 * (ADR 0001). The export resolves links between articles with it, and every
 * page, feed and offline file shows untranslated content with it.
 */
export function inLocaleOrFallback<T>(
  translations: Partial<Record<Locale, T>>,
  locale: Locale,
): { locale: Locale; t: T } | undefined {
  if (translations[locale]) return { locale, t: translations[locale] as T }
  const found = FALLBACK_ORDER.find((l) => translations[l])
  return found ? { locale: found, t: translations[found] as T } : undefined
}
