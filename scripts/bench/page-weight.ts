/**
 * `npm run bench [-- <dist>]`: how heavy reading pages are on a slow phone
 * connection. For every article page: HTML plus any linked stylesheet, raw and
 * compressed (gzip -9 and brotli, as a static host or CDN would serve them),
 * and the scripts it loads. Also the JavaScript only the search page loads,
 * whether the build has the compressed copies our server sends
 * (scripts/site/compress.ts), and what the search page and its first query
 * transfer over our server (`npm start`, `npm run serve`) as a browser fetches
 * them: uncompressed, as the server sent everything before the copies, with
 * gzip and with brotli.
 * Budget: an article page at most 15 KB compressed, with no JavaScript but
 * the inline service-worker registration (site/offline/register.ts), itself
 * at most 1 KB compressed.
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import zlib from 'node:zlib'

import { registerScript } from '../../site/offline/register'
import { launchChromium } from '../lib/browser'
import { serveStatic } from '../lib/static-server'
import { isCompressible, isFresh, MIN_BYTES } from '../site/compress'

const BUDGET_BYTES = 15 * 1024
const REGISTRATION_BUDGET_BYTES = 1024
const dist = path.resolve(process.argv[2] ?? 'dist')

interface Weight {
  raw: number
  gzip: number
  brotli: number
}

function weigh(text: string | Buffer): Weight {
  const bytes = Buffer.from(text)
  return {
    raw: bytes.length,
    gzip: zlib.gzipSync(bytes, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  }
}

const add = (a: Weight, b: Weight): Weight => ({
  raw: a.raw + b.raw,
  gzip: a.gzip + b.gzip,
  brotli: a.brotli + b.brotli,
})
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`

function stylesheetsOf(html: string): string[] {
  return [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1])
}

function scriptsOf(html: string): string[] {
  // JSON-LD blocks are data, not scripts; the service worker's registration and, on an article with
  // variant blocks, the variant opener (site/components/VariantOpener.astro) are allowed and weighed below.
  return [
    ...html.matchAll(
      /<script\b(?![^>]*application\/ld\+json)(?![^>]*data-variant-opener)[^>]*?(?:src="([^"]+)")?[^>]*>([\s\S]*?)<\/script>/g,
    ),
  ]
    .filter((m) => m[1] !== undefined || m[2] !== registerScript)
    .map((m) => m[1] ?? '(inline)')
}

/** The variant opener's inline script on an article with variant blocks, if any. */
function variantOpenerOf(html: string): string | undefined {
  return /<script\b[^>]*data-variant-opener[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1]
}

function articlePages(): string[] {
  return (fs.readdirSync(dist, { recursive: true }) as string[])
    .filter((f) => /^[a-z]{2}\/articles\/[^/]+\/index\.html$/.test(f))
    .sort()
}

/** The length of the body our server sends for `url` to a client accepting `acceptEncoding` (none: uncompressed). */
function sentBytes(url: string, acceptEncoding?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {}
    http
      .get(url, { headers }, (res) => {
        let bytes = 0
        res.on('data', (chunk: Buffer) => (bytes += chunk.length))
        res.on('end', () => resolve(bytes))
        res.on('error', reject)
      })
      .on('error', reject)
  })
}

/**
 * What opening the search page and typing a first query fetches (the page,
 * its styles and scripts, Pagefind's script, entry file, metadata, wasm, index
 * chunks and the results' fragments), found with a browser on our server with
 * an empty cache and no service worker, then each file asked for again
 * uncompressed, with gzip only and with brotli, as sent.
 */
async function firstQueryTransfer(locale: string, query: string) {
  const server = await serveStatic(dist)
  const browser = await launchChromium().catch(async (error: Error) => {
    await server.close()
    throw new Error(`no browser: ${error.message.split('\n')[0]}`)
  })
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' })
    const page = await context.newPage()
    const urls = new Set<string>()
    page.on('response', (response) => {
      if (response.url().startsWith(server.url)) urls.add(response.url())
    })
    await page.goto(`${server.url}/${locale}/search/`, { waitUntil: 'networkidle' })
    await page.locator('input[type="search"]').first().click()
    await page.keyboard.type(query, { delay: 30 })
    await page.locator('[data-testid="search-results"] li').first().waitFor({ timeout: 15_000 })
    await page.waitForLoadState('networkidle')
    await context.close()
    const total = async (acceptEncoding?: string, only = (_: string) => true) =>
      (await Promise.all([...urls].filter(only).map((u) => sentBytes(u, acceptEncoding)))).reduce((a, b) => a + b, 0)
    return {
      requests: urls.size,
      identity: await total(),
      gzip: await total('gzip'),
      brotli: await total('br, gzip'),
      pagefind: await total('br, gzip', (u) => /\/pagefind\/.*\.(pf_\w+|pagefind)$/.test(u)),
    }
  } finally {
    await browser.close()
    await server.close()
  }
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

