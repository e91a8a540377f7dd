/**
 * `npm run search:eval [-- <dist>]`: recall@3 of the labelled query set
 * (tests/search/queries.yml) on a built site, for our search and for plain
 * Pagefind on the same pages, per language and per kind of query.
 */
import { localeCodes } from '../../content-models/locales'
import { categories, loadQueries } from '../../tests/search/query-set'
import { launchChromium } from '../lib/browser'
import { serveStatic } from '../lib/static-server'
import { withPlainBaseline } from './plain-index'
import { type Engine, runQuery } from './run-query'

const dist = process.argv[2] ?? 'dist'
const queries = loadQueries()
const engines: Engine[] = ['portal', 'plain']

console.log(`Evaluating ${queries.length} labelled queries on ${dist} (plain Pagefind index built for comparison)…`)
const site = await withPlainBaseline(dist)
const server = await serveStatic(site)
const browser = await launchChromium()
const hits: Record<Engine, boolean[]> = { portal: [], plain: [] }
try {
  for (const engine of engines) {
    const page = await browser.newPage()
    for (const [i, q] of queries.entries()) {
      const paths = await runQuery(page, server.url, engine, q.locale, q.query)
      const top3 = paths.slice(0, 3)
      hits[engine][i] = q.expect.some((slug) => top3.includes(`/${q.locale}/articles/${slug}/`))
    }
    await page.close()
  }
} finally {
  await browser.close()
  await server.close()
}

const pct = (xs: boolean[]) => (xs.length === 0 ? '–' : `${Math.round((100 * xs.filter(Boolean).length) / xs.length)}%`)
const pick = (engine: Engine, f: (q: (typeof queries)[number]) => boolean) =>
  queries.flatMap((q, i) => (f(q) ? [hits[engine][i]] : []))

console.log('\nrecall@3, ours / plain Pagefind\n')
console.log(`| language | ${categories.join(' | ')} | all |`)
console.log(`|---|${categories.map(() => '---').join('|')}|---|`)
for (const locale of localeCodes) {
  const cells = categories.map((c) => {
    const mine = pick('portal', (q) => q.locale === locale && q.category === c)
    return mine.length === 0
      ? ''
      : `${pct(mine)} / ${pct(pick('plain', (q) => q.locale === locale && q.category === c))} (${mine.length})`
  })
  const all = (e: Engine) => pct(pick(e, (q) => q.locale === locale))
  console.log(`| ${locale} | ${cells.join(' | ')} | ${all('portal')} / ${all('plain')} |`)
}
const byCategory = categories.map(
  (c) => `${pct(pick('portal', (q) => q.category === c))} / ${pct(pick('plain', (q) => q.category === c))}`,
)
console.log(`| all | ${byCategory.join(' | ')} | ${pct(hits.portal)} / ${pct(hits.plain)} |`)

const misses = queries.filter((_, i) => !hits.portal[i])
if (misses.length > 0) {
  console.log(`\nMissed by our search (${misses.length}):`)
  for (const q of misses)
    console.log(`  ${q.locale} ${q.category.padEnd(14)} «${q.query}» → expected ${q.expect.join(' or ')}`)
}
const lost = queries.filter((_, i) => hits.plain[i] && !hits.portal[i])
console.log(
  `\nrecall@3: ours ${pct(hits.portal)}, plain Pagefind ${pct(hits.plain)} on ${queries.length} queries; ` +
    `${lost.length} found by plain Pagefind but not by ours.`,
)
process.exit(0)
