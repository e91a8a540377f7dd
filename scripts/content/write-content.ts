import { editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { Payload } from 'payload'

import type { Locale } from '../../content-models/locales'
import { type DocType, docTypes, writeOrder } from './doc-types'
import { orderedLocales } from './document'
import { bodyConverter } from './markdown-bodies'
import { type Counts, counts, type Outcome } from './outcomes'
import { ContentError } from './problems'
import { writePublisher } from './publisher-file'
import type { ContentDir } from './read-content-dir'
import { existingIds, linkAfterWrite, type Refs, unresolved } from './references'
import { writeCitizenshipGroups, writeHolidayCalendars } from './situation-files'
import { writeAlert, writeGlossary, writeRegions, writeTopics } from './taxonomy-writers'
import { inStoredBatches } from './stored-docs'
import { inTransaction } from './transaction'
import { writeDocument } from './write-document'

export type { Outcome }

export interface WriteReport {
  articles: Counts
  events: Counts
  helpCentres: Counts
  steps: Counts
  translations: number
  topics: Counts
  regions: Counts
  glossary: Counts
  citizenshipGroups: Counts
  holidayCalendars: Counts
  alert?: Outcome
  publisher?: Outcome
  /** Topic slugs used by articles but missing from topics.yml and the database. */
  createdWithoutTitles: string[]
}

export interface WriteOptions {
  /** Called once per document, for progress output. */
  onDocument?: (folder: DocType['folder'], slug: string, outcome: Outcome, locales: Locale[]) => void
  /** Where Markdown conversions are remembered between imports (BODY_CACHE_DIR), or null for nowhere. */
  bodyCache?: string | null
}

/**
 * Writes validated content to the database in one transaction: every document
 * is created or updated in place (matched by slug or key), or, on any error,
 * nothing at all is changed.
 */
export async function writeContent(
  payload: Payload,
  content: ContentDir,
  options: WriteOptions = {},
): Promise<WriteReport> {
  const report: WriteReport = {
    articles: counts(),
    events: counts(),
    helpCentres: counts(),
    steps: counts(),
    translations: 0,
    topics: counts(),
    regions: counts(),
    glossary: counts(),
    citizenshipGroups: counts(),
    holidayCalendars: counts(),
    createdWithoutTitles: [],
  }
  const convert = bodyConverter(await editorConfigFactory.default({ config: payload.config }), options.bodyCache)
  await inTransaction(payload, async (req) => {
    const topics = await writeTopics(payload, req, content, report.topics, (s) => report.createdWithoutTitles.push(s))
    // A document may name a region or document that only the database has, not this import.
    const refs = { topics, regions: await existingIds(payload, req, 'regions') } as Refs
    for (const type of docTypes) refs[type.collection] = await existingIds(payload, req, type.collection)
    for (const [slug, id] of await writeRegions(payload, req, content.regions, report.regions))
      refs.regions.set(slug, id)
    await writeGlossary(payload, req, content.glossary, report.glossary)
    // Steps name groups: every stored group joins the lookups, this import's first.
    refs['citizenship-groups'] = await writeCitizenshipGroups(
      payload,
      req,
      content.citizenshipGroups,
      report.citizenshipGroups,
    )
    await writeHolidayCalendars(payload, req, content.holidays, report.holidayCalendars)
    for (const type of writeOrder) {
      // Written documents join the lookups, so later documents can name them.
      const ids = refs[type.collection]
      await inStoredBatches(
        payload,
        req,
        type.collection,
        content[type.key],
        (doc) => {
          const id = ids.get(doc.slug)
          return id === undefined ? [] : orderedLocales(doc).map((locale) => ({ id, locale }))
        },
        async (doc, stored) => {
          const problems = unresolved(type, doc, refs)
          if (problems.length) throw new ContentError(problems)
          const existing = ids.get(doc.slug)
          const { outcome, id } = await writeDocument(payload, req, type, doc, existing, refs, convert, (locale) =>
            existing === undefined ? undefined : stored(existing, locale),
          )
          ids.set(doc.slug, id)
          report[type.key][outcome]++
          const locales = orderedLocales(doc)
          report.translations += locales.length
          options.onDocument?.(type.folder, doc.slug, outcome, locales)
        },
      )
    }
    for (const type of writeOrder) await linkAfterWrite(payload, req, type, content[type.key], refs)
    if (content.alert) report.alert = await writeAlert(payload, req, content.alert)
    if (content.publisher) report.publisher = await writePublisher(payload, req, content.publisher)
  })
  return report
}
