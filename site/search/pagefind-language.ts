import { htmlLang, type Locale } from '../../content-models/locales'

/**
 * The name Pagefind gives a language's index: the `lang` of its pages,
 * lowercased (`uz-Latn` → `uz-latn`). Its entry file, its folders and the
 * `lang` the search records are written with all use it.
 */
export function pagefindLanguage(locale: Locale): string {
  return htmlLang[locale].toLowerCase()
}
