/**
 * What one language's offline files hold, chosen once for the single-file pack
 * and the ZIM file alike: every article, law change and help centre published
 * in that language, and its events that have not ended. Only the language's
 * own translations are taken, never a fallback, and only from the snapshot,
 * which holds nothing but published content (scripts/site/export-content.ts):
 * a draft cannot get in.
 */
import type { Locale } from '../../content-models/locales'
import type {
  SiteArticle,
  SiteContent,
  SiteEvent,
  SiteEventTranslation,
  SiteHelpCentre,
  SiteHelpCentreTranslation,
  SiteTranslation,
} from '../data/types'
import { inLocaleOrFallback } from '../../content-models/rules/fallback'
import { WordFolds } from '../search/word-folds'

export interface PackArticle {
  article: SiteArticle
  t: SiteTranslation
}

export interface PackCentre {
  centre: SiteHelpCentre
  t: SiteHelpCentreTranslation
  /** The region's name in the pack's language, or in the first language that has one. */
  region: string
}

export interface PackEvent {
  event: SiteEvent
  t: SiteEventTranslation
}

export interface PackItems {
  locale: Locale
  /**
   * The moment the files read as "now": the snapshot's, which is the build's
   * site clock (SITE_AS_OF when pinned). Law-change status and which events
   * are upcoming follow it, as on the pages built from the same snapshot.
   */
  now: Date
  /** Newest effective date first, as on the site's law-changes page. */
  lawChanges: PackArticle[]
  /** The other articles, most recently updated first, as on the site's home page. */
  articles: PackArticle[]
  /** By country, then region, then name. */
  centres: PackCentre[]
  /** Soonest first. */
  events: PackEvent[]
  /** The whole snapshot, for names of things outside the pack (a region, another language's article). */
  content: SiteContent
  /** Each word of the language's texts folded once, for the search words of both files. */
  folds: WordFolds
}

/** The items of `locale`'s offline files. */
export function packItems(content: SiteContent, locale: Locale): PackItems {
  const now = new Date(content.generatedAt)
  const articles = content.articles
    .filter((a) => a.translations[locale])
    .map((article) => ({ article, t: article.translations[locale]! }))
    .sort((a, b) => b.t.updatedAt.localeCompare(a.t.updatedAt) || a.article.slug.localeCompare(b.article.slug))
  const regionName = (slug: string) => {
    const region = content.regions.find((r) => r.slug === slug)
    return (region && inLocaleOrFallback(region.names, locale)?.t) ?? slug
  }
  const centres = content.helpCentres
    .filter((c) => c.translations[locale])
    .map((centre) => ({ centre, t: centre.translations[locale]!, region: regionName(centre.region) }))
    .sort(
      (a, b) =>
        a.centre.country.localeCompare(b.centre.country) ||
        a.region.localeCompare(b.region, locale) ||
        a.t.name.localeCompare(b.t.name, locale),
    )
  const events = content.events
    .filter((e) => e.translations[locale] && new Date(e.end).getTime() > now.getTime())
    .map((event) => ({ event, t: event.translations[locale]! }))
    .sort((a, b) => a.event.start.localeCompare(b.event.start))
  return {
    locale,
    now,
    lawChanges: articles
      .filter((a) => a.article.kind === 'law-change')
      .sort(
        (a, b) =>
          (b.article.effectiveDate ?? '').localeCompare(a.article.effectiveDate ?? '') ||
          a.article.slug.localeCompare(b.article.slug),
      ),
    articles: articles.filter((a) => a.article.kind !== 'law-change'),
    centres,
    events,
    content,
    folds: new WordFolds(),
  }
}

/** Whether a language has anything published to put in its offline files. */
export function hasPackContent(items: PackItems): boolean {
  return items.lawChanges.length + items.articles.length + items.centres.length + items.events.length > 0
}
