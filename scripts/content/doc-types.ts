import { TELEGRAM_PATTERN } from '../../content-models/fields/common'
import { localeCodes } from '../../content-models/locales'
import {
  articleKinds,
  centreServices,
  citizenships,
  countries,
  eventKinds,
  eventTimeZones,
  migrantStatuses,
} from '../../content-models/taxonomy'
import {
  bool,
  changeNotes,
  date,
  type FieldRule,
  localDateTime,
  manyOf,
  oneOf,
  pattern,
  phone,
  phones,
  slugRef,
  slugRefs,
  text,
  url,
  words,
} from './field-rules'

/** A document as read from its language files: shared fields once, text per language. */
export interface DocumentInput {
  slug: string
  shared: Record<string, unknown>
  /** Files by locale. */
  translations: Partial<Record<string, TranslationInput>>
}

export interface TranslationInput {
  file: string
  /** Per-language front-matter values, keyed by front-matter name. */
  text: Record<string, unknown>
  markdown: string
  published: boolean
}

type Report = (field: string, message: string) => void

/** One kind of document the importer reads from `<folder>/<slug>.<locale>.md`. */
export interface DocType {
  folder: 'articles' | 'events' | 'help-centres'
  collection: 'articles' | 'events' | 'help-centres'
  fields: Record<string, FieldRule>
  /** Shared values a document gets when no file gives them. */
  defaults?: Record<string, unknown>
  /** Whether the Markdown body may be empty. */
  bodyOptional?: boolean
  /** Checks across fields, once the files of a document are merged. */
  check?: (doc: DocumentInput, at: Report) => void
}

const lawChangeOnly = ['expiryDate', 'affectedCitizenships', 'affectedStatuses', 'legalUrl', 'affectedArticles']

export const articleType: DocType = {
  folder: 'articles',
  collection: 'articles',
  defaults: { country: 'all', topics: [] },
  fields: {
    title: text({ required: true, max: 160 }),
    summary: text({ max: 400, multiLine: true }),
    kind: oneOf(articleKinds, { required: true, shared: true }),
    country: oneOf(countries),
    topics: slugRefs('work, documents'),
    keywords: words('миграционка, РВП'),
    reviewedAt: date(),
    reviewDue: date(),
    changes: changeNotes(),
    effectiveDate: date(),
    expiryDate: date(),
    affectedCitizenships: manyOf(citizenships),
    affectedStatuses: manyOf(migrantStatuses),
    legalAct: text({ max: 300 }),
    legalArticle: text({ max: 200 }),
    legalUrl: url(),
    affectedArticles: slugRefs('work-patent-russia'),
  },
  check: ({ shared }, at) => {
    if (shared.kind === 'law-change') {
      if (!shared.effectiveDate) at('effectiveDate', 'is required for a law change')
      if (shared.expiryDate && shared.effectiveDate && String(shared.expiryDate) <= String(shared.effectiveDate)) {
        at('expiryDate', `${String(shared.expiryDate)} is not after effectiveDate ${String(shared.effectiveDate)}`)
      }
    } else if (shared.kind) {
      for (const f of lawChangeOnly) if (shared[f] !== undefined) at(f, 'is only for law changes (kind: law-change)')
    }
  },
}

export const eventType: DocType = {
  folder: 'events',
  collection: 'events',
  defaults: { topics: [], languages: [] },
  fields: {
    title: text({ required: true, max: 160 }),
    summary: text({ max: 400, multiLine: true }),
    eventKind: oneOf(eventKinds, { required: true, shared: true }),
    start: localDateTime({ required: true }),
    end: localDateTime({ required: true }),
    timeZone: oneOf(eventTimeZones, { required: true, shared: true }),
    country: oneOf(countries, { required: true, shared: true }),
    region: slugRef(),
    helpCentre: slugRef(),
    address: text({ max: 300 }),
    onlineUrl: url(),
    languages: manyOf(localeCodes),
    organiser: text({ max: 200 }),
    registrationUrl: url(),
    registrationPhone: phone(),
    topics: slugRefs('work, documents'),
  },
  check: ({ shared, translations }, at) => {
    if (shared.start && shared.end && String(shared.end) <= String(shared.start)) {
      at('end', `${String(shared.end)} is not after start ${String(shared.start)}`)
    }
    const hasAddress = Object.values(translations).some((t) => t?.text.address)
    if (!shared.helpCentre && !shared.onlineUrl && !hasAddress) {
      at('helpCentre', 'an event needs a place: helpCentre, address or onlineUrl')
    }
  },
}

export const helpCentreType: DocType = {
  folder: 'help-centres',
  collection: 'help-centres',
  bodyOptional: true,
  defaults: { phones: [], languages: [], services: [], hotlineFree: false },
  fields: {
    name: text({ required: true, max: 160 }),
    organisation: text({ max: 200 }),
    country: oneOf(
      countries.filter((c) => c !== 'all'),
      { required: true, shared: true },
    ),
    region: slugRef({ required: true }),
    city: text({ required: true, max: 100 }),
    address: text({ max: 300 }),
    openingHours: text({ max: 300, multiLine: true }),
    phones: phones(),
    hotline: phone(),
    hotlineFree: bool({ shared: true }),
    whatsapp: phone(),
    telegram: pattern(TELEGRAM_PATTERN, 'is not a Telegram username (5–32 letters, digits or _, without @)'),
    viber: phone(),
    email: pattern(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'is not an email address'),
    website: url(),
    languages: manyOf(localeCodes),
    services: manyOf(centreServices),
  },
}

export const docTypes = [articleType, eventType, helpCentreType] as const
