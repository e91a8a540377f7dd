import { type Locale, sourceLocale } from '../../content-models/locales'
import { inLocaleOrFallback } from '../../content-models/rules/fallback'
import { isOutdated } from '../../content-models/rules/translationStatus'
import { memoized, readingClockFor } from '../data/dependencies'
import { siteContent } from '../data/snapshot'
import type { SiteArticle, SiteEvent, SiteHelpCentre, SiteRegion, SiteTopic, SiteTranslation } from '../data/types'
import { HOME_EVENTS, HOME_LAW_CHANGES, LIST_PAGE_SIZE, type Page, paginate } from './pagination'

/*
 * Queries over the published content snapshot (site/data/snapshot.ts), as the
 * pages ask them: by language, topic, time and slug.
 */

export interface LocalizedArticle extends SiteArticle {
  locale: Locale
  t: SiteTranslation
}

function localized(article: SiteArticle, locale: Locale): LocalizedArticle | undefined {
  const t = article.translations[locale]
  return t ? { ...article, locale, t } : undefined
}

/*
 * The queries that scan a whole collection are computed once per snapshot and
 * shared by the pages that ask them (`memoized`: each page still records what
 * the query read). Scanned anew on every page, they made the build quadratic:
 * at 7,000 pages recording page inputs took Astro from 21 s to 50 s, and at
 * 21,000 past a 12 GB heap. Callers must not change what they get.
 */

/** Articles published in `locale`, most recently updated first. */
export function articlesIn(locale: Locale): LocalizedArticle[] {
  const content = siteContent()
  return memoized(content, `articlesIn:${locale}`, () =>
    content.articles
      .map((a) => localized(a, locale))
      .filter((a): a is LocalizedArticle => Boolean(a))
      .sort((a, b) => b.t.updatedAt.localeCompare(a.t.updatedAt)),
  )
}

/** Law changes published in `locale`, newest effective date first. */
export function lawChangesIn(locale: Locale): LocalizedArticle[] {
  return memoized(siteContent(), `lawChangesIn:${locale}`, () =>
    articlesIn(locale)
      .filter((a) => a.kind === 'law-change')
      .sort((a, b) => (b.effectiveDate ?? '').localeCompare(a.effectiveDate ?? '') || a.slug.localeCompare(b.slug)),
  )
}

/**
 * The language an untranslated article is offered in instead: the source
 * language when it has it, otherwise the first published one (ADR 0001).
 */
export function fallbackFor(article: SiteArticle): LocalizedArticle | undefined {
  const found = inLocaleOrFallback(article.translations, sourceLocale)
  return found && { ...article, ...found }
}

/**
 * Articles of a topic that should exist in `locale` and have no translation
 * there yet, offered in their fallback language (a Bulgaria-only article is
 * not "not yet translated" into Tajik).
 */
export function untranslatedIn(locale: Locale, topic: string): LocalizedArticle[] {
  const content = siteContent()
  return memoized(content, `untranslatedIn:${locale}:${topic}`, () =>
    content.articles
      .filter((a) => a.topics.includes(topic) && !a.translations[locale] && a.neededIn.includes(locale))
      .map(fallbackFor)
      .filter((a): a is LocalizedArticle => Boolean(a)),
  )
}

/** An entry of a topic page: an article in the page's language, or one not yet translated into it (ADR 0001). */
export interface TopicEntry {
  article: LocalizedArticle
  translated: boolean
}

/**
 * A topic's articles in `locale`, most recently updated first, then the ones
 * not yet translated into it, in their fallback language: one list to page
 * through, so every untranslated article stays reachable and no page is long.
 */
export function topicEntries(locale: Locale, topic: string): TopicEntry[] {
  return memoized(siteContent(), `topicEntries:${locale}:${topic}`, () => [
    ...articlesIn(locale)
      .filter((a) => a.topics.includes(topic))
      .map((article) => ({ article, translated: true })),
    ...untranslatedIn(locale, topic).map((article) => ({ article, translated: false })),
  ])
}

/** The pages of a topic in `locale`, {@link LIST_PAGE_SIZE} entries each. */
export function topicPages(locale: Locale, topic: string): Page<TopicEntry>[] {
  return paginate(topicEntries(locale, topic), LIST_PAGE_SIZE)
}

/** The pages of every article in `locale`, most recently updated first. */
export function articlePages(locale: Locale): Page<LocalizedArticle>[] {
  return paginate(articlesIn(locale), LIST_PAGE_SIZE)
}

