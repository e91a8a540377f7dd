import type { Locale } from '../../content-models/locales'
import type { LocaleFormats } from './locale-format'

/** The strings of the offline fallback page, which the service worker writes itself. */
export const FALLBACK_KEYS = [
  'site.name',
  'offline.fallbackTitle',
  'offline.fallbackText',
  'offline.fallbackRetry',
  'offline.fallbackSavedHeading',
  'offline.fallbackLanguage',
  'offline.fallbackVisited',
  'offline.fallbackNothing',
  'offline.footerLink',
] as const

export type FallbackKey = (typeof FALLBACK_KEYS)[number]

/** One language as the service worker needs it. */
export interface SwLanguage {
  label: string
  htmlLang: string
  dir: 'ltr' | 'rtl'
  strings: Record<FallbackKey, string>
  /** Date patterns for "Saved on …", from the build's Intl (the phone's may lack the language). */
  formats: LocaleFormats
}

/**
 * What the build injects into sw.js (support.ts → esbuild `define`): the build
 * id, so sw.js changes whenever the site does, and the per-language strings and
 * styles of the fallback page, so it needs no request of its own.
 */
export interface SwConfig {
  build: string
  locales: Locale[]
  /** The language of a page outside `/<lang>/` when the browser's languages match none. */
  defaultLocale: Locale
  languages: Record<Locale, SwLanguage>
  /** The site's stylesheet, inlined into the fallback page as into every page. */
  css: string
}
