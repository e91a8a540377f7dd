import { isLocale, type Locale, localeCodes, sourceLocale } from '../locales'
import { countryLanguages, isCountry } from '../taxonomy'

/** The parts of an article, event or help centre that say which languages it should exist in. */
export interface LanguageFacts {
  /** Chosen by editors; empty or unset means the country's languages. */
  targetLanguages?: readonly unknown[] | null
  country?: unknown
}

/**
 * The languages a document should exist in, in the portal's order: the ones
 * its editors chose, else its country's (`countryLanguages`), else all; the
 * source language always, as every translation is made from it. The
 * translation dashboard, translators' to-do lists and the site's "not yet
 * translated" lists count only these.
 */
export function documentLanguages({ targetLanguages, country }: LanguageFacts): Locale[] {
  const chosen = (targetLanguages ?? []).filter(isLocale)
  const wanted = new Set<Locale>(chosen.length ? chosen : isCountry(country) ? countryLanguages[country] : localeCodes)
  wanted.add(sourceLocale)
  return localeCodes.filter((l) => wanted.has(l))
}
