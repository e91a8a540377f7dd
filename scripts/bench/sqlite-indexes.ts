/**
 * `npx tsx scripts/bench/sqlite-indexes.ts [--articles 1000] [--body-kb 5] [--runs 20] [--budget-s 60] [--keep]`:
 * what the parent indexes of cms/migrations/20261129_030600_parent_id_indexes.ts
 * are worth. On a fresh temporary SQLite file it creates `--articles` articles
 * through the Local API, each published in Russian, Tajik and Uzbek with a body
 * of about `--body-kb` KB per language (and a newer Russian draft on every
 * tenth), then times two reads, first without the indexes (the migration's
 * `down`) and then with them (its `up`):
 *  - one article, every language, as the admin opens it:
 *    `findByID({ id, locale: 'all', draft: true })`;
 *  - the admin's list: `find({ locale: 'ru', draft: true, sort: '-updatedAt', limit: 10 })`.
 * Each is run `--runs` times after a warm-up, or at least 3 times and until
 * `--budget-s` seconds have gone by (an unindexed list of 1,000 articles takes
 * about 20 s a read). Prints the median, the fastest and the slowest of each,
 * and a summary line. Creating 1,000 articles takes about 1.5 minutes.
 * `--keep` leaves the temporary folder (the database) for a look.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { createLocalReq, type Payload } from 'payload'

import { down, up } from '../../cms/migrations/20261129_030600_parent_id_indexes'

const { values: flags } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    'body-kb': { type: 'string', default: '5' },
    runs: { type: 'string', default: '20' },
    'budget-s': { type: 'string', default: '60' },
    keep: { type: 'boolean', default: false },
  },
})
const count = (name: 'articles' | 'body-kb' | 'runs' | 'budget-s') => {
  const n = Number(flags[name])
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number ≥ 1, not "${flags[name]}"`)
  return n
}
const ARTICLES = count('articles')
const BODY_CHARS = count('body-kb') * 1024
const RUNS = count('runs')
const BUDGET_MS = count('budget-s') * 1000
const WARM_UP = 3
/** The languages each article is published in, the source first. */
const LANGUAGES = ['ru', 'tg', 'uz'] as const
/** Every DRAFT_EVERY-th article has a Russian draft newer than what is published. */
const DRAFT_EVERY = 10

const benchStart = performance.now()
const log = (line: string) =>
  console.log(`[${((performance.now() - benchStart) / 1000).toFixed(1).padStart(6)} s] ${line}`)

// ---------- content ----------

const WORDS: Record<(typeof LANGUAGES)[number], string> = {
  ru: 'Иностранный гражданин может получить патент на работу в территориальном органе МВД по месту пребывания',
  tg: 'Шаҳрванди хориҷӣ метавонад патенти корӣ дар мақомоти ҳудудии ВКД дар ҷои будубош гирад',
  uz: 'Chet el fuqarosi ishlash uchun patentni turgan joyidagi IIV hududiy organida olishi mumkin',
}

/** A Lexical document of paragraphs, about `chars` characters of JSON. */
function body(language: (typeof LANGUAGES)[number], n: number, chars: number) {
  const paragraph = (text: string) => ({
    type: 'paragraph',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
  })
  const children = []
  for (let size = 0, i = 0; size < chars; i++) {
    const text = `${n}.${i}. ${WORDS[language]}. ${WORDS[language]}.`
    children.push(paragraph(text))
    size += JSON.stringify(paragraph(text)).length
  }
  return { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children } } as never
}

async function seed(payload: Payload): Promise<{ sample: number }> {
  const topic = await payload.create({ collection: 'topics', locale: 'ru', data: { slug: 'work', title: 'Работа' } })
  let sample = 0
  const started = performance.now()
  for (let n = 1; n <= ARTICLES; n++) {
    const doc = await payload.create({
      collection: 'articles',
      locale: 'ru',
      depth: 0,
      data: {
        slug: `bench-${n}`,
        title: `Патент на работу ${n}`,
        summary: WORDS.ru,
        body: body('ru', n, BODY_CHARS),
        kind: 'rights',
        country: 'ru',
        topics: [topic.id],
        _status: 'published',
      },
    })
    for (const locale of LANGUAGES.slice(1)) {
      await payload.update({
        collection: 'articles',
        id: doc.id,
        locale,
        depth: 0,
        data: {
          title: `Patent ${n} (${locale})`,
          summary: WORDS[locale],
          body: body(locale, n, BODY_CHARS),
          _status: 'published',
        },
      })
    }
    if (n % DRAFT_EVERY === 0) {
      await payload.update({
        collection: 'articles',
        id: doc.id,
        locale: 'ru',
        draft: true,
        depth: 0,
        data: { title: `Патент на работу ${n}: черновик`, _status: 'draft' },
      })
    }
    // The article measured: in the middle, with a newer draft.
    if (n === Math.max(DRAFT_EVERY, Math.floor(ARTICLES / 2 / DRAFT_EVERY) * DRAFT_EVERY)) sample = doc.id
    if (n % 100 === 0 || n === ARTICLES) {
      const rate = n / ((performance.now() - started) / 1000)
      log(`created ${n}/${ARTICLES} articles (${rate.toFixed(1)}/s)`)
    }
  }
  return { sample: sample || ARTICLES }
}

