import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import { ar } from '@payloadcms/translations/languages/ar'
import { bg } from '@payloadcms/translations/languages/bg'
import { en } from '@payloadcms/translations/languages/en'
import { ru } from '@payloadcms/translations/languages/ru'
import { buildConfig, type CollectionConfig } from 'payload'

import { collections, eventTimeZones, globals, localization } from '../content-models'
import { editorBlocks, textFeatures } from '../content-models/blocks'
import { adminFallbackLanguage } from '../content-models/i18n/adminText'
import { timeZoneLabel } from '../content-models/i18n/timeZoneLabels'
import { applyMigrations, databaseAdapter } from './database'
import { keepFieldErrors } from './keep-field-errors'
import { readReportAhead } from './translation-report'
import { adminTranslations } from './i18n'
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
    // Dates as people write them in the admin's language ("28 нояб. 2026 г., 10:56"), not
    // Payload's default "MMMM do yyyy, h:mm a" ("ноября 28-е 2026, 10:56 ПП").
    dateFormat: 'PPp',
    // No Gravatar: the admin must load nothing from third parties.
    avatar: 'default',
    // What to translate or review today, above the collection cards.
    components: { beforeDashboard: ['/components/EditorialDashboard#EditorialDashboard'] },
    timezones: {
      // "Екатеринбург / Yekaterinburg (UTC+5)": Payload shows one label per zone in every admin language.
      supportedTimezones: eventTimeZones.map((tz) => ({ label: timeZoneLabel(tz), value: tz })),
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
  // The admin's own language (independent of content locales): the editor's
  // choice, else their browser's first of these four, else Russian, which uz,
  // tg and ky editors read (docs/adr/0008-admin-languages.md).
  i18n: {
    supportedLanguages: { ru, en, bg, ar },
    fallbackLanguage: adminFallbackLanguage,
    translations: adminTranslations,
  },
  // Per-locale publishing: each translation has its own draft/published state.
  experimental: { localizeStatus: true },
  // No uploads or embedded relationships (the site has nowhere to show them);
  // internal links may point at articles, which the build turns into URLs;
  // variant blocks hold the parts of a text for some readers only (issue 15).
  editor: lexicalEditor({
    features: (args) => [...textFeatures(args), BlocksFeature({ blocks: editorBlocks })],
  }),
  db: databaseAdapter(),
  secret: payloadSecret(),
  graphQL: { disablePlaygroundInProduction: true },
  // Written by `npm run generate:types` only: Payload would otherwise rewrite
  // the committed types whenever any command (a test on MongoDB among them)
  // opens it in development mode.
  typescript: { outputFile: path.resolve(dirname, '../content-models/payload-types.ts'), autoGenerate: false },
  onInit: async (payload) => {
    await applyMigrations(payload)
    // In the admin's server (Next sets NEXT_RUNTIME), not in the scripts and tests that open the Local API.
    if (process.env.NEXT_RUNTIME) {
      const started = performance.now()
      void readReportAhead(payload).then(
        () =>
          payload.logger.info(
            `The editorial dashboard's report read ahead in ${((performance.now() - started) / 1000).toFixed(1)} s`,
          ),
        (error: unknown) =>
          payload.logger.warn(
            `The editorial dashboard's report was not read ahead (the first dashboard reads it): ${String(error)}`,
          ),
      )
    }
  },
})
