import { SLUG_PATTERN } from '../../content-models/fields/slug'
import { localeCodes } from '../../content-models/locales'
import {
  articleKinds,
  centreServices,
  citizenships,
  countries,
  eventKinds,
  migrantStatuses,
} from '../../content-models/taxonomy'

/**
 * JSON Schemas (draft 2020-12) of the files in /api/v1/, published beside
 * them at /api/v1/schemas/<name>.json. Within v1, fields are only ever added.
 * An articles or law-changes file holds one page of its list (`pageFields`);
 * its later pages have the same schema.
 */
const BASE = '/api/v1/schemas'
const str = { type: 'string' } as const
const nullableStr = { type: ['string', 'null'] } as const
const dateTime = { type: 'string', format: 'date-time' } as const
const date = { type: 'string', format: 'date' } as const
const nullableDate = { type: ['string', 'null'], format: 'date' } as const
const url = { type: 'string', format: 'uri' } as const
const nullableUrl = { type: ['string', 'null'], format: 'uri' } as const
const locale = { enum: [...localeCodes] } as const
const slug = { type: 'string', pattern: SLUG_PATTERN.source } as const
const slugs = { type: 'array', items: slug } as const
const list = (items: object) => ({ type: 'array', items }) as const

const header = {
  version: { const: 'v1' },
  language: locale,
  htmlLang: str,
  dir: { enum: ['ltr', 'rtl'] },
  generatedAt: dateTime,
  portal: { type: 'object', required: ['name', 'url'], properties: { name: str, url } },
  labels: {
    type: 'object',
    required: ['source', 'more', 'empty'],
    properties: { source: str, more: str, empty: str },
  },
}
const headerRequired = Object.keys(header)

/** The fields of a list that comes page by page (articles, law changes): where this file is, and the next one. */
const pageFields = {
  page: { type: 'integer', minimum: 1, description: 'This file’s page of the list, 1 for the list’s own address' },
  totalPages: { type: 'integer', minimum: 1, description: 'How many files the list takes' },
  totalItems: { type: 'integer', minimum: 0, description: 'How many items the whole list has' },
  next: { ...nullableUrl, description: 'The next page’s file, or null on the last page' },
  prev: { ...nullableUrl, description: 'The previous page’s file, or null on the first page' },
}

const articleSummary = {
  type: 'object',
  required: [
    'slug',
    'title',
    'summary',
    'kind',
    'topics',
    'country',
    'url',
    'updatedAt',
    'reviewedAt',
    'effectiveDate',
    'expiryDate',
    'lawStatus',
    'translation',
    'availableIn',
    'display',
  ],
  properties: {
    slug,
    title: str,
    summary: nullableStr,
    kind: { enum: [...articleKinds] },
    topics: slugs,
    country: { enum: [...countries] },
    url,
    updatedAt: dateTime,
    reviewedAt: nullableDate,
    effectiveDate: nullableDate,
    expiryDate: nullableDate,
    lawStatus: { enum: ['upcoming', 'in-force', 'expired', null] },
    translation: {
      type: 'object',
      required: ['status'],
      properties: { status: { enum: ['published', 'outdated'] }, originalUpdatedAt: dateTime },
    },
    availableIn: list(locale),
    display: {
      type: 'object',
      required: ['date', 'reviewed', 'translation'],
      properties: { date: str, reviewed: nullableStr, translation: nullableStr },
    },
  },
} as const

const file = (name: string, title: string, body: Record<string, object>) => ({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${BASE}/${name}.json`,
  title,
  type: 'object',
  required: [...headerRequired, ...Object.keys(body)],
  properties: { ...header, ...body },
})

export const schemas = {
  articles: file('articles', 'Articles published in one language, most recently updated first, page by page', {
    ...pageFields,
    items: list(articleSummary),
  }),
  'law-changes': file(
    'law-changes',
    'Law changes published in one language, newest effective date first, page by page',
    {
      ...pageFields,
      items: list({
        ...articleSummary,
        required: [
          ...articleSummary.required,
          'affectedCitizenships',
          'affectedStatuses',
          'legalBasis',
          'affectedArticles',
        ],
        properties: {
          ...articleSummary.properties,
          kind: { const: 'law-change' },
          affectedCitizenships: list({ enum: [...citizenships] }),
          affectedStatuses: list({ enum: [...migrantStatuses] }),
          legalBasis: {
            type: 'object',
            required: ['act', 'article', 'url'],
            properties: { act: nullableStr, article: nullableStr, url: nullableUrl },
          },
          affectedArticles: slugs,
        },
      }),
    },
  ),
  article: file('article', 'One article in one language, with its body as HTML', {
    article: {
      ...articleSummary,
      required: [...articleSummary.required, 'html', 'changes'],
      properties: {
        ...articleSummary.properties,
        html: str,
        changes: list({ type: 'object', required: ['date', 'note'], properties: { date, note: str } }),
      },
    },
  }),
  events: file('events', 'Upcoming events, in one language where translated', {
    calendar: url,
    items: list({
      type: 'object',
      required: [
        'slug',
        'title',
        'summary',
        'language',
        'eventKind',
        'start',
        'end',
        'timeZone',
        'country',
        'region',
        'helpCentre',
        'place',
        'onlineUrl',
        'languages',
        'registrationUrl',
        'registrationPhone',
        'topics',
        'url',
        'ics',
        'display',
      ],
      properties: {
        slug,
        title: str,
        summary: nullableStr,
        language: locale,
        eventKind: { enum: [...eventKinds] },
        start: dateTime,
        end: dateTime,
        timeZone: str,
        country: { enum: [...countries] },
        region: { anyOf: [slug, { type: 'null' }] },
        helpCentre: { anyOf: [slug, { type: 'null' }] },
        place: nullableStr,
        onlineUrl: nullableUrl,
        languages: list(locale),
        registrationUrl: nullableUrl,
        registrationPhone: nullableStr,
        topics: slugs,
        url,
        ics: url,
        display: { type: 'object', required: ['date'], properties: { date: str } },
      },
    }),
  }),
  'help-centres': file('help-centres', 'Help centres and hotlines, in one language where translated', {
    items: list({
      type: 'object',
      required: [
        'slug',
        'name',
        'organisation',
        'language',
        'country',
        'region',
        'regionName',
        'city',
        'address',
        'openingHours',
        'phones',
        'hotline',
        'hotlineFree',
        'whatsapp',
        'telegram',
        'viber',
        'email',
        'website',
        'languages',
        'services',
        'url',
      ],
      properties: {
        slug,
        name: str,
        organisation: nullableStr,
        language: locale,
        country: { enum: countries.filter((c) => c !== 'all') },
        region: slug,
        regionName: str,
        city: str,
        address: nullableStr,
        openingHours: nullableStr,
        phones: list(str),
        hotline: nullableStr,
        hotlineFree: { type: 'boolean' },
        whatsapp: nullableStr,
        telegram: nullableStr,
        viber: nullableStr,
        email: nullableStr,
        website: nullableUrl,
        languages: list(locale),
        services: list({ enum: [...centreServices] }),
        url,
      },
    }),
  }),
}

export type SchemaName = keyof typeof schemas
