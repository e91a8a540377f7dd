import { adminLanguages, type AdminLanguage } from '../../content-models/i18n/adminText'
import { dashboardTranslations } from './dashboard'
import { publishingTranslations } from './publishing'
import { situationPreviewTranslations } from './situationPreview'

/** Every table of our custom views' words; each names its keys with its own prefix. */
const tables: Record<AdminLanguage, Record<string, string>>[] = [
  dashboardTranslations,
  publishingTranslations,
  situationPreviewTranslations,
]

/**
 * For `i18n.translations` in the Payload config: our custom views' words
 * under Payload's `custom` namespace, one entry per admin language.
 */
export const adminTranslations = Object.fromEntries(
  adminLanguages.map((language) => [
    language,
    { custom: Object.assign({}, ...tables.map((table) => table[language])) },
  ]),
) as Record<AdminLanguage, { custom: Record<string, string> }>
