import fs from 'node:fs/promises'
import path from 'node:path'

import { SITE_LINK_PATTERN } from '../../content-models/fields/common'
import { SLUG_PATTERN } from '../../content-models/fields/slug'
import { SiteAlert } from '../../content-models/globals/SiteAlert'
import { isLocale, type Locale, localeCodes, sourceLocale } from '../../content-models/locales'
import { plainTextProblem } from '../../content-models/rules/plainText'
import { isCountry } from '../../content-models/taxonomy'
import { type DocType, docTypes } from './doc-types'
import type { DocumentInput } from './document'
import { maxLengthOf } from './field-limits'
import { isoInstant, unsafeText } from './field-rules'
import { splitFrontMatter } from './front-matter'
import { ContentError, type Problem } from './problems'
import { publisherInput, type PublisherInput } from './publisher-file'
import { type FileText, readImportFile, SYMLINK_PROBLEM } from './read-file'
import { localeTexts, readYamlMap } from './yaml-maps'
import {
  type CitizenshipGroupInput,
  citizenshipGroupsInput,
  type HolidayCalendarInput,
  holidaysInput,
} from './situation-files'
import { variantProblems } from './variant-markdown'

export interface TopicInput {
  slug: string
  titles: Partial<Record<Locale, string>>
}

export interface RegionInput {
  slug: string
  country: string
  names: Partial<Record<Locale, string>>
}

/** One glossary concept: its words in each language (standard term first). */
export interface GlossaryInput {
  key: string
  terms: Partial<Record<Locale, string[]>>
}

export interface AlertInput {
  active: boolean
  level: 'urgent' | 'info'
  expiresAt: string
  link?: string
  message: Partial<Record<Locale, string>>
}

export interface ContentDir {
  articles: DocumentInput[]
  events: DocumentInput[]
  helpCentres: DocumentInput[]
  /** "My situation" steps (`steps/`), their citizenship groups and the official holiday calendars. */
  steps: DocumentInput[]
  citizenshipGroups: CitizenshipGroupInput[]
  holidays: HolidayCalendarInput[]
  topics: TopicInput[]
  regions: RegionInput[]
  glossary: GlossaryInput[]
  alert?: AlertInput
  publisher?: PublisherInput
}

const DOC_FILE = /^(.+)\.([^.]+)\.md$/
const ALERT_MESSAGE_MAX = maxLengthOf(SiteAlert, 'message')
const META_KEYS = new Set(['published', 'minorChange'])

interface ParsedFile {
  slug: string
  locale: Locale
  shared: Record<string, unknown>
  text: Record<string, unknown>
  markdown: string
  published: boolean
}

/** Reads one `<slug>.<locale>.md` of a document type, reporting every problem in it. */
function parseDocFile(type: DocType, file: string, source: string, problems: Problem[]): ParsedFile | undefined {
  const match = DOC_FILE.exec(path.basename(file))
  if (!match) {
    problems.push({ file, message: 'file name must be <slug>.<locale>.md' })
    return undefined
  }
  const [, slug, localeCode] = match
  const before = problems.length
  if (!isLocale(localeCode)) {
    problems.push({
      file,
      field: 'locale',
      message: `unknown locale "${localeCode}" (use one of ${localeCodes.join(', ')})`,
    })
  }
  if (!SLUG_PATTERN.test(slug)) {
    problems.push({
      file,
      field: 'slug',
      message: `"${slug}" is not a valid slug (lowercase latin letters, digits, single hyphens)`,
    })
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
  const shared: Record<string, unknown> = {}
  const text: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(fm)) {
    // Own keys only: `constructor` or `__proto__` must not find Object's.
    const rule = Object.hasOwn(type.fields, key) ? type.fields[key] : undefined
    if (!rule) {
      if (!META_KEYS.has(key))
        at(key, `unknown field (known: ${[...Object.keys(type.fields), ...META_KEYS].join(', ')})`)
      continue
    }
    if (value === null || value === undefined || value === '') continue
    const unsafe = unsafeText(value, rule.multiLine)
    const result = unsafe ? { problem: unsafe } : rule.coerce(value)
    if ('problem' in result) at(key, result.problem)
    else (rule.shared ? shared : text)[key] = result.value
  }
  for (const [key, rule] of Object.entries(type.fields)) {
    if (rule.required && !rule.shared && (fm[key] === undefined || fm[key] === null || fm[key] === ''))
      at(key, 'is required')
  }
  if (fm.published !== undefined && typeof fm.published !== 'boolean') at('published', 'must be true or false')
  if (fm.minorChange !== undefined && typeof fm.minorChange !== 'boolean') at('minorChange', 'must be true or false')
  if (fm.minorChange === true) text.minorChange = true
  if (!type.bodyOptional && !body.trim()) at('body', 'the Markdown body is empty')
  const bodyProblem = plainTextProblem(body, { multiLine: true })
  if (bodyProblem) at('body', bodyProblem)
  if (type.plainBody && body.trim().length > type.plainBody.max)
    at('body', `is ${body.trim().length} characters long; the limit is ${type.plainBody.max}`)
  // Variant containers, with the file's line numbers (the body follows the front matter).
  const bodyLine = source.slice(0, source.length - body.length).split('\n').length
  for (const p of variantProblems(body, bodyLine)) at('body', `line ${p.line}: ${p.message}`)
  if (problems.length > before) return undefined
  return { slug, locale, shared, text, markdown: body.trim(), published: fm.published !== false }
}

