import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import * as pagefind from 'pagefind'

import { localeCodes } from '../../content-models/locales'
import { pagefindLanguage } from '../../site/search/pagefind-language'

/** Every language of the portal, with the `lang` its pages declare. */
const allLocales = localeCodes.map((code) => ({ code, lang: pagefindLanguage(code) }))

/**
 * A copy of a built site with, beside our index, a plain Pagefind index of the
 * same article pages (`/pagefind-plain/`, Pagefind's defaults: HTML scraped,
 * no normalisation, no glossary) and a page with Pagefind's default UI
 * (`/plain-search/<locale>/`): the baseline our search is measured against.
 */
export async function withPlainBaseline(
  dist: string,
  locales: { code: string; lang: string }[] = allLocales,
): Promise<string> {
  const copy = await fs.mkdtemp(path.join(os.tmpdir(), 'portal-search-baseline-'))
  // realpath: dist is a link to the newest build, and fs.cp would copy the link itself.
  await fs.cp(await fs.realpath(dist), copy, { recursive: true })
  const { index, errors } = await pagefind.createIndex({})
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  try {
    const added = await index.addDirectory({ path: copy })
    if (added.errors.length > 0) throw new Error(added.errors.join('; '))
    await index.writeFiles({ outputPath: path.join(copy, 'pagefind-plain') })
  } finally {
    await pagefind.close()
  }
  for (const { code, lang } of locales) {
    await fs.mkdir(path.join(copy, 'plain-search', code), { recursive: true })
    await fs.writeFile(
      path.join(copy, 'plain-search', code, 'index.html'),
      `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link href="/pagefind-plain/pagefind-ui.css" rel="stylesheet"><script src="/pagefind-plain/pagefind-ui.js"></script></head>
<body><main><div id="search"></div></main>
<script>window.addEventListener('DOMContentLoaded', () => new PagefindUI({ element: '#search', bundlePath: '/pagefind-plain/', showSubResults: false }))</script>
</body></html>`,
    )
  }
  return copy
}
