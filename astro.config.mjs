// @ts-check
import react from '@astrojs/react'
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'

import { htmlLang, localeCodes, sourceLocale } from './content-models/locales.ts'
import { preactInTheBrowser } from './site/integrations/preact-compat.ts'
import { siteUrl as site } from './site/utils/urls.ts'

export default defineConfig({
  site,
  srcDir: './site',
  publicDir: './static',
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  compressHTML: true,
  build: { format: 'directory', inlineStylesheets: 'always' },
  i18n: {
    locales: [...localeCodes],
    defaultLocale: sourceLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  vite: { plugins: [preactInTheBrowser()] },
  integrations: [
    react(),
    sitemap({
      i18n: { defaultLocale: sourceLocale, locales: htmlLang },
      // The language chooser and search pages are not content.
      filter: (page) => new URL(page).pathname !== '/' && !/\/search\/$/.test(page),
    }),
  ],
})
