import type { CollectionConfig, GlobalConfig, LocalizationConfig } from 'payload'

import { Articles } from './collections/Articles'
import { Events } from './collections/Events'
import { GlossaryTerms } from './collections/GlossaryTerms'
import { HelpCentres } from './collections/HelpCentres'
import { Regions } from './collections/Regions'
import { Topics } from './collections/Topics'
import { Users } from './collections/Users'
import { SiteAlert } from './globals/SiteAlert'
import { defaultToSourceLocale } from './hooks/defaultLocale'
import { requireJsonBody } from './hooks/requireJsonBody'
import { withPlainTextRules } from './fields/plainTextRules'
import { locales, sourceLocale } from './locales'

/**
 * Every collection reads and writes the source language when a request names
 * no locale, refuses a write whose body is not a JSON object, and keeps
 * control characters and line breaks out of its plain-text fields.
 */
const withPortalDefaults = (c: CollectionConfig): CollectionConfig => ({
  ...c,
  fields: withPlainTextRules(c.fields),
  hooks: { ...c.hooks, beforeOperation: [requireJsonBody, defaultToSourceLocale, ...(c.hooks?.beforeOperation ?? [])] },
})

export const collections = [Articles, Events, HelpCentres, Topics, Regions, GlossaryTerms, Users].map(
  withPortalDefaults,
)
export const globals = [SiteAlert].map((g): GlobalConfig => ({
  ...g,
  fields: withPlainTextRules(g.fields),
  hooks: { ...g.hooks, beforeOperation: [requireJsonBody, ...(g.hooks?.beforeOperation ?? [])] },
}))

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
