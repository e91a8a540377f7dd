import fs from 'node:fs/promises'
import path from 'node:path'

import { parse as parseYaml } from 'yaml'

import { SLUG_PATTERN } from '../../content-models/fields/slug'
import { isLocale, localeCodes, type Locale, sourceLocale } from '../../content-models/locales'
import {
  type ArticleKind,
  articleKinds,
  type Country,
  countries,
  isArticleKind,
  isCountry,
} from '../../content-models/taxonomy'
import { splitFrontMatter } from './front-matter'
import { ContentError, type Problem } from './problems'

/** One language version of an article, as read from `<slug>.<locale>.md`. */
export interface ArticleTranslation {
  file: string
  title: string
  summary?: string
  markdown: string
  /** Search words that the text does not use; indexed, never shown. */
  keywords: string[]
  published: boolean
}

/** Language-independent fields plus every translation of one slug. */
export interface ArticleInput {
  slug: string
  kind: ArticleKind
  country: Country
  topics: string[]
  effectiveDate?: string
  translations: Partial<Record<Locale, ArticleTranslation>>
}

export interface TopicInput {
  slug: string
  titles: Partial<Record<Locale, string>>
}

/** One glossary concept: its words in each language (standard term first). */
export interface GlossaryInput {
  key: string
  terms: Partial<Record<Locale, string[]>>
}

export interface ContentDir {
  articles: ArticleInput[]
  topics: TopicInput[]
  glossary: GlossaryInput[]
}

const ARTICLE_FILE = /^(.+)\.([^.]+)\.md$/
const DATE = /^\d{4}-\d{2}-\d{2}$/
const KNOWN_KEYS = new Set(['title', 'kind', 'country', 'topics', 'summary', 'effectiveDate', 'keywords', 'published'])
/** Fields every translation must agree on, since they are stored once per article. */
const SHARED_FIELDS = ['kind', 'country', 'topics', 'effectiveDate'] as const

function isRealDate(value: string): boolean {
  if (!DATE.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
}

/** YAML may hand back a Date for unquoted timestamps under some schemas; accept both. */
function dateString(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10)
  if (typeof value === 'string') return value.trim()
  return undefined
}

interface ParsedFile {
  slug: string
  locale: Locale
  shared: Pick<ArticleInput, 'kind' | 'country' | 'topics' | 'effectiveDate'>
  translation: ArticleTranslation
}

