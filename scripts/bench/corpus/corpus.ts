import fs from 'node:fs/promises'
import path from 'node:path'

import { parse, stringify } from 'yaml'

import { type Locale, localeCodes, sourceLocale } from '../../../content-models/locales'
import { citizenships, type Country, migrantStatuses } from '../../../content-models/taxonomy'
import { Composer } from './compose'
import { Random } from './random'
import { buildVocabularies, type Language } from './vocabulary'

/** Bump when the output changes for the same options, so cached corpora are not reused. */
export const GENERATOR_VERSION = 1

export interface CorpusOptions {
  articles: number
  /** The folder to write; created, and emptied of an older corpus first. */
  out: string
  seed?: string
  /** Words per language (the demo's own plus a made-up tail), default 40,000. */
  vocabulary?: number
  demoDir?: string
  onProgress?: (line: string) => void
}

export interface CorpusSummary {
  generator: number
  seed: string
  articles: number
  vocabulary: number
  /** Article files (= translations) by language, and all together. */
  files: Record<Locale, number> & { total: number }
  /** Translations saved as drafts (`published: false`). */
  drafts: number
  kinds: Record<string, number>
  countries: Record<string, number>
  /** Body words per language: total and the shortest and longest body. */
  words: Record<Locale, { total: number; min: number; max: number; distinct: number }>
  /** Per language: words the demo content has, and how many tokens they came from. */
  demo: Record<Locale, { words: number; tokens: number }>
  bytes: number
  seconds: number
}

/** The file that marks a finished corpus and describes it. */
export const MANIFEST = 'corpus.json'