if (!fs.existsSync(dist)) {
  console.error(`No built site at ${dist}: run "npm run build" first.`)
  process.exit(1)
}

const pages = articlePages()
if (pages.length === 0) {
  console.error(`No article pages under ${dist}.`)
  process.exit(1)
}
/** What our server sends for a file of the build to a browser that accepts brotli: its fresh `.br` copy, else the file. */
function sentWithBrotli(rel: string): number {
  const file = path.join(dist, rel)
  const stat = fs.statSync(file)
  const copy = fs.statSync(`${file}.br`, { throwIfNoEntry: false })
  return copy && isFresh(stat, copy) ? copy.size : stat.size
}

const rows = pages.map((page) => {
  const html = fs.readFileSync(path.join(dist, page), 'utf8')
  let weight = weigh(html)
  let sent = sentWithBrotli(page)
  for (const href of stylesheetsOf(html)) {
    weight = add(weight, weigh(fs.readFileSync(path.join(dist, href))))
    sent += sentWithBrotli(href)
  }
  return { page, weight, sent, scripts: scriptsOf(html), opener: variantOpenerOf(html) }
})

const searchHtml = fs.readFileSync(path.join(dist, 'ru/search/index.html'), 'utf8')
/**
 * The JavaScript a page's islands load before anyone taps anything: their
 * component and renderer modules and everything those import statically
 * (lazy `import()` chunks, such as My situation's calendar writer, are not).
 */
function islandScripts(html: string): string[] {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    const code = fs.readFileSync(path.join(dist, '_astro', file), 'utf8')
    for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w{},*\s]+from\s*)?"\.\/([^"]+\.js)"/g)) visit(m[1])
  }
  for (const m of html.matchAll(/(?:component|renderer)-url="\/_astro\/([^"]+\.js)"/g)) visit(m[1])
  return [...seen]
}
const searchJs = islandScripts(searchHtml)
  .map((f) => weigh(fs.readFileSync(path.join(dist, '_astro', f))))
  .reduce(add, { raw: 0, gzip: 0, brotli: 0 })
const situationHtml = fs.readFileSync(path.join(dist, 'ru/my-situation/index.html'), 'utf8')
const situationJs = islandScripts(situationHtml)
  .map((f) => weigh(fs.readFileSync(path.join(dist, '_astro', f))))
  .reduce(add, { raw: 0, gzip: 0, brotli: 0 })
const situationPage = weigh(situationHtml)
const pagefindJs = weigh(fs.readFileSync(path.join(dist, 'pagefind/pagefind.js')))
const embedJs = weigh(fs.readFileSync(path.join(dist, 'embed.js')))
const registration = weigh(registerScript)
const swJs = weigh(fs.readFileSync(path.join(dist, 'sw.js')))
const EMBED_BUDGET_BYTES = 5 * 1024

const openers = rows.flatMap((r) => (r.opener ? [weigh(r.opener)] : []))
const OPENER_BUDGET_BYTES = 1024
const heaviestOpener = openers.reduce((a, b) => (b.gzip > a.gzip ? b : a), { raw: 0, gzip: 0, brotli: 0 })
const heaviest = rows.reduce((a, b) => (b.weight.gzip > a.weight.gzip ? b : a))
const withScripts = rows.filter((r) => r.scripts.length > 0)
const over = rows.filter((r) => r.weight.gzip > BUDGET_BYTES)
const ok =
  over.length === 0 &&
  withScripts.length === 0 &&
  registration.gzip <= REGISTRATION_BUDGET_BYTES &&
  heaviestOpener.gzip <= OPENER_BUDGET_BYTES