/** How many files are read at once: a folder of thousands otherwise waits on each in turn. */
const READ_AHEAD = 16

/**
 * The files of `paths`, each by its index, read up to READ_AHEAD ahead of the
 * one asked for; asked in order, each is read once and then let go.
 */
function readAhead(paths: string[]): (index: number) => Promise<FileText | undefined> {
  const reads = new Map<number, Promise<FileText | undefined>>()
  let next = 0
  return (index) => {
    for (; next < Math.min(paths.length, index + READ_AHEAD); next++) {
      const read = readImportFile(paths[next])
      // A failure counts when its file is asked for, as if read then.
      read.catch(() => {})
      reads.set(next, read)
    }
    const read = reads.get(index) ?? readImportFile(paths[index])
    reads.delete(index)
    return read
  }
}

/**
 * Reads every file of one document type and merges the languages of each slug.
 * Shared fields may be given in any of a document's files but must not disagree.
 */
async function readDocuments(
  dir: string,
  type: DocType,
  problems: Problem[],
): Promise<{ docs: DocumentInput[]; files: number } | undefined> {
  const folder = path.join(dir, type.folder)
  const stat = await fs.lstat(folder).catch(() => undefined)
  if (!stat?.isDirectory()) {
    if (!stat?.isSymbolicLink()) return undefined
    problems.push({ file: type.folder, message: SYMLINK_PROBLEM })
    return { docs: [], files: 0 }
  }
  const names = (await fs.readdir(folder)).filter((n) => n.endsWith('.md')).sort()
  const bySlug = new Map<string, DocumentInput>()
  const firstFile = new Map<string, Record<string, string>>()
  const reads = readAhead(names.map((name) => path.join(folder, name)))
  for (const [i, name] of names.entries()) {
    const file = `${type.folder}/${name}`
    const read = (await reads(i)) ?? { problem: 'disappeared while being read' }
    if ('problem' in read) {
      problems.push({ file, message: read.problem })
      continue
    }
    const parsed = parseDocFile(type, file, read.text, problems)
    if (!parsed) continue
    const doc = bySlug.get(parsed.slug) ?? { slug: parsed.slug, shared: {}, translations: {} }
    const givenBy = firstFile.get(parsed.slug) ?? {}
    for (const [field, value] of Object.entries(parsed.shared)) {
      if (field in doc.shared && JSON.stringify(doc.shared[field]) !== JSON.stringify(value)) {
        problems.push({
          file,
          locale: parsed.locale,
          field,
          message: `is ${JSON.stringify(value)} but ${givenBy[field]} says ${JSON.stringify(doc.shared[field])}; it is shared by all languages`,
        })
      } else if (!(field in doc.shared)) {
        doc.shared[field] = value
        givenBy[field] = file
      }
    }
    doc.translations[parsed.locale] = {
      file,
      text: parsed.text,
      markdown: parsed.markdown,
      published: parsed.published,
    }
    bySlug.set(parsed.slug, doc)
    firstFile.set(parsed.slug, givenBy)
  }
  for (const doc of bySlug.values()) {
    const first = Object.values(doc.translations)[0]!
    const locale = Object.keys(doc.translations)[0]
    const at = (field: string, message: string) => problems.push({ file: first.file, locale, field, message })
    for (const [field, value] of Object.entries(type.defaults ?? {}))
      if (!(field in doc.shared)) doc.shared[field] = value
    for (const [field, rule] of Object.entries(type.fields)) {
      if (rule.required && rule.shared && doc.shared[field] === undefined) at(field, 'is required')
    }
    type.check?.(doc, at)
  }
  return { docs: [...bySlug.values()], files: names.length }
}

