import type { APIRoute } from 'astro'
import { build } from 'esbuild'

import { localeCodes, locales } from '../../content-models/locales'
import { useTranslations } from '../i18n'

/**
 * /embed.js: the <migrant-portal-feed> custom element, bundled and minified at
 * build time (target: under 5 KB compressed; `npm run bench` reports it).
 */
export const GET: APIRoute = async () => {
  const result = await build({
    entryPoints: ['site/embed/portal-feed.ts'],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    define: {
      __LOCALES__: JSON.stringify(localeCodes),
      __NAMES__: JSON.stringify(Object.fromEntries(localeCodes.map((l) => [l, useTranslations(l)('site.name')]))),
      __RTL__: JSON.stringify(locales.filter((l) => l.dir === 'rtl').map((l) => l.code)),
    },
  })
  return new Response(result.outputFiles[0].text, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } })
}
