/**
 * The portal's languages, declared once. Payload's localization, Astro's i18n
 * routing, the sitemap's hreflang alternates, search and the UI strings all read
 * this list; nothing else may hard-code a locale code.
 */
export const locales = [
  { code: 'ru', label: 'Русский', dir: 'ltr' },
  { code: 'uz', label: 'Oʻzbekcha', dir: 'ltr' },
  { code: 'tg', label: 'Тоҷикӣ', dir: 'ltr' },
  { code: 'ky', label: 'Кыргызча', dir: 'ltr' },
  { code: 'en', label: 'English', dir: 'ltr' },
  { code: 'bg', label: 'Български', dir: 'ltr' },
  { code: 'ar', label: 'العربية', dir: 'rtl' },
] as const

export type Locale = (typeof locales)[number]['code']
export type LocaleInfo = (typeof locales)[number]

/** Codes in display order. */
export const localeCodes: Locale[] = locales.map((l) => l.code)

/**
 * Russian is the source language: most help-centre texts are written in
 * Russian first and translated from it (docs/adr/0001-source-locale-and-fallback.md).
 */
export const sourceLocale: Locale = 'ru'

/** BCP 47 tags for `<html lang>` and hreflang; Uzbek content is Latin script. */
export const htmlLang: Record<Locale, string> = {
  ru: 'ru',
  uz: 'uz-Latn',
  tg: 'tg',
  ky: 'ky',
  en: 'en',
  bg: 'bg',
  ar: 'ar',
}

/** ISO 639-3 codes, which Kiwix readers and ZIM files name languages by. */
export const iso639_3: Record<Locale, string> = {
  ru: 'rus',
  uz: 'uzb',
  tg: 'tgk',
  ky: 'kir',
  en: 'eng',
  bg: 'bul',
  ar: 'ara',
}

/** Open Graph `og:locale` values (language_TERRITORY) for link previews. */
export const ogLocale: Record<Locale, string> = {
  ru: 'ru_RU',
  uz: 'uz_UZ',
  tg: 'tg_TJ',
  ky: 'ky_KG',
  en: 'en_GB',
  bg: 'bg_BG',
  ar: 'ar_AR',
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (localeCodes as string[]).includes(value)
}

export function localeInfo(code: Locale): LocaleInfo {
  const info = locales.find((l) => l.code === code)
  if (!info) throw new Error(`Unknown locale "${code}"`)
  return info
}