console.log(`Article pages in ${path.relative(process.cwd(), dist) || dist}: ${rows.length}`)
console.log('')
console.log(
  "| article page (HTML + CSS) | raw | gzip -9 | brotli 11 | sent by our server (the build's brotli copies) |",
)
console.log('|---|---|---|---|---|')
const median: Weight = {
  raw: percentile(
    rows.map((r) => r.weight.raw),
    50,
  ),
  gzip: percentile(
    rows.map((r) => r.weight.gzip),
    50,
  ),
  brotli: percentile(
    rows.map((r) => r.weight.brotli),
    50,
  ),
}
const medianSent = percentile(
  rows.map((r) => r.sent),
  50,
)
console.log(`| median | ${kb(median.raw)} | ${kb(median.gzip)} | ${kb(median.brotli)} | ${kb(medianSent)} |`)
console.log(
  `| heaviest (${heaviest.page}) | ${kb(heaviest.weight.raw)} | ${kb(heaviest.weight.gzip)} | ${kb(heaviest.weight.brotli)} | ${kb(heaviest.sent)} |`,
)
console.log('')
console.log(
  `Scripts on article pages: ${withScripts.length === 0 ? 'none but the service worker registration' : withScripts.map((r) => r.page).join(', ')}`,
)
console.log(
  `Service worker: registration ${registration.gzip} B gzip inline on every page (${registration.gzip <= REGISTRATION_BUDGET_BYTES ? 'within' : 'OVER'} its ${kb(REGISTRATION_BUDGET_BYTES)} budget); sw.js ${kb(swJs.gzip)} gzip (${kb(swJs.raw)} raw), fetched once per build`,
)
console.log(
  `My situation page: HTML ${kb(situationPage.gzip)} gzip; island JS ${kb(situationJs.gzip)} gzip (${kb(situationJs.raw)} raw) before the calendar writer, which loads on the first "Add to calendar"`,
)
console.log(
  `Search page scripts: ${scriptsOf(searchHtml).length} tags; island JS ${kb(searchJs.gzip)} gzip (${kb(searchJs.raw)} raw), pagefind.js ${kb(pagefindJs.gzip)} gzip`,
)
console.log(
  `Partner embed script: embed.js ${kb(embedJs.gzip)} gzip, ${kb(embedJs.brotli)} brotli (${kb(embedJs.raw)} raw); ${embedJs.gzip <= EMBED_BUDGET_BYTES ? 'within' : 'OVER'} the ${kb(EMBED_BUDGET_BYTES)} budget`,
)

// The copies the server sends in the files' place: every text file worth it should have fresh ones.
const textFiles = (fs.readdirSync(dist, { recursive: true }) as string[]).filter(
  (f) => isCompressible(f) && fs.statSync(path.join(dist, f)).size >= MIN_BYTES,
)
const withoutCopies = textFiles.filter((f) =>
  ['.br', '.gz'].some((suffix) => {
    const copy = fs.statSync(path.join(dist, f + suffix), { throwIfNoEntry: false })
    return !copy || !isFresh(fs.statSync(path.join(dist, f)), copy)
  }),
)
console.log(
  `Compressed copies: ${textFiles.length - withoutCopies.length} of ${textFiles.length} text files of ${kb(MIN_BYTES)} or more have fresh .br and .gz copies${withoutCopies.length ? ` (none for ${withoutCopies.slice(0, 3).join(', ')}${withoutCopies.length > 3 ? ', …' : ''})` : ''}`,
)

const searchTransfer = await firstQueryTransfer('ru', 'патент').catch((error: Error) => error)
if (searchTransfer instanceof Error)
  console.log(`Search page and first query: not measured (${searchTransfer.message})`)
else {
  const t = searchTransfer
  console.log(
    `Search page and first query (/ru/search/, «патент» typed, ${t.requests} requests: HTML, CSS, JS, Pagefind's files) over our server: ${kb(t.identity)} uncompressed → ${kb(t.gzip)} gzip, ${kb(t.brotli)} brotli (Pagefind's index and fragments are gzip already: ${kb(t.pagefind)} of it)`,
  )
}

console.log(
  `Variant opener (articles with variant blocks only): ${openers.length} pages, at most ${heaviestOpener.gzip} B gzip inline (budget ${kb(OPENER_BUDGET_BYTES)})`,
)
console.log(
  ok
    ? `Within budget: every article page ≤ ${kb(BUDGET_BYTES)} compressed (heaviest ${kb(heaviest.weight.gzip)} gzip), no JavaScript but the service worker registration.`
    : `OVER BUDGET: ${over.length} pages over ${kb(BUDGET_BYTES)} gzip, ${withScripts.length} pages with other scripts, registration ${registration.gzip} B gzip.`,
)
process.exit(ok ? 0 : 1)
