import { htmlLang, type Locale, localeInfo } from '../../content-models/locales'
import type { SiteArticle, SiteEvent, SiteHelpCentre } from '../data/types'
import { useTranslations } from '../i18n'
import { eventCity, eventPlace } from '../utils/calendar'
import { inLocaleOrFallback } from '../../content-models/rules/fallback'
import {
  articlesIn,
  buildTime,
  eventsByTime,
  helpCentres,
  lawChangesIn,
  outdatedOriginal,
  regionName,
} from '../utils/content'
import { formatDate } from '../utils/format'
import { lawChangeState } from '../utils/law-change'
import { API_PAGE_SIZE, type Page, paginate } from '../utils/pagination'
import { reviewNote } from '../utils/review'
import { eventWhen } from '../utils/time-zone-name'
import { absoluteUrl as abs, apiUrls, urls } from '../utils/urls'

/**
 * The static JSON API (`/api/v1/`), written by the build for partner sites,
 * the embed script and anyone else. Everything in it is published content; the
 * shapes are fixed by the JSON Schemas in ./schemas.ts and do not change within v1.
 * Display strings (`labels`, `display`) come ready in the file's language, so
 * a client needs no date or plural rules of its own. The lists that grow with
 * the corpus (articles, law changes) come in files of API_PAGE_SIZE items: the
 * first at the list's own address, the next one named by `next`.
 */
export const API_VERSION = 'v1'

/** What every list file starts with: its language and the words a client shows around the items. */
function header(locale: Locale) {
  const t = useTranslations(locale)
  return {
    version: API_VERSION,
    language: locale,
    htmlLang: htmlLang[locale],
    dir: localeInfo(locale).dir,
    generatedAt: buildTime().toISOString(),
    portal: { name: t('site.name'), url: abs(urls.home(locale)) },
    labels: {
      source: t('embed.source'),
      more: t('embed.more'),
      empty: t('embed.empty'),
    },
  }
}

/** Where one translation stands for readers: up to date, or older than its changed original. */
function translation(
  article: SiteArticle,
  locale: Locale,
): { status: 'published' } | { status: 'outdated'; originalUpdatedAt: string } {
  const original = outdatedOriginal(article, locale)
  return original ? { status: 'outdated', originalUpdatedAt: original.updatedAt } : { status: 'published' }
}

function articleSummary(article: SiteArticle, locale: Locale) {
  const t = useTranslations(locale)
  const tr = article.translations[locale]!
  const law = lawChangeState(article)
  const status = translation(article, locale)
  return {
    slug: article.slug,
    title: tr.title,
    summary: tr.summary ?? null,
    kind: article.kind,
    topics: article.topics,
    country: article.country,
    url: abs(urls.article(locale, article.slug)),
    updatedAt: tr.updatedAt,
    reviewedAt: article.reviewedAt ?? null,
    effectiveDate: article.effectiveDate ?? null,
    expiryDate: article.expiryDate ?? null,
    lawStatus: law?.status ?? null,
    translation: status,
    availableIn: Object.keys(article.translations),
    display: {
      date: law
        ? t(law.key, { date: formatDate(law.date, locale) })
        : t('article.updated', { date: formatDate(tr.updatedAt, locale) }),
      reviewed: reviewNote(article, tr, locale, t)?.text ?? null,
      translation:
        status.status === 'outdated'
          ? t('article.outdated', {
              translated: formatDate(tr.updatedAt, locale),
              original: formatDate(status.originalUpdatedAt, locale),
            })
          : null,
    },
  }
}

/** Where a file sits in its list, with the absolute addresses of the files before and after it (or null). */
function pageFields(current: Page<unknown>, url: (page: number) => string) {
  return {
    page: current.page,
    totalPages: current.totalPages,
    totalItems: current.totalItems,
    next: current.page < current.totalPages ? abs(url(current.page + 1)) : null,
    prev: current.page > 1 ? abs(url(current.page - 1)) : null,
  }
}

/** Page `page` of `items` (1 for the first), or an error naming the list: a route asked for a page that is not there. */
function pageOf<T>(items: T[], page: number, list: string): Page<T> {
  const current = paginate(items, API_PAGE_SIZE)[page - 1]
  if (!current) throw new Error(`${list} has no page ${page}`)
  return current
}

