import type { LocalizationConfig } from 'payload'

import { Articles } from './collections/Articles'
import { GlossaryTerms } from './collections/GlossaryTerms'
import { Topics } from './collections/Topics'
import { Users } from './collections/Users'
import { locales, sourceLocale } from './locales'

export const collections = [Articles, Topics, GlossaryTerms, Users]

/**
 * No silent fallback in the API: a missing translation reads as missing, so
 * editors see the gap and the site decides openly how to show it (ADR 0001).
 */
export const localization: LocalizationConfig = {
  locales: locales.map(({ code, label, dir }) => ({ code, label, rtl: dir === 'rtl' })),
  defaultLocale: sourceLocale,
  fallback: false,
}

export * from './locales'
export * from './taxonomy'
