import type { Locale } from '../../content-models/locales'
import type { ArticleKind, Country } from '../../content-models/taxonomy'

/**
 * The published content the static site is built from: written by
 * scripts/site/export-content.ts from the Local API, read by Astro pages.
 * Only what an anonymous reader may see ever gets into it.
 */
export interface SiteContent {
  generatedAt: string
  topics: SiteTopic[]
  articles: SiteArticle[]
  glossary: SiteGlossaryTerm[]
}

/** A search glossary concept: its words in each language. */
export interface SiteGlossaryTerm {
  key: string
  terms: Partial<Record<Locale, string[]>>
}

export interface SiteTopic {
  slug: string
  titles: Partial<Record<Locale, string>>
  descriptions: Partial<Record<Locale, string>>
}

export interface SiteArticle {
  slug: string
  kind: ArticleKind
  country: Country
  topics: string[]
  /** YYYY-MM-DD, for law changes. */
  effectiveDate?: string
  /** Published translations only. */
  translations: Partial<Record<Locale, SiteTranslation>>
}

export interface SiteTranslation {
  title: string
  summary?: string
  html: string
  /** The body as plain text, for the search index. */
  text: string
  /** Editors' search keywords: indexed, never shown. */
  keywords: string[]
  updatedAt: string
}
