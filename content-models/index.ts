import type { CollectionConfig, LocalizationConfig } from 'payload'

import { Articles } from './collections/Articles'
import { Events } from './collections/Events'
import { GlossaryTerms } from './collections/GlossaryTerms'
import { HelpCentres } from './collections/HelpCentres'
import { Regions } from './collections/Regions'
import { Topics } from './collections/Topics'
import { Users } from './collections/Users'
import { SiteAlert } from './globals/SiteAlert'
import { defaultToSourceLocale } from './hooks/defaultLocale'
import { locales, sourceLocale } from './locales'

/** Every collection reads and writes the source language when a request names no locale. */
const withSourceLocaleDefault = (c: CollectionConfig): CollectionConfig => ({
  ...c,
  hooks: { ...c.hooks, beforeOperation: [defaultToSourceLocale, ...(c.hooks?.beforeOperation ?? [])] },
})

export const collections = [Articles, Events, HelpCentres, Topics, Regions, GlossaryTerms, Users].map(withSourceLocaleDefault)
export const globals = [SiteAlert]

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
export * from './roles'
export * from './taxonomy'