/** The pages of the law changes in `locale`, newest effective date first. */
export function lawChangePages(locale: Locale): Page<LocalizedArticle>[] {
  return paginate(lawChangesIn(locale), LIST_PAGE_SIZE)
}

/**
 * What a language's home page lists, bounded whatever the size of the corpus:
 * the topics with their article counts, the newest law changes, the most
 * recently updated articles and the next events, each with a link to the whole
 * list, and how many articles that list has.
 */
export function homeLists(locale: Locale) {
  const articles = articlesIn(locale)
  const perTopic = new Map<string, number>()
  for (const a of articles) for (const topic of a.topics) perTopic.set(topic, (perTopic.get(topic) ?? 0) + 1)
  return {
    topics: topics()
      .map((topic) => ({ topic, title: topicTitle(topic, locale), count: perTopic.get(topic.slug) ?? 0 }))
      .sort((a, b) => b.count - a.count || a.title.text.localeCompare(b.title.text, locale)),
    lawChanges: lawChangesIn(locale).slice(0, HOME_LAW_CHANGES),
    totalArticles: articles.length,
    upcomingEvents: eventsByTime().upcoming.slice(0, HOME_EVENTS),
  }
}

export function topics(): SiteTopic[] {
  return siteContent().topics
}

/** A topic's name in `locale`, or in the source language when not translated. */
export function topicTitle(topic: SiteTopic, locale: Locale): { text: string; lang: Locale } {
  const found = inLocaleOrFallback(topic.titles, locale)
  return found ? { text: found.t, lang: found.locale } : { text: topic.slug, lang: sourceLocale }
}

export function topicBySlug(slug: string): SiteTopic | undefined {
  return topics().find((t) => t.slug === slug)
}

/** The moment this build reads as "now": law-change status, upcoming events and the alert follow it. */
export function buildTime(): Date {
  return new Date(siteContent().generatedAt)
}

/** Law changes that name `slug` among the articles they affect. */
export function lawChangesAffecting(slug: string): SiteArticle[] {
  const content = siteContent()
  const bySlug = memoized(content, 'lawChangesAffecting', () => {
    const index = new Map<string, SiteArticle[]>()
    for (const a of content.articles) {
      if (a.kind !== 'law-change') continue
      for (const affected of a.affectedArticles) index.set(affected, [...(index.get(affected) ?? []), a])
    }
    return index
  })
  return bySlug.get(slug) ?? []
}

export function articleBySlug(slug: string): SiteArticle | undefined {
  const content = siteContent()
  return memoized(content, 'articleBySlug', () => new Map(content.articles.map((a) => [a.slug, a]))).get(slug)
}

/** Whether `event` is over at build time. */
export function hasEnded(event: SiteEvent): boolean {
  return readingClockFor('clock:events', () => new Date(event.end).getTime() <= buildTime().getTime())
}

/** Events that have not ended at build time, soonest first; and past ones, latest first. */
export function eventsByTime(): { upcoming: SiteEvent[]; past: SiteEvent[] } {
  const events = siteContent().events
  return {
    upcoming: events.filter((e) => !hasEnded(e)).sort((a, b) => a.start.localeCompare(b.start)),
    past: events.filter(hasEnded).sort((a, b) => b.start.localeCompare(a.start)),
  }
}

export function helpCentres(): SiteHelpCentre[] {
  return siteContent().helpCentres
}

export function helpCentreBySlug(slug: string): SiteHelpCentre | undefined {
  return helpCentres().find((c) => c.slug === slug)
}

function regions(): SiteRegion[] {
  return siteContent().regions
}

/** A region's name in `locale`, or in the first language that has one. */
export function regionName(slug: string, locale: Locale): { text: string; lang: Locale } {
  const region = regions().find((r) => r.slug === slug)
  if (!region) return { text: slug, lang: locale }
  const shown = inLocaleOrFallback(region.names, locale)
  return shown ? { text: shown.t, lang: shown.locale } : { text: slug, lang: locale }
}

/** The source-language version when it changed after `locale`'s translation (what "outdated" means to readers). */
export function outdatedOriginal(article: SiteArticle, locale: Locale): SiteTranslation | undefined {
  const original = article.translations[sourceLocale]
  const own = article.translations[locale]
  return locale !== sourceLocale && original && own && isOutdated(own.updatedAt, original.updatedAt)
    ? original
    : undefined
}
