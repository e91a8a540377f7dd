import fs from 'node:fs/promises'
import path from 'node:path'

import * as esbuild from 'esbuild'

import { htmlLang, type Locale, locales, sourceLocale } from '../../content-models/locales'
import { uiStrings } from '../i18n'
import { localeFormats } from './locale-format'
import { FALLBACK_KEYS, type SwConfig } from './sw-config'

const here = import.meta.dirname

/** Browsers of the cheap phones readers have (Chrome and WebView a few years old): newer syntax is lowered. */
const TARGET = 'es2020'

/** The build id, the fallback page's strings in every language, and the site's stylesheet, minified. */
export async function serviceWorkerConfig(build: string): Promise<SwConfig> {
  const css = await esbuild.transform(await fs.readFile(path.join(here, '../styles/global.css'), 'utf8'), {
    loader: 'css',
    minify: true,
  })
  const languages = Object.fromEntries(
    locales.map((l) => {
      const all = uiStrings(l.code)
      return [
        l.code,
        {
          label: l.label,
          htmlLang: htmlLang[l.code],
          dir: l.dir,
          strings: Object.fromEntries(FALLBACK_KEYS.map((k) => [k, all[k]])),
          formats: localeFormats(l.code),
        },
      ]
    }),
  ) as SwConfig['languages']
  return {
    build,
    locales: locales.map((l) => l.code as Locale),
    defaultLocale: sourceLocale,
    languages,
    css: css.code.trim(),
  }
}

/**
 * Bundles site/offline/sw.ts into `<dir>/sw.js` with `config` compiled in:
 * any change to the site changes the build id, hence sw.js, which is how
 * browsers learn there is a new build. Returns its size in bytes.
 */
export async function bundleServiceWorker(dir: string, config: SwConfig): Promise<number> {
  const outfile = path.join(dir, 'sw.js')
  await esbuild.build({
    entryPoints: [path.join(here, 'sw.ts')],
    outfile,
    bundle: true,
    format: 'iife',
    target: TARGET,
    minify: true,
    legalComments: 'none',
    define: { __SW_CONFIG__: JSON.stringify(config) },
    logLevel: 'silent',
  })
  return (await fs.stat(outfile)).size
}