function parseArticleFile(file: string, source: string, problems: Problem[]): ParsedFile | undefined {
  const name = path.basename(file)
  const match = ARTICLE_FILE.exec(name)
  if (!match) {
    problems.push({ file, message: 'file name must be <slug>.<locale>.md' })
    return undefined
  }
  const [, slug, localeCode] = match
  const before = problems.length
  if (!isLocale(localeCode)) {
    problems.push({ file, field: 'locale', message: `unknown locale "${localeCode}" (use one of ${localeCodes.join(', ')})` })
  }
  if (!SLUG_PATTERN.test(slug)) {
    problems.push({ file, field: 'slug', message: `"${slug}" is not a valid slug (lowercase latin letters, digits, single hyphens)` })
  }
  if (problems.length > before) return undefined
  const locale = localeCode as Locale
  const at = (field: string, message: string) => problems.push({ file, locale, field, message })

  let data: unknown
  let body: string
  try {
    ;({ data, body } = splitFrontMatter(source))
  } catch (error) {
    at('front matter', (error as Error).message)
    return undefined
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    at('front matter', 'must be a YAML map of fields')
    return undefined
  }
  const fm = data as Record<string, unknown>
  for (const key of Object.keys(fm)) {
    if (!KNOWN_KEYS.has(key)) at(key, `unknown field (known: ${[...KNOWN_KEYS].join(', ')})`)
  }

  const title = typeof fm.title === 'string' ? fm.title.trim() : ''
  if (!title) at('title', 'is required')
  if (!isArticleKind(fm.kind)) {
    at('kind', fm.kind === undefined ? 'is required' : `unknown kind "${String(fm.kind)}" (use one of ${articleKinds.join(', ')})`)
  }
  const country = fm.country ?? 'all'
  if (!isCountry(country)) at('country', `unknown country "${String(country)}" (use one of ${countries.join(', ')})`)
  let topics: string[] = []
  if (fm.topics !== undefined) {
    if (!Array.isArray(fm.topics) || !fm.topics.every((t) => typeof t === 'string' && SLUG_PATTERN.test(t))) {
      at('topics', 'must be a list of topic slugs, e.g. [work, documents]')
    } else {
      topics = [...new Set(fm.topics as string[])].sort()
    }
  }
  if (fm.summary !== undefined && typeof fm.summary !== 'string') at('summary', 'must be text')
  let effectiveDate: string | undefined
  if (fm.effectiveDate !== undefined && fm.effectiveDate !== null) {
    effectiveDate = dateString(fm.effectiveDate)
    if (!effectiveDate || !isRealDate(effectiveDate)) {
      at('effectiveDate', `"${String(fm.effectiveDate)}" is not a valid date (use YYYY-MM-DD)`)
    }
  } else if (fm.kind === 'law-change') {
    at('effectiveDate', 'is required for a law change')
  }
  const keywords = fm.keywords ?? []
  if (!Array.isArray(keywords) || !keywords.every((k) => typeof k === 'string' && k.trim())) {
    at('keywords', 'must be a list of words, e.g. [миграционка, РВП]')
  }
  if (fm.published !== undefined && typeof fm.published !== 'boolean') at('published', 'must be true or false')
  if (!body.trim()) at('body', 'the Markdown body is empty')
  if (problems.length > before) return undefined

  return {
    slug,
    locale,
    shared: { kind: fm.kind as ArticleKind, country: country as Country, topics, effectiveDate },
    translation: {
      file,
      title,
      summary: typeof fm.summary === 'string' ? fm.summary.trim() : undefined,
      markdown: body.trim(),
      keywords: (keywords as string[]).map((k) => k.trim()),
      published: fm.published !== false,
    },
  }
}

/** Reads an optional YAML map file of the import directory; undefined when absent. */
async function readYamlMap(dir: string, file: string, shape: string, problems: Problem[]): Promise<Record<string, unknown> | undefined> {
  let source: string
  try {
    source = await fs.readFile(path.join(dir, file), 'utf8')
  } catch {
    return undefined
  }
  let data: unknown
  try {
    data = parseYaml(source, { uniqueKeys: true })
  } catch (error) {
    problems.push({ file, message: `invalid YAML: ${(error as Error).message.split('\n')[0]}` })
    return undefined
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ file, message: `must be a map of ${shape}` })
    return undefined
  }
  return data as Record<string, unknown>
}

async function readGlossary(dir: string, problems: Problem[]): Promise<GlossaryInput[]> {
  const file = 'glossary.yml'
  const data = await readYamlMap(dir, file, 'concept key to { locale: [term, synonyms…] }', problems)
  const glossary: GlossaryInput[] = []
  for (const [key, byLocale] of Object.entries(data ?? {})) {
    if (!SLUG_PATTERN.test(key)) {
      problems.push({ file, field: key, message: 'is not a valid concept key (lowercase latin letters, digits, hyphens)' })
      continue
    }
    if (!byLocale || typeof byLocale !== 'object' || Array.isArray(byLocale)) {
      problems.push({ file, field: key, message: 'must map locales to lists of terms, e.g. { ru: [РВП], en: [RVP] }' })
      continue
    }
    const entry: GlossaryInput = { key, terms: {} }
    for (const [locale, terms] of Object.entries(byLocale as Record<string, unknown>)) {
      if (!isLocale(locale)) problems.push({ file, locale, field: key, message: `unknown locale "${locale}"` })
      else if (!Array.isArray(terms) || terms.length === 0 || !terms.every((t) => typeof t === 'string' && t.trim())) {
        problems.push({ file, locale, field: key, message: 'must be a non-empty list of terms' })
      } else entry.terms[locale] = terms.map((t: string) => t.trim())
    }
    glossary.push(entry)
  }
  return glossary
}

