import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor, LinkFeature } from '@payloadcms/richtext-lexical'
import { ar } from '@payloadcms/translations/languages/ar'
import { bg } from '@payloadcms/translations/languages/bg'
import { en } from '@payloadcms/translations/languages/en'
import { ru } from '@payloadcms/translations/languages/ru'
import { buildConfig, type CollectionConfig } from 'payload'

import { collections, eventTimeZones, globals, localization } from '../content-models'
import { applyMigrations, databaseAdapter } from './database'
import { keepFieldErrors } from './keep-field-errors'
import { dashboardTranslations } from './i18n/dashboard'
import { payloadSecret } from './secret'
import { cmsUrl, trustedOrigins } from './server-url'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const serverURL = cmsUrl()

/** The login cookie: sent only over TLS when the CMS is served over TLS, and never with another site's requests. */
const withCookiePolicy = (c: CollectionConfig, url: string): CollectionConfig => ({
  ...c,
  auth: {
    ...(typeof c.auth === 'object' ? c.auth : {}),
    cookies: { secure: url.startsWith('https:'), sameSite: 'Lax' },
  },
})

export default buildConfig({
  serverURL,
  // The login cookie counts only on requests from the CMS's own pages.
  csrf: trustedOrigins(serverURL),
  admin: {
    user: 'users',
    importMap: {
      baseDir: dirname,
      importMapFile: path.resolve(dirname, 'app/(payload)/admin/importMap.js'),
    },
    meta: { titleSuffix: ' · Migrant portal' },
    // No Gravatar: the admin must load nothing from third parties.
    avatar: 'default',
    // What to translate or review today, above the collection cards.
    components: { beforeDashboard: ['/components/EditorialDashboard#EditorialDashboard'] },
    timezones: {
      supportedTimezones: eventTimeZones.map((tz) => ({ label: tz.replace('_', ' '), value: tz })),
      defaultTimezone: 'Europe/Moscow',
    },
  },
  collections: collections.map((c) => (c.auth ? withCookiePolicy(c, serverURL) : c)),
  hooks: { afterError: [keepFieldErrors] },
  globals,
  // Scheduled publishing queues jobs; the publisher loop (scripts/site/publisher.ts,
  // run by `npm start` or `npm run publisher`) runs them and rebuilds the site,
  // so nothing depends on someone visiting the admin.
  jobs: { tasks: [], deleteJobOnComplete: false },
  localization,
  // The admin's own language (independent of content locales): Payload ships
  // these four of ours; uz, tg and ky editors get Russian or English.
  i18n: { supportedLanguages: { ru, en, bg, ar }, fallbackLanguage: 'en', translations: dashboardTranslations },
  // Per-locale publishing: each translation has its own draft/published state.
  experimental: { localizeStatus: true },
  // No uploads or embedded relationships (the site has nowhere to show them);
  // internal links may point at articles, which the build turns into URLs.
  editor: lexicalEditor({
    features: ({ defaultFeatures }) => [
      ...defaultFeatures.filter((f) => !['relationship', 'upload', 'link'].includes(f.key)),
      LinkFeature({ enabledCollections: ['articles'] }),
    ],
  }),
  db: databaseAdapter(),
  secret: payloadSecret(),
  graphQL: { disablePlaygroundInProduction: true },
  // Written by `npm run generate:types` only: Payload would otherwise rewrite
  // the committed types whenever any command (a test on MongoDB among them)
  // opens it in development mode.
  typescript: { outputFile: path.resolve(dirname, '../content-models/payload-types.ts'), autoGenerate: false },
  onInit: applyMigrations,
})
