// @ts-check
import react from '@astrojs/react'
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'

import { htmlLang, localeCodes, sourceLocale } from './content-models/locales.ts'
import { pageInputs } from './site/integrations/page-inputs.ts'
import { preactInTheBrowser } from './site/integrations/preact-compat.ts'
import { siteUrl as site } from './site/utils/urls.ts'

export default defineConfig({
  site,
  srcDir: './site',
  publicDir: './static',
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  compressHTML: true,
  // One page at a time: incremental builds attribute snapshot reads to the page being rendered (ADR 0007).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 1 },
  i18n: {
    locales: [...localeCodes],
    defaultLocale: sourceLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  vite: { plugins: [preactInTheBrowser()] },
  integrations: [
    react(),
    // Records what each page reads, for incremental builds, and gives the sitemap every page when only some are rendered (ADR 0007).
    pageInputs(
      sitemap({
        i18n: { defaultLocale: sourceLocale, locales: htmlLang },
        // The language chooser, search and not-found pages are not content.
        filter: (page) => new URL(page).pathname !== '/' && !/^\/[^/]+\/(search|404)\/$/.test(new URL(page).pathname),
      }),
    ),
  ],
})
