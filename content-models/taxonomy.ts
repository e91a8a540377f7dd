/** Kinds of article; the site's UI strings name each one (`kind.<value>`). */
export const articleKinds = ['rights', 'obligations', 'law-change', 'guide'] as const
export type ArticleKind = (typeof articleKinds)[number]

import { type Locale, localeCodes } from './locales'

/** Countries an article applies to (ISO 3166-1 alpha-2, lowercase), or `all`. */
export const countries = ['ru', 'bg', 'kg', 'tj', 'uz', 'all'] as const
export type Country = (typeof countries)[number]

export function isCountry(value: unknown): value is Country {
  return typeof value === 'string' && (countries as readonly string[]).includes(value)
}

/**
 * Citizenships a law change can concern (ISO 3166-1 alpha-2, lowercase). The
 * site names them with `Intl.DisplayNames` in the reader's language.
 * EAEU members (am, by, kz, kg) need no work patent in Russia; uz, tj and others do.
 */
export const citizenships = [
  'uz',
  'tj',
  'kg',
  'kz',
  'am',
  'by',
  'az',
  'md',
  'ua',
  'ge',
  'tm',
  'af',
  'sy',
  'iq',
] as const
export type Citizenship = (typeof citizenships)[number]

/** Residence statuses a law change can concern; UI strings `status.<value>`. */
export const migrantStatuses = ['labour-migrant', 'student', 'family-member', 'long-term-resident', 'refugee'] as const
export type MigrantStatus = (typeof migrantStatuses)[number]

/** Kinds of integration event; UI strings `eventKind.<value>`. */
export const eventKinds = ['information-meeting', 'training', 'multicultural'] as const
export type EventKind = (typeof eventKinds)[number]

/** What a help centre offers; UI strings `service.<value>`. */
export const centreServices = [
  'legal-advice',
  'documents',
  'employment',
  'housing',
  'health',
  'psychological-support',
  'language-courses',
  'education',
  'shelter',
  'return-assistance',
] as const
export type CentreService = (typeof centreServices)[number]

/** Time zones events are held in (IANA names), offered in the admin's picker. */
export const eventTimeZones = [
  'Europe/Kaliningrad',
  'Europe/Moscow',
  'Europe/Samara',
  'Asia/Yekaterinburg',
  'Asia/Omsk',
  'Asia/Novosibirsk',
  'Asia/Krasnoyarsk',
  'Asia/Irkutsk',
  'Asia/Yakutsk',
  'Asia/Vladivostok',
  'Europe/Sofia',
  'Asia/Bishkek',
  'Asia/Dushanbe',
  'Asia/Tashkent',
  'Asia/Almaty',
  'UTC',
] as const

/** The time zone whose calendar day decides when a country's law changes take effect. */
export const countryTimeZone: Record<Country, string> = {
  ru: 'Europe/Moscow',
  bg: 'Europe/Sofia',
  kg: 'Asia/Bishkek',
  tj: 'Asia/Dushanbe',
  uz: 'Asia/Tashkent',
  all: 'UTC',
}

/**
 * The languages a document about a country should exist in unless its editors
 * say otherwise: what the people who go there read. Russia's migrants come
 * from Uzbekistan, Tajikistan and Kyrgyzstan; Bulgaria's from Arabic-speaking
 * countries and the former Soviet Union. The source language is always among them.
 */
export const countryLanguages: Record<Country, readonly Locale[]> = {
  ru: ['ru', 'uz', 'tg', 'ky', 'en'],
  bg: ['bg', 'ar', 'en', 'ru'],
  kg: ['ky', 'ru', 'en'],
  tj: ['tg', 'ru', 'en'],
  uz: ['uz', 'ru', 'en'],
  all: localeCodes,
}
