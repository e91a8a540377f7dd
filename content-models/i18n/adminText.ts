/**
 * The languages the admin speaks: the ones Payload translates its own screens
 * into among ours. Every word of ours in the admin (labels, descriptions,
 * options, refusals, custom views) exists in each of them
 * (docs/adr/0008-admin-languages.md).
 */
export const adminLanguages = ['ru', 'en', 'bg', 'ar'] as const
export type AdminLanguage = (typeof adminLanguages)[number]

/**
 * Editors whose language the admin lacks (uz, tg, ky) read Russian: the
 * hotlines and pre-departure trainers they work with write it first.
 */
export const adminFallbackLanguage: AdminLanguage = 'ru'

/** A text of ours in every admin language; Payload takes it as is for labels, descriptions and option labels. */
export type AdminText = Record<AdminLanguage, string>

export function isAdminLanguage(value: unknown): value is AdminLanguage {
  return typeof value === 'string' && (adminLanguages as readonly string[]).includes(value)
}

/** The admin language a request is answered in: Payload's choice for it, or the fallback. */
export function adminLanguageOf(req: { i18n?: { language?: string } } | null | undefined): AdminLanguage {
  const language = req?.i18n?.language
  return isAdminLanguage(language) ? language : adminFallbackLanguage
}

/**
 * One of our texts in the request's admin language, `{name}` placeholders
 * filled: for refusals and validation messages, which Payload shows as given.
 */
export function say(
  req: { i18n?: { language?: string } } | null | undefined,
  text: AdminText,
  vars?: Record<string, string | number>,
): string {
  return text[adminLanguageOf(req)].replace(/\{(\w+)\}/g, (whole, name: string) =>
    vars && name in vars ? String(vars[name]) : whole,
  )
}
