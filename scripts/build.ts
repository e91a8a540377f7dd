/**
 * `npm run build [-- --out <dir>] [--full]`: builds the static site for every
 * language from the published content in the database DATABASE_URI names
 * (default dist/): only what changed when the site online allows it (ADR
 * 0007), everything with `--full`. A failed build leaves the previous site in
 * place.
 */
import { parseArgs } from 'node:util'

import { runCli } from './lib/cli'
import { openPayload } from './lib/payload'
import { buildSite } from './site/build-site'

const { values } = parseArgs({
  options: { out: { type: 'string', default: 'dist' }, full: { type: 'boolean', default: false } },
})
const out = values.out as string

await runCli(`Build (${out}/ left as it was)`, async () => {
  const r = await buildSite(await openPayload(), out, console.log, { full: values.full })
  return `Built ${r.pages} pages (${r.translations} article pages from ${r.articles} articles) and a search index of ${r.indexedPages} pages in ${r.searchLanguages.length} languages into ${out}/ in ${r.seconds.toFixed(1)} s (compressed copies ${r.compressError ? 'not all written' : 'written'} by ${r.totalSeconds.toFixed(1)} s)`
})