async function readTopics(dir: string, problems: Problem[]): Promise<TopicInput[]> {
  const file = 'topics.yml'
  const data = await readYamlMap(dir, file, 'topic slug to { locale: title }', problems)
  const topics: TopicInput[] = []
  for (const [slug, titles] of Object.entries(data ?? {})) {
    if (!SLUG_PATTERN.test(slug)) {
      problems.push({ file, field: slug, message: 'is not a valid topic slug' })
      continue
    }
    if (!titles || typeof titles !== 'object' || Array.isArray(titles)) {
      problems.push({ file, field: slug, message: 'must map locales to titles, e.g. { ru: Работа, en: Work }' })
      continue
    }
    const topic: TopicInput = { slug, titles: {} }
    for (const [locale, title] of Object.entries(titles as Record<string, unknown>)) {
      if (!isLocale(locale)) problems.push({ file, locale, field: slug, message: `unknown locale "${locale}"` })
      else if (typeof title !== 'string' || !title.trim()) problems.push({ file, locale, field: slug, message: 'title must be text' })
      else topic.titles[locale] = title.trim()
    }
    if (!topic.titles[sourceLocale] && Object.keys(topic.titles).length > 0) {
      problems.push({ file, locale: sourceLocale, field: slug, message: `needs a title in the source language (${sourceLocale})` })
    }
    topics.push(topic)
  }
  return topics
}

/**
 * Reads and validates an import directory (`articles/<slug>.<locale>.md`, optional
 * `topics.yml` and `glossary.yml`). Nothing is written anywhere; every problem in every file is
 * collected and thrown together as a ContentError.
 */
export async function readContentDir(dir: string): Promise<ContentDir> {
  const problems: Problem[] = []
  const articlesDir = path.join(dir, 'articles')
  let names: string[]
  try {
    names = (await fs.readdir(articlesDir)).filter((n) => n.endsWith('.md')).sort()
  } catch {
    throw new ContentError([{ file: articlesDir, message: 'directory not found (expected <dir>/articles/<slug>.<locale>.md)' }])
  }
  if (names.length === 0) throw new ContentError([{ file: 'articles/', message: 'contains no .md files' }])

  const topics = await readTopics(dir, problems)
  const glossary = await readGlossary(dir, problems)
  const bySlug = new Map<string, ArticleInput>()
  const firstFile = new Map<string, string>()
  for (const name of names) {
    const file = `articles/${name}`
    const parsed = parseArticleFile(file, await fs.readFile(path.join(articlesDir, name), 'utf8'), problems)
    if (!parsed) continue
    const existing = bySlug.get(parsed.slug)
    if (!existing) {
      bySlug.set(parsed.slug, { slug: parsed.slug, ...parsed.shared, translations: { [parsed.locale]: parsed.translation } })
      firstFile.set(parsed.slug, file)
      continue
    }
    for (const field of SHARED_FIELDS) {
      if (JSON.stringify(existing[field]) !== JSON.stringify(parsed.shared[field])) {
        problems.push({
          file,
          locale: parsed.locale,
          field,
          message: `is ${JSON.stringify(parsed.shared[field] ?? null)} but ${firstFile.get(parsed.slug)} says ${JSON.stringify(existing[field] ?? null)}; it is shared by all languages`,
        })
      }
    }
    existing.translations[parsed.locale] = parsed.translation
  }
  if (problems.length > 0) throw new ContentError(problems)
  return { articles: [...bySlug.values()], topics, glossary }
}