/** How many files the articles of `locale` take; the first is articles.json, the others articles/page/<n>.json. */
export function articlesFileCount(locale: Locale): number {
  return paginate(articlesIn(locale), API_PAGE_SIZE).length
}

/** Articles published in `locale`, most recently updated first: page `page` of them. */
export function articlesFile(locale: Locale, page = 1) {
  const current = pageOf(articlesIn(locale), page, `articles in ${locale}`)
  return {
    ...header(locale),
    ...pageFields(current, (n) => apiUrls.articles(locale, n)),
    items: current.items.map((a) => articleSummary(a, locale)),
  }
}

/** How many files the law changes of `locale` take; the first is law-changes.json, the others law-changes/page/<n>.json. */
export function lawChangesFileCount(locale: Locale): number {
  return paginate(lawChangesIn(locale), API_PAGE_SIZE).length
}

/** Law changes published in `locale`, newest effective date first, with who is affected and the legal basis: page `page` of them. */
export function lawChangesFile(locale: Locale, page = 1) {
  const current = pageOf(lawChangesIn(locale), page, `law changes in ${locale}`)
  const items = current.items.map((a) => ({
    ...articleSummary(a, locale),
    affectedCitizenships: a.affectedCitizenships,
    affectedStatuses: a.affectedStatuses,
    legalBasis: { act: a.t.legalAct ?? null, article: a.t.legalArticle ?? null, url: a.legalUrl ?? null },
    affectedArticles: a.affectedArticles,
  }))
  return { ...header(locale), ...pageFields(current, (n) => apiUrls.lawChanges(locale, n)), items }
}

/** One article with its rendered body and change history. */
export function articleFile(article: SiteArticle, locale: Locale) {
  const tr = article.translations[locale]!
  return {
    ...header(locale),
    article: { ...articleSummary(article, locale), html: tr.html, changes: tr.changes },
  }
}

function eventItem(event: SiteEvent, locale: Locale) {
  const shown = inLocaleOrFallback(event.translations, locale)!
  return {
    slug: event.slug,
    title: shown.t.title,
    summary: shown.t.summary ?? null,
    /** The language the text is in: the file's, or the event's own when not translated. */
    language: shown.locale,
    eventKind: event.eventKind,
    start: event.start,
    end: event.end,
    timeZone: event.timeZone,
    country: event.country,
    region: event.region ?? null,
    helpCentre: event.helpCentre ?? null,
    place: eventPlace(event, shown.t, shown.locale) ?? event.onlineUrl ?? null,
    onlineUrl: event.onlineUrl ?? null,
    languages: event.languages,
    registrationUrl: event.registrationUrl ?? null,
    registrationPhone: event.registrationPhone ?? null,
    topics: event.topics,
    url: abs(urls.event(shown.locale, event.slug)),
    ics: abs(urls.eventIcs(shown.locale, event.slug)),
    display: { date: eventWhen(event, locale, eventCity(event, locale)) },
  }
}

/** Upcoming events (not ended at build time), soonest first, each in `locale` or its own language. */
export function eventsFile(locale: Locale) {
  return {
    ...header(locale),
    calendar: abs(urls.eventsFeed(locale)),
    items: eventsByTime().upcoming.map((e) => eventItem(e, locale)),
  }
}

function centreItem(centre: SiteHelpCentre, locale: Locale) {
  const shown = inLocaleOrFallback(centre.translations, locale)!
  return {
    slug: centre.slug,
    name: shown.t.name,
    organisation: shown.t.organisation ?? null,
    language: shown.locale,
    country: centre.country,
    region: centre.region,
    regionName: regionName(centre.region, locale).text,
    city: shown.t.city,
    address: shown.t.address ?? null,
    openingHours: shown.t.openingHours ?? null,
    phones: centre.phones,
    hotline: centre.hotline ?? null,
    hotlineFree: centre.hotlineFree,
    whatsapp: centre.whatsapp ?? null,
    telegram: centre.telegram ?? null,
    viber: centre.viber ?? null,
    email: centre.email ?? null,
    website: centre.website ?? null,
    languages: centre.languages,
    services: centre.services,
    url: abs(urls.helpCentre(shown.locale, centre.slug)),
  }
}

/** Every help centre, in `locale` or its own language. */
export function helpCentresFile(locale: Locale) {
  return {
    ...header(locale),
    items: helpCentres()
      .map((c) => centreItem(c, locale))
      .sort((a, b) => a.name.localeCompare(b.name)),
  }
}
