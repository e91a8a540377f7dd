import fs from 'node:fs'
import path from 'node:path'

import { type Locale, localeCodes, sourceLocale } from '../../content-models/locales'
import type { SiteArticle, SiteContent, SiteTopic, SiteTranslation } from '../data/types'

/** Where scripts/build.ts leaves the exported content for Astro. */
export const CONTENT_FILE_ENV = 'PORTAL_CONTENT_FILE'
export const DEFAULT_CONTENT_FILE = '.cache/site-content.json'

let cached: SiteContent | undefined

/** The published content snapshot this build renders. */
export function siteContent(): SiteContent {
  if (!cached) {
    const file = path.resolve(process.cwd(), process.env[CONTENT_FILE_ENV] ?? DEFAULT_CONTENT_FILE)
    if (!fs.existsSync(file)) {
      throw new Error(`No content snapshot at ${file}: build the site with "npm run build", which exports it first.`)
    }
    cached = JSON.parse(fs.readFileSync(file, 'utf8')) as SiteContent
  }
  return cached
}

export interface LocalizedArticle extends SiteArticle {
  locale: Locale
  t: SiteTranslation
}

function localized(article: SiteArticle, locale: Locale): LocalizedArticle | undefined {
  const t = article.translations[locale]
  return t ? { ...article, locale, t } : undefined
}

/** Articles published in `locale`, most recently updated first. */
export function articlesIn(locale: Locale): LocalizedArticle[] {
  return siteContent()
    .articles.map((a) => localized(a, locale))
    .filter((a): a is LocalizedArticle => Boolean(a))
    .sort((a, b) => b.t.updatedAt.localeCompare(a.t.updatedAt))
}

/** Law changes published in `locale`, newest effective date first. */
export function lawChangesIn(locale: Locale): LocalizedArticle[] {
  return articlesIn(locale)
    .filter((a) => a.kind === 'law-change')
    .sort((a, b) => (b.effectiveDate ?? '').localeCompare(a.effectiveDate ?? '') || a.slug.localeCompare(b.slug))
}

/**
 * The language an untranslated article is offered in instead: the source
 * language when it has it, otherwise the first published one (ADR 0001).
 */
export function fallbackFor(article: SiteArticle): LocalizedArticle | undefined {
  const order = [sourceLocale, ...localeCodes.filter((l) => l !== sourceLocale)]
  for (const l of order) {
    const found = localized(article, l)
    if (found) return found
  }
  return undefined
}

/** Articles of a topic that have no `locale` translation yet, offered in their fallback language. */
export function untranslatedIn(locale: Locale, topic: string): LocalizedArticle[] {
  return siteContent()
    .articles.filter((a) => a.topics.includes(topic) && !a.translations[locale])
    .map(fallbackFor)
    .filter((a): a is LocalizedArticle => Boolean(a))
}

export function topics(): SiteTopic[] {
  return siteContent().topics
}

/** A topic's name in `locale`, or in the source language when not translated. */
export function topicTitle(topic: SiteTopic, locale: Locale): { text: string; lang: Locale } {
  const lang = topic.titles[locale] ? locale : (localeCodes.find((l) => topic.titles[l]) ?? sourceLocale)
  return { text: topic.titles[lang] ?? topic.slug, lang }
}

export function topicBySlug(slug: string): SiteTopic | undefined {
  return topics().find((t) => t.slug === slug)
}
