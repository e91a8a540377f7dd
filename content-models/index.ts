import type { CollectionConfig, CollectionSlug, GlobalConfig, LocalizationConfig } from 'payload'

import { Articles } from './collections/Articles'
import { CitizenshipGroups } from './collections/CitizenshipGroups'
import { Events } from './collections/Events'
import { GlossaryTerms } from './collections/GlossaryTerms'
import { HelpCentres } from './collections/HelpCentres'
import { HolidayCalendars } from './collections/HolidayCalendars'
import { Regions } from './collections/Regions'
import { SituationSteps } from './collections/SituationSteps'
import { Topics } from './collections/Topics'
import { Users } from './collections/Users'
import { Publisher } from './globals/Publisher'
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

const translated = [Articles, Events, HelpCentres, SituationSteps]
const published = [...translated, Topics, Regions, GlossaryTerms, CitizenshipGroups, HolidayCalendars]

export const collections = [...published, Users].map(withPortalDefaults)

/** Translated and published language by language; `titleField` names a document in every language. */
export const translatedCollections = translated.map(({ slug, admin }) => ({ slug, titleField: admin.useAsTitle }))

/**
 * Everything the public site is built from. The slugs come from the configs
 * above, so each names a collection that exists.
 */
export const publicCollections = published.map(({ slug }) => slug as CollectionSlug)

export const globals = [SiteAlert, Publisher].map((g): GlobalConfig => ({
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