// ---------- timing ----------

interface Timing {
  median: number
  min: number
  max: number
  runs: number
}

/**
 * Times `fn` RUNS times after a warm-up, or fewer (at least 3) once
 * BUDGET_MS has gone by: unindexed lists take many seconds a read.
 */
async function time(fn: () => Promise<unknown>): Promise<Timing> {
  for (let i = 0; i < WARM_UP; i++) {
    const start = performance.now()
    await fn()
    if (performance.now() - start > 1000) break
  }
  const ms: number[] = []
  const started = performance.now()
  while (ms.length < RUNS && (ms.length < 3 || performance.now() - started < BUDGET_MS)) {
    const start = performance.now()
    await fn()
    ms.push(performance.now() - start)
  }
  ms.sort((a, b) => a - b)
  const mid = Math.floor(ms.length / 2)
  const median = ms.length % 2 ? ms[mid]! : (ms[mid - 1]! + ms[mid]!) / 2
  return { median, min: ms[0]!, max: ms[ms.length - 1]!, runs: ms.length }
}
const fmt = (t: Timing) =>
  `median ${t.median.toFixed(1)} ms (min ${t.min.toFixed(1)}, max ${t.max.toFixed(1)}, ${t.runs} runs)`

async function measure(payload: Payload, id: number, label: string) {
  const one = await time(() => payload.findByID({ collection: 'articles', id, locale: 'all', draft: true }))
  log(`${label}: findByID(locale all, draft)           ${fmt(one)}`)
  const list = await time(() =>
    payload.find({ collection: 'articles', locale: 'ru', draft: true, sort: '-updatedAt', limit: 10 }),
  )
  log(`${label}: find(ru, draft, -updatedAt, limit 10) ${fmt(list)}`)
  return { one, list }
}

// ---------- main ----------

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-sqlite-indexes-'))
process.env.DATABASE_URI = `file:${path.join(dir, 'portal.db')}`
process.env.PAYLOAD_SECRET ??= 'bench-secret'
let exitCode = 0
try {
  log(`database ${process.env.DATABASE_URI}`)
  // Imported only now: the configuration reads DATABASE_URI when it loads.
  const { openPayload } = await import('../lib/payload')
  const payload = await openPayload()
  const migration = {
    db: (payload.db as unknown as SQLiteAdapter).drizzle,
    payload,
    req: await createLocalReq({}, payload),
  }
  log(`creating ${ARTICLES} articles × ${LANGUAGES.length} languages, bodies ≈ ${BODY_CHARS / 1024} KB…`)
  const { sample } = await seed(payload)
  const size =
    fs.statSync(path.join(dir, 'portal.db')).size +
    (fs.statSync(path.join(dir, 'portal.db-wal'), { throwIfNoEntry: false })?.size ?? 0)
  log(
    `database ${(size / 1024 / 1024).toFixed(0)} MB; measuring article ${sample}, up to ${RUNS} runs after ${WARM_UP} warm-up`,
  )

  await down(migration)
  const before = await measure(payload, sample, 'without indexes')
  await up(migration)
  const after = await measure(payload, sample, 'with indexes   ')

  const ratio = (a: Timing, b: Timing) => `${(a.median / b.median).toFixed(1)}×`
  console.log(
    `SQLite parent indexes, ${ARTICLES} articles × ${LANGUAGES.length} languages: ` +
      `findByID ${before.one.median.toFixed(1)} → ${after.one.median.toFixed(1)} ms (${ratio(before.one, after.one)}), ` +
      `find list ${before.list.median.toFixed(1)} → ${after.list.median.toFixed(1)} ms (${ratio(before.list, after.list)}), ` +
      `medians of ${before.one.runs}/${after.one.runs} and ${before.list.runs}/${after.list.runs} runs`,
  )
} catch (error) {
  console.error('Benchmark failed:', error)
  exitCode = 1
} finally {
  if (flags.keep) log(`kept ${dir}`)
  else fs.rmSync(dir, { recursive: true, force: true })
}
// The database client keeps Node alive.
process.exit(exitCode)