const DAY = 86_400_000
const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10)
const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`)
/** A random day from `from` to `to`, both `YYYY-MM-DD`. */
const dayBetween = (random: Random, from: string, to: string) =>
  toDay(dayMs(from) + random.int(0, (dayMs(to) - dayMs(from)) / DAY) * DAY)

type Kind = 'guide' | 'rights' | 'obligations' | 'law-change'

/** The shares of a real collection, roughly: mostly guides and rights, one in five a law change. */
const KINDS: [Kind, number][] = [
  ['guide', 35],
  ['rights', 25],
  ['obligations', 20],
  ['law-change', 20],
]
const COUNTRIES: [Country, number][] = [
  ['ru', 50],
  ['bg', 14],
  ['all', 13],
  ['kg', 8],
  ['tj', 8],
  ['uz', 7],
]
/** Where the official texts of each country's laws are published. */
const LAW_SITES: Record<Country, string> = {
  ru: 'http://publication.pravo.gov.ru/document',
  all: 'http://publication.pravo.gov.ru/document',
  bg: 'https://dv.parliament.bg/DVWeb/showMaterialDV.jsp?idMat=',
  kg: 'https://cbd.minjust.gov.kg/',
  tj: 'http://mmk.tj/ru/legislation/',
  uz: 'https://lex.uz/docs/',
}

/**
 * How likely an article has a translation in each language: every article is
 * in Russian (the source language); a Bulgaria article is less often in the
 * Central Asian languages, a Russia article less often in Bulgarian and Arabic.
 */
function coverage(locale: Locale, country: Country): number {
  if (locale === sourceLocale) return 1
  const centralAsian = locale === 'uz' || locale === 'tg' || locale === 'ky'
  if (country === 'bg') return centralAsian ? 0.8 : 0.97
  if (locale === 'bg' || locale === 'ar') return country === 'all' ? 0.95 : 0.85
  return locale === 'en' ? 0.97 : 0.94
}

interface Plan {
  index: number
  slug: string
  kind: Kind
  country: Country
  topics: string[]
  locales: Locale[]
  drafts: Set<Locale>
  shared: Record<string, unknown>
  changeDates: string[]
  /** The law's number and date, written into each language's `legalAct`. */
  law?: { number: number; date: string; article: string }
}

/** Everything about article `index` that is not text: drawn from its own stream, so it depends on nothing else. */
function planMetadata(
  random: Random,
  index: number,
  topics: string[],
): Omit<Plan, 'slug' | 'shared'> & {
  shared: Record<string, unknown>
} {
  const r = random.fork(`article:${index}:plan`)
  const kind = r.weighted(KINDS)
  const country = r.weighted(COUNTRIES)
  // The first topics (work, documents) are the commonest, as in the demo.
  const topicCount = r.weighted([
    [1, 40],
    [2, 40],
    [3, 20],
  ] as const)
  const chosen = new Set<string>()
  while (chosen.size < Math.min(topicCount, topics.length)) {
    chosen.add(topics[Math.min(topics.length - 1, Math.floor(Math.pow(r.next(), 1.6) * topics.length))])
  }
  const locales = localeCodes.filter((l) => r.chance(coverage(l, country)))
  const drafts = new Set(locales.filter((l) => l !== sourceLocale && r.chance(0.02)))
  const shared: Record<string, unknown> = { kind, country, topics: [...chosen] }
  if (r.chance(0.8)) {
    const reviewedAt = dayBetween(r, '2025-01-01', '2026-11-20')
    shared.reviewedAt = reviewedAt
    shared.reviewDue = toDay(dayMs(reviewedAt) + r.int(120, 400) * DAY)
  }
  const changeDates = r.chance(0.3)
    ? [...new Set(Array.from({ length: r.int(1, 3) }, () => dayBetween(r, '2025-01-01', '2026-11-28')))]
        .sort()
        .reverse()
    : []
  let law: Plan['law']
  if (kind === 'law-change') {
    const effective = dayBetween(r, '2024-01-01', '2027-12-31')
    shared.effectiveDate = effective
    if (r.chance(0.15)) shared.expiryDate = toDay(dayMs(effective) + r.int(180, 1000) * DAY)
    if (r.chance(0.5)) shared.affectedCitizenships = r.sample(citizenships, r.int(1, 3))
    if (r.chance(0.4)) shared.affectedStatuses = r.sample(migrantStatuses, r.int(1, 2))
    law = {
      number: r.int(1, 700),
      date: toDay(dayMs(effective) - r.int(30, 400) * DAY),
      article: `${r.int(1, 120)}${r.chance(0.4) ? `.${r.int(1, 9)}` : ''}`,
    }
    shared.legalUrl = `${LAW_SITES[country]}${r.int(100000, 999999)}`
  }
  return { index, kind, country, topics: [...chosen], locales, drafts, shared, changeDates, law }
}

/** The act's name in a language: a Russian federal law as Russians write it, elsewhere made-up words and the number. */
function legalAct(locale: Locale, law: NonNullable<Plan['law']>, text: Composer): { act: string; article: string } {
  const [y, m, d] = law.date.split('-')
  if (locale === 'ru')
    return { act: `Федеральный закон от ${d}.${m}.${y} № ${law.number}-ФЗ`, article: `ст. ${law.article}` }
  if (locale === 'en') return { act: `Federal Law No. ${law.number} of ${law.date}`, article: `Article ${law.article}` }
  if (locale === 'bg') return { act: `${text.heading(2, 5)} № ${law.number}/${y}`, article: `чл. ${law.article}` }
  return { act: `${text.heading(2, 5)} № ${law.number} (${law.date})`, article: law.article }
}

/** Up to `max` characters, cut at a word. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max + 1).replace(/\s+\S*$/, '')
  return cut.replace(/[,،;:]+$/, '')
}

/** Up to four English words of the demo's, lower case: the readable start of a slug. */
const asciiSlug = (words: string[]) =>
  [...new Set(words.map((w) => w.toLowerCase()).filter((w) => /^[a-z]+$/.test(w)))].slice(0, 4).join('-')

/**
 * Writes a content directory in the import format (docs/content-formats.md):
 * `articles/<slug>.<locale>.md` for `articles` articles, every one in Russian
 * and most in the other six languages, plus the demo's topics.yml and
 * regions.yml. Bodies have 600–1,200 words. Deterministic:
 * the same options write the same bytes, and a smaller corpus is the start of
 * a larger one.
 */
export async function generateCorpus(options: CorpusOptions): Promise<CorpusSummary> {
  const started = performance.now()
  const seed = options.seed ?? 'portal-bench'
  const demoDir = path.resolve(options.demoDir ?? 'content/demo')
  const size = options.vocabulary ?? 40_000
  const progress = options.onProgress ?? (() => {})
  const random = new Random(seed)
  const languages = await buildVocabularies({ demoDir, size, random })
  const used = new Map([...languages].map(([l, lang]) => [l, new Uint8Array(lang.words.length)]))
  progress(
    `vocabularies: ${localeCodes.map((l) => `${l} ${languages.get(l)!.realWords} demo words + ${languages.get(l)!.words.length - languages.get(l)!.realWords} made up`).join(', ')}`,
  )

  await fs.rm(options.out, { recursive: true, force: true })
  await fs.mkdir(path.join(options.out, 'articles'), { recursive: true })
  // No glossary.yml: the database the corpus is imported into has the starter glossary already.
  for (const file of ['topics.yml', 'regions.yml']) {
    await fs.copyFile(path.join(demoDir, file), path.join(options.out, file))
  }
  const topics = Object.keys(parse(await fs.readFile(path.join(demoDir, 'topics.yml'), 'utf8')) as object)

  const plans = Array.from({ length: options.articles }, (_, i) => planMetadata(random, i, topics))
  const titles = new Map<Locale, Set<string>>(localeCodes.map((l) => [l, new Set()]))
  const summary: CorpusSummary = {
    generator: GENERATOR_VERSION,
    seed,
    articles: options.articles,
    vocabulary: size,
    files: { ...Object.fromEntries(localeCodes.map((l) => [l, 0])), total: 0 } as CorpusSummary['files'],
    drafts: 0,
    kinds: {},
    countries: {},
    words: Object.fromEntries(
      localeCodes.map((l) => [l, { total: 0, min: Infinity, max: 0, distinct: 0 }]),
    ) as CorpusSummary['words'],
    demo: Object.fromEntries(
      localeCodes.map((l) => [l, { words: languages.get(l)!.realWords, tokens: languages.get(l)!.demoTokens }]),
    ) as CorpusSummary['demo'],
    bytes: 0,
    seconds: 0,
  }
  const nonLawChanges: string[] = []
  const step = Math.max(1, Math.round(options.articles / 10))

  for (const plan of plans) {
    const i = plan.index
    const composer = (locale: Locale, part: string) =>
      new Composer(languages.get(locale)!, random.fork(`article:${i}:${locale}:${part}`), used.get(locale))
    // A unique title in each language: drawn again on the (rare) collision.
    const title = (locale: Locale) => {
      for (let attempt = 0; ; attempt++) {
        const t = clip(composer(locale, `title:${attempt}`).heading(4, 10), 160)
        if (!titles.get(locale)!.has(t)) {
          titles.get(locale)!.add(t)
          return t
        }
      }
    }
    const titleByLocale = new Map<Locale, string>(plan.locales.map((l) => [l, title(l)]))
    const slug = `${asciiSlug(composer('en', 'slug').demoWords(6)) || 'article'}-${i + 1}`
    const shared: Record<string, unknown> = { ...plan.shared }
    if (plan.kind === 'law-change' && nonLawChanges.length > 0) {
      const r = random.fork(`article:${i}:affects`)
      const affected = r.sample(nonLawChanges.slice(-200), r.int(0, 4))
      if (affected.length > 0) shared.affectedArticles = affected
    } else if (plan.kind !== 'law-change') nonLawChanges.push(slug)

    for (const locale of plan.locales) {
      const text = composer(locale, 'text')
      const front: Record<string, unknown> = { title: titleByLocale.get(locale) }
      const r = random.fork(`article:${i}:${locale}:front`)
      if (r.chance(0.9)) front.summary = clip(text.sentence(12, 40, false), 400)
      // Shared fields are written in every language file, as an export would.
      Object.assign(front, shared)
      if (plan.law) {
        const { act, article } = legalAct(locale, plan.law, text)
        front.legalAct = clip(act, 300)
        front.legalArticle = article
      }
      const lang: Language = languages.get(locale)!
      if (lang.searchTerms.length > 0 && r.chance(0.3)) front.keywords = r.sample(lang.searchTerms, r.int(1, 3))
      if (plan.changeDates.length > 0) {
        front.changes = plan.changeDates.map((date) => ({ date, note: clip(text.sentence(6, 18, false), 300) }))
      }
      if (plan.drafts.has(locale)) front.published = false

      const before = text.words
      const body = text.body(r.int(600, 1150), 1200)
      const words = text.words - before
      const file = `---\n${stringify(front, { lineWidth: 0 })}---\n${body}\n`
      await fs.writeFile(path.join(options.out, 'articles', `${slug}.${locale}.md`), file)

      const w = summary.words[locale]
      w.total += words
      w.min = Math.min(w.min, words)
      w.max = Math.max(w.max, words)
      summary.files[locale]++
      summary.files.total++
      summary.bytes += Buffer.byteLength(file)
      if (plan.drafts.has(locale)) summary.drafts++
    }
    summary.kinds[plan.kind] = (summary.kinds[plan.kind] ?? 0) + 1
    summary.countries[plan.country] = (summary.countries[plan.country] ?? 0) + 1
    if ((i + 1) % step === 0 || i + 1 === options.articles) {
      const words = localeCodes.reduce((n, l) => n + summary.words[l].total, 0)
      progress(
        `${i + 1}/${options.articles} articles, ${summary.files.total} files, ${(words / 1e6).toFixed(2)} M words, ${((performance.now() - started) / 1000).toFixed(1)} s`,
      )
    }
  }
  for (const l of localeCodes) summary.words[l].distinct = used.get(l)!.reduce((n, u) => n + u, 0)
  summary.seconds = (performance.now() - started) / 1000
  await fs.writeFile(path.join(options.out, MANIFEST), `${JSON.stringify(summary, null, 2)}\n`)
  return summary
}

/** The manifest of a finished corpus in `dir`, if it was made with these options by this generator. */
export async function readCorpus(
  dir: string,
  options: Pick<CorpusOptions, 'articles' | 'seed' | 'vocabulary'>,
): Promise<CorpusSummary | undefined> {
  try {
    const s = JSON.parse(await fs.readFile(path.join(dir, MANIFEST), 'utf8')) as CorpusSummary
    const same =
      s.generator === GENERATOR_VERSION &&
      s.articles === options.articles &&
      s.seed === (options.seed ?? 'portal-bench') &&
      s.vocabulary === (options.vocabulary ?? 40_000)
    return same ? s : undefined
  } catch {
    return undefined
  }
}

/** One line: files, words, languages. */
export function describeCorpus(s: CorpusSummary): string {
  const words = localeCodes.reduce((n, l) => n + s.words[l].total, 0)
  const min = Math.min(...localeCodes.map((l) => s.words[l].min))
  const max = Math.max(...localeCodes.map((l) => s.words[l].max))
  return (
    `${s.articles} articles, ${s.files.total} article files (${localeCodes.map((l) => `${l} ${s.files[l]}`).join(', ')}; ${s.drafts} drafts), ` +
    `${(words / 1e6).toFixed(2)} M body words (${min}–${max} a body), ${(s.bytes / 1e6).toFixed(1)} MB, ` +
    `kinds ${Object.entries(s.kinds)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`
  )
}
