/**
 * `npm run bench:search [-- <dist>]`: our search against plain Pagefind (its
 * default UI and index over the same article pages) in one run, in Debian's
 * Chromium with an empty cache for every query:
 *  - bytes downloaded for the first query: everything the page fetches after
 *    its HTML (scripts, styles, Pagefind's wasm, index chunks, fragments), raw
 *    and gzip -6 as a static host would serve it;
 *  - time from the last keystroke (input event) to the first rendered result
 *    for the whole query, typing at 30 ms a key.
 */
import zlib from 'node:zlib'

import type { Browser } from '@playwright/test'

import type { Locale } from '../../content-models/locales'
import { launchChromium } from '../lib/browser'
import { serveStatic } from '../lib/static-server'
import { withPlainBaseline } from '../search/plain-index'

const dist = process.argv[2] ?? 'dist'
const RUNS = 3
const queries: [Locale, string][] = [
  ['ru', 'патент'],
  ['ru', 'миграционная карта'],
  ['tg', 'ҳуқуқ'],
  ['uz', 'hujjat'],
  ['ky', 'эмгек келишими'],
  ['ar', 'مترجم'],
  ['bg', 'здравно осигуряване'],
]

const variants = {
  portal: {
    page: (l: Locale) => `/${l}/search/`,
    result: '[data-testid="search-results"] li',
    status: '[data-testid="search-status"]',
    input: 'input[type="search"]',
  },
  plain: {
    page: (l: Locale) => `/plain-search/${l}/`,
    result: '.pagefind-ui__result',
    status: '.pagefind-ui__message',
    input: '.pagefind-ui__search-input',
  },
} as const
type Variant = keyof typeof variants

interface Run {
  raw: number
  gzip: number
  ms: number
}

async function measure(
  browser: Browser,
  baseUrl: string,
  variant: Variant,
  locale: Locale,
  query: string,
): Promise<Run> {
  const v = variants[variant]
  const context = await browser.newContext()
  const page = await context.newPage()
  const bodies: Promise<Buffer | undefined>[] = []
  const documentUrl = `${baseUrl}${v.page(locale)}`
  page.on('response', (response) => {
    if (response.url() === documentUrl) return
    bodies.push(response.body().catch(() => undefined))
  })
  await page.goto(documentUrl, { waitUntil: 'networkidle' })
  await page.evaluate(
    ({ selector, status, query }) => {
      const w = window as unknown as { __bench: { lastKey: number; rendered: number } }
      w.__bench = { lastKey: 0, rendered: 0 }
      // 'input', not 'keydown': letters outside the US layout arrive as text input.
      document.addEventListener('input', () => (w.__bench.lastKey = performance.now()), true)
      // Rendered: results are on screen and the UI says they are for the whole query.
      new MutationObserver(() => {
        if (
          !w.__bench.rendered &&
          document.querySelector(selector) &&
          document.querySelector(status)?.textContent?.includes(query)
        ) {
          w.__bench.rendered = performance.now()
        }
      }).observe(document.body, { childList: true, subtree: true, characterData: true })
    },
    { selector: v.result, status: v.status, query },
  )
  await page.locator(v.input).first().click()
  await page.keyboard.type(query, { delay: 30 })
  await page.locator(v.result).first().waitFor({ timeout: 15_000 })
  await page.waitForFunction(
    () => (window as unknown as { __bench: { rendered: number } }).__bench.rendered > 0,
    null,
    { timeout: 15_000 },
  )
  await page.waitForLoadState('networkidle')
  const { lastKey, rendered } = await page.evaluate(
    () => (window as unknown as { __bench: { lastKey: number; rendered: number } }).__bench,
  )
  const buffers = (await Promise.all(bodies)).filter((b): b is Buffer => Boolean(b))
  await context.close()
  return {
    raw: buffers.reduce((n, b) => n + b.length, 0),
    gzip: buffers.reduce((n, b) => n + zlib.gzipSync(b, { level: 6 }).length, 0),
    ms: rendered - lastKey,
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`

console.log(`Benchmarking search on ${dist}: ${queries.length} queries × ${RUNS} runs × 2 variants, cold cache each…`)
const site = await withPlainBaseline(dist)
const server = await serveStatic(site)
const browser = await launchChromium()
const results: Record<Variant, Run[]> = { portal: [], plain: [] }
console.log('\n| query | ours: bytes raw / gzip, ms | plain Pagefind: bytes raw / gzip, ms |')
console.log('|---|---|---|')
try {
  for (const [locale, query] of queries) {
    const row: Record<Variant, Run> = {} as Record<Variant, Run>
    for (const variant of ['portal', 'plain'] as Variant[]) {
      const runs: Run[] = []
      for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, server.url, variant, locale, query))
      row[variant] = {
        raw: median(runs.map((r) => r.raw)),
        gzip: median(runs.map((r) => r.gzip)),
        ms: median(runs.map((r) => r.ms)),
      }
      results[variant].push(row[variant])
    }
    const cell = (r: Run) => `${kb(r.raw)} / ${kb(r.gzip)}, ${r.ms.toFixed(0)} ms`
    console.log(`| ${locale} «${query}» | ${cell(row.portal)} | ${cell(row.plain)} |`)
  }
} finally {
  await browser.close()
  await server.close()
}
const summary = (v: Variant) =>
  `${kb(median(results[v].map((r) => r.raw)))} raw / ${kb(median(results[v].map((r) => r.gzip)))} gzip, ${median(results[v].map((r) => r.ms)).toFixed(0)} ms`
console.log(`\nMedian first query: ours ${summary('portal')}; plain Pagefind ${summary('plain')}.`)
process.exit(0)
