/**
 * `npm run build [-- --out <dir>]`: builds the static site for every language
 * from the published content in the database DATABASE_URI names (default dist/).
 */
import { parseArgs } from 'node:util'

import { openPayload } from './lib/payload'
import { buildSite } from './site/build-site'

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } })
const out = values.out as string

const payload = await openPayload()
try {
  const r = await buildSite(payload, out)
  console.log(
    `Built ${r.pages} pages (${r.translations} article pages from ${r.articles} articles) and a search index of ${r.indexedPages} pages in ${r.searchLanguages.length} languages into ${out}/ in ${r.seconds.toFixed(1)} s`,
  )
  process.exit(0)
} catch (error) {
  console.error(`Build failed, ${out}/ was left as it was:`, error)
  process.exit(1)
}