async function readGlossary(dir: string, problems: Problem[]): Promise<GlossaryInput[]> {
  const file = 'glossary.yml'
  const data = await readYamlMap(dir, file, 'concept key to { locale: [term, synonyms…] }', problems)
  const glossary: GlossaryInput[] = []
  for (const [key, byLocale] of Object.entries(data ?? {})) {
    if (!SLUG_PATTERN.test(key)) {
      problems.push({
        file,
        field: key,
        message: 'is not a valid concept key (lowercase latin letters, digits, hyphens)',
      })
      continue
    }
    if (!byLocale || typeof byLocale !== 'object' || Array.isArray(byLocale)) {
      problems.push({ file, field: key, message: 'must map locales to lists of terms, e.g. { ru: [РВП], en: [RVP] }' })
      continue
    }
    const entry: GlossaryInput = { key, terms: {} }
    for (const [locale, terms] of Object.entries(byLocale as Record<string, unknown>)) {
      const unsafe = unsafeText(terms)
      if (!isLocale(locale)) problems.push({ file, locale, field: key, message: `unknown locale "${locale}"` })
      else if (!Array.isArray(terms) || terms.length === 0 || !terms.every((t) => typeof t === 'string' && t.trim())) {
        problems.push({ file, locale, field: key, message: 'must be a non-empty list of terms' })
      } else if (unsafe) problems.push({ file, locale, field: key, message: unsafe })
      else entry.terms[locale] = terms.map((t: string) => t.trim())
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
    const topic: TopicInput = {
      slug,
      titles: localeTexts(file, slug, titles as Record<string, unknown>, problems, { notText: 'title must be text' }),
    }
    if (!topic.titles[sourceLocale] && Object.keys(topic.titles).length > 0) {
      problems.push({
        file,
        locale: sourceLocale,
        field: slug,
        message: `needs a title in the source language (${sourceLocale})`,
      })
    }
    topics.push(topic)
  }
  return topics
}

async function readRegions(dir: string, problems: Problem[]): Promise<RegionInput[]> {
  const file = 'regions.yml'
  const data = await readYamlMap(dir, file, 'region slug to { country, names: { locale: name } }', problems)
  const regions: RegionInput[] = []
  for (const [slug, value] of Object.entries(data ?? {})) {
    const entry = value as { country?: unknown; names?: unknown } | null
    if (!SLUG_PATTERN.test(slug)) {
      problems.push({ file, field: slug, message: 'is not a valid region slug' })
      continue
    }
    if (!entry || typeof entry !== 'object' || !entry.names || typeof entry.names !== 'object') {
      problems.push({ file, field: slug, message: 'must be { country: ru, names: { ru: …, en: … } }' })
      continue
    }
    if (!isCountry(entry.country) || entry.country === 'all') {
      problems.push({ file, field: `${slug}.country`, message: `unknown country "${String(entry.country)}"` })
      continue
    }
    const names = localeTexts(file, slug, entry.names as Record<string, unknown>, problems, {
      notText: 'name must be text',
    })
    const region: RegionInput = { slug, country: entry.country as string, names }
    if (!region.names[sourceLocale])
      problems.push({
        file,
        locale: sourceLocale,
        field: slug,
        message: `needs a name in the source language (${sourceLocale})`,
      })
    regions.push(region)
  }
  return regions
}

async function readAlert(dir: string, problems: Problem[]): Promise<AlertInput | undefined> {
  const file = 'alert.yml'
  const data = await readYamlMap(dir, file, 'alert fields (active, level, expiresAt, message)', problems)
  if (!data) return undefined
  const at = (field: string, message: string, locale?: string) => problems.push({ file, field, message, locale })
  for (const key of Object.keys(data)) {
    if (!['active', 'level', 'expiresAt', 'link', 'message'].includes(key))
      at(key, 'unknown field (known: active, level, expiresAt, link, message)')
  }
  if (typeof data.active !== 'boolean') at('active', 'must be true or false')
  const level = data.level ?? 'urgent'
  if (level !== 'urgent' && level !== 'info') at('level', 'must be urgent or info')
  // The YAML core schema keeps unquoted dates as strings, so this sees what the author wrote.
  const expires = typeof data.expiresAt === 'string' ? isoInstant(data.expiresAt) : undefined
  if (!expires) {
    at(
      'expiresAt',
      `"${String(data.expiresAt)}" is not a real date or date and time (use 2027-01-31T00:00:00Z, 2027-01-31T00:00+03:00, or 2027-01-31 for 00:00 UTC)`,
    )
  }
  const linkProblem =
    data.link === undefined
      ? undefined
      : typeof data.link !== 'string' || !SITE_LINK_PATTERN.test(data.link)
        ? 'must be https://… or a path starting with /'
        : unsafeText(data.link)
  if (linkProblem) at('link', linkProblem)
  const isMap = data.message && typeof data.message === 'object'
  if (!isMap) at('message', 'must map locales to text, e.g. { ru: …, en: … }')
  const message = isMap
    ? localeTexts(file, 'message', data.message as Record<string, unknown>, problems, {
        notText: 'must be text',
        max: ALERT_MESSAGE_MAX,
        multiLine: true,
      })
    : {}
  return {
    active: data.active === true,
    level: level as AlertInput['level'],
    expiresAt: expires?.toISOString() ?? '',
    link: data.link as string | undefined,
    message,
  }
}

/**
 * Reads and validates an import directory (docs/content-formats.md): articles,
 * events and help centres as `<folder>/<slug>.<locale>.md`, plus the optional
 * topics.yml, regions.yml, glossary.yml, alert.yml and publisher.yml, and the "My situation"
 * steps (`steps/`), citizenship-groups.yml and holidays.yml. Nothing is written
 * anywhere; every problem in every file is collected and thrown together as a
 * ContentError.
 */
export async function readContentDir(dir: string): Promise<ContentDir> {
  // The types are read at once, each into its own list: one shared list would
  // report their problems in whatever order the file reads happened to finish.
  const problemsByType = docTypes.map((): Problem[] => [])
  const read = await Promise.all(docTypes.map((type, i) => readDocuments(dir, type, problemsByType[i])))
  const problems = problemsByType.flat()
  if (read.every((r) => r === undefined)) {
    throw new ContentError([
      {
        file: path.join(dir, 'articles'),
        message: 'directory not found (expected <dir>/articles/<slug>.<locale>.md, events/ or help-centres/)',
      },
    ])
  }
  if (read.every((r) => !r?.files) && problems.length === 0) {
    throw new ContentError([{ file: 'articles/', message: 'contains no .md files' }])
  }
  const topics = await readTopics(dir, problems)
  const regions = await readRegions(dir, problems)
  const glossary = await readGlossary(dir, problems)
  const alert = await readAlert(dir, problems)
  const publisherData = await readYamlMap(
    dir,
    'publisher.yml',
    'publisher fields (name, about, phone, email, website)',
    problems,
  )
  const publisher = publisherData && publisherInput(publisherData, problems)
  const groupsData = await readYamlMap(dir, 'citizenship-groups.yml', 'group slug to { members, names }', problems)
  const citizenshipGroups = groupsData ? citizenshipGroupsInput(groupsData, problems) : []
  const holidaysData = await readYamlMap(
    dir,
    'holidays.yml',
    'country to year to { holidays, workingWeekends }',
    problems,
  )
  const holidays = holidaysData ? holidaysInput(holidaysData, problems) : []
  if (problems.length > 0) throw new ContentError(problems)
  const [articles, events, helpCentres, steps] = read.map((r) => r?.docs ?? [])
  return {
    articles,
    events,
    helpCentres,
    steps,
    citizenshipGroups,
    holidays,
    topics,
    regions,
    glossary,
    alert,
    publisher,
  }
}
