import type { AdminText } from './i18n/adminText'
import type { Locale } from './locales'
import { sourceLocale } from './locales'

/**
 * Who may do what in the CMS (docs/editorial-workflow.md):
 * - admin: everything, including user accounts;
 * - editor: all content in every language, publishing included;
 * - translator: edits only the languages assigned to them and may not publish the source language;
 * - legal-reviewer: marks articles as reviewed by a lawyer, and edits nothing else.
 */
export const roles = ['admin', 'editor', 'translator', 'legal-reviewer'] as const
export type Role = (typeof roles)[number]

/** Each role named in every admin language. */
export const roleLabels: Record<Role, AdminText> = {
  admin: { ru: 'Администратор', en: 'Administrator', bg: 'Администратор', ar: 'مدير النظام' },
  editor: { ru: 'Редактор', en: 'Editor', bg: 'Редактор', ar: 'محرر' },
  translator: { ru: 'Переводчик', en: 'Translator', bg: 'Преводач', ar: 'مترجم' },
  'legal-reviewer': { ru: 'Юрист-рецензент', en: 'Legal reviewer', bg: 'Юрист рецензент', ar: 'مراجع قانوني' },
}

/** The parts of a CMS user the rules look at. */
export interface RoleUser {
  role?: Role | null
  /** The languages a translator may edit. */
  languages?: Locale[] | null
}

type MaybeUser = RoleUser | null | undefined

export const isAdmin = (user: MaybeUser): boolean => user?.role === 'admin'

/** Admins and editors manage all content in every language. */
export const isEditor = (user: MaybeUser): boolean => user?.role === 'admin' || user?.role === 'editor'

export const isLegalReviewer = (user: MaybeUser): boolean => user?.role === 'legal-reviewer'

/** Whether the user may change the text of one language. */
export function mayEditLocale(user: MaybeUser, locale: string | undefined): boolean {
  if (isEditor(user)) return true
  if (user?.role !== 'translator' || !locale || locale === 'all') return false
  return (user.languages ?? []).includes(locale as Locale)
}

/** Publishing the source language changes what every translation is measured against. */
export function mayPublishLocale(user: MaybeUser, locale: string | undefined): boolean {
  if (isEditor(user)) return true
  return mayEditLocale(user, locale) && locale !== sourceLocale
}
