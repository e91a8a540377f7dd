import { convertLexicalToHTML, defaultHTMLConverters, LinkHTMLConverter } from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { Payload } from 'payload'

import { type Locale, localeCodes } from '../../content-models/locales'
import { isAlertShown } from '../../content-models/rules/siteAlert'
import type {
  SiteArticle,
  SiteContent,
  SiteEvent,
  SiteGlossaryTerm,
  SiteHelpCentre,
  SiteRegion,
  SiteTopic,
} from '../../site/data/types'
import { inLocaleOrFallback } from '../../content-models/rules/fallback'
import { urls } from '../../site/utils/urls'

type Row = Record<string, unknown> & { id: string | number }
type Id = string | number

/** Pages through a collection so large sites never load in one query. */
async function* allDocs(
  payload: Payload,
  args: Omit<Parameters<Payload['find']>[0], 'page' | 'limit'>,
): AsyncGenerator<Row> {
  for (let page = 1; ; page++) {
    const result = await payload.find({ ...args, page, limit: 200 })
    yield* result.docs as unknown as Row[]
    if (!result.hasNextPage) return
  }
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined)
const day = (v: unknown): string | undefined => (typeof v === 'string' && v ? v.slice(0, 10) : undefined)
const list = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : [])
const refId = (v: unknown): Id | undefined =>
  v && typeof v === 'object' ? (v as Row).id : ((v as Id | undefined) ?? undefined)
const updatedAt = (doc: Row) => str(doc.textUpdatedAt) ?? (doc.updatedAt as string)

/**
 * Reads everything the public site shows, as an anonymous reader would
 * (`overrideAccess: false`, no user), one locale at a time with no fallback:
 * a draft or an unpublished translation cannot reach the site because the API
 * itself refuses to return it.
 */
export async function exportContent(payload: Payload, now: Date = new Date()): Promise<SiteContent> {
  /**
   * Where an editor's link to another article leads a reader of `locale`: that
   * article in the same language, else its fallback language, else nowhere.
   */
  const articleHref = (linkNode: { fields: { doc?: { value?: unknown } | null } }, locale: Locale): string => {
    const target = articles.get(refId(linkNode.fields.doc?.value) as Id)
    if (!target) return '#'
    const shown = inLocaleOrFallback(target.translations, locale)?.locale
    return shown ? urls.article(shown, target.slug) : '#'
  }
  const topics = new Map<Id, SiteTopic>()
  const regions = new Map<Id, SiteRegion>()
  const articles = new Map<Id, SiteArticle>()
  const events = new Map<Id, SiteEvent>()
  const centres = new Map<Id, SiteHelpCentre>()
  const glossary = new Map<Id, SiteGlossaryTerm>()
  const affected = new Map<SiteArticle, Id[]>()
  const eventRefs = new Map<SiteEvent, { region?: Id; centre?: Id; topics: Id[] }>()
  const centreRegion = new Map<SiteHelpCentre, Id | undefined>()
  // Bodies are rendered once every article is known, so links between articles resolve.
  const bodies: { target: { html: string }; locale: Locale; body: unknown }[] = []
  const alert = await payload.findGlobal({ slug: 'site-alert', locale: 'all', overrideAccess: false, depth: 0 })
  for (const locale of localeCodes) {
    const common = { locale, fallbackLocale: false as const, overrideAccess: false, depth: 0 }
    for await (const doc of allDocs(payload, { ...common, collection: 'topics', sort: 'slug' })) {
      const topic = topics.get(doc.id) ?? { slug: doc.slug as string, titles: {}, descriptions: {} }
      if (doc.title) topic.titles[locale] = doc.title as string
      if (doc.description) topic.descriptions[locale] = doc.description as string
      topics.set(doc.id, topic)
    }
    for await (const doc of allDocs(payload, { ...common, collection: 'regions', sort: 'slug' })) {
      const region = regions.get(doc.id) ?? {
        slug: doc.slug as string,
        country: doc.country as SiteRegion['country'],
        names: {},
      }
      if (doc.name) region.names[locale] = doc.name as string
      regions.set(doc.id, region)
    }
    for await (const doc of allDocs(payload, { ...common, collection: 'glossary-terms', sort: 'key' })) {
      const entry = glossary.get(doc.id) ?? { key: doc.key as string, terms: {} }
      const terms = (doc.terms as string[] | null | undefined)?.filter(Boolean)
      if (terms?.length) entry.terms[locale] = terms
      glossary.set(doc.id, entry)
    }
    const published = { ...common, sort: 'slug', draft: false }
    for await (const doc of allDocs(payload, { ...published, collection: 'articles' })) {
      // A document published in another language has no text of its own here.
      if (doc._status !== 'published' || !doc.title) continue
      const isLawChange = doc.kind === 'law-change'
      let article = articles.get(doc.id)
      if (!article) {
        article = {
          slug: doc.slug as string,
          kind: doc.kind as SiteArticle['kind'],
          country: doc.country as SiteArticle['country'],
          topics: list<Id>(doc.topics).map((t) => String(refId(t))),
          // Law-change fields left behind when an editor changed the kind are not shown.
          effectiveDate: isLawChange ? day(doc.effectiveDate) : undefined,
          expiryDate: isLawChange ? day(doc.expiryDate) : undefined,
          affectedCitizenships: isLawChange ? list(doc.affectedCitizenships) : [],
          affectedStatuses: isLawChange ? list(doc.affectedStatuses) : [],
          legalUrl: isLawChange ? str(doc.legalUrl) : undefined,
          affectedArticles: [],
          reviewedAt: day(doc.reviewedAt),
          translations: {},
        }
        if (isLawChange)
          affected.set(
            article,
            list<unknown>(doc.affectedArticles).map((a) => refId(a) as Id),
          )
        articles.set(doc.id, article)
      }
      article.translations[locale] = {
        title: doc.title as string,
        summary: str(doc.summary),
        html: '',
        text: doc.body ? convertLexicalToPlaintext({ data: doc.body as never }) : '',
        keywords: list<string>(doc.searchKeywords).filter(Boolean),
        updatedAt: updatedAt(doc),
        legalAct: isLawChange ? str(doc.legalAct) : undefined,
        legalArticle: isLawChange ? str(doc.legalArticle) : undefined,
        changes: list<{ date: string; note?: string | null }>(doc.changeHistory)
          .filter((c) => str(c.note))
          .map((c) => ({ date: c.date.slice(0, 10), note: c.note as string }))
          .sort((a, b) => b.date.localeCompare(a.date)),
      }
      if (doc.body) bodies.push({ target: article.translations[locale]!, locale, body: doc.body })
    }
    for await (const doc of allDocs(payload, { ...published, collection: 'events' })) {
      if (doc._status !== 'published' || !doc.title) continue
      let event = events.get(doc.id)
      if (!event) {
        event = {
          slug: doc.slug as string,
          eventKind: doc.eventKind as SiteEvent['eventKind'],
          start: doc.start as string,
          end: doc.end as string,
          timeZone: eventTimeZone(doc),
          country: doc.country as SiteEvent['country'],
          onlineUrl: str(doc.onlineUrl),
          languages: list(doc.languages),
          registrationUrl: str(doc.registrationUrl),
          registrationPhone: str(doc.registrationPhone),
          topics: [],
          translations: {},
        }
        eventRefs.set(event, {
          region: refId(doc.region),
          centre: refId(doc.helpCentre),
          topics: list<unknown>(doc.topics).map((t) => refId(t) as Id),
        })
        events.set(doc.id, event)
      }
      event.translations[locale] = {
        title: doc.title as string,
        summary: str(doc.summary),
        html: '',
        address: str(doc.address),
        organiser: str(doc.organiser),
        updatedAt: updatedAt(doc),
      }
      if (doc.body) bodies.push({ target: event.translations[locale]!, locale, body: doc.body })
    }
    for await (const doc of allDocs(payload, { ...published, collection: 'help-centres' })) {
      if (doc._status !== 'published' || !doc.name) continue
      let centre = centres.get(doc.id)
      if (!centre) {
        centre = {
          slug: doc.slug as string,
          country: doc.country as SiteHelpCentre['country'],
          region: '',
          phones: list<string>(doc.phones),
          hotline: str(doc.hotline),
          hotlineFree: doc.hotlineFree === true,
          whatsapp: str(doc.whatsapp),
          telegram: str(doc.telegram),
          viber: str(doc.viber),
          email: str(doc.email),
          website: str(doc.website),
          languages: list(doc.languages),
          services: list(doc.services),
          translations: {},
        }
        centreRegion.set(centre, refId(doc.region))
        centres.set(doc.id, centre)
      }
      centre.translations[locale] = {
        name: doc.name as string,
        organisation: str(doc.organisation),
        city: doc.city as string,
        address: str(doc.address),
        openingHours: str(doc.openingHours),
        html: '',
        updatedAt: updatedAt(doc),
      }
      if (doc.body) bodies.push({ target: centre.translations[locale]!, locale, body: doc.body })
    }
  }
  for (const { target, locale, body } of bodies) {
    target.html = convertLexicalToHTML({
      data: body as never,
      disableContainer: true,
      converters: {
        ...defaultHTMLConverters,
        ...LinkHTMLConverter({ internalDocToHref: ({ linkNode }) => articleHref(linkNode, locale) }),
      },
    })
  }
  // Ids become slugs; links to anything unpublished are dropped.
  const slugOf = <T extends { slug: string }>(map: Map<Id, T>, id: Id | undefined) =>
    id === undefined ? undefined : map.get(id)?.slug
  const topicSlug = new Map([...topics].map(([id, t]) => [String(id), t.slug]))
  for (const article of articles.values()) {
    article.topics = article.topics.map((id) => topicSlug.get(id)).filter((s): s is string => Boolean(s))
    article.affectedArticles = (affected.get(article) ?? [])
      .map((id) => slugOf(articles, id))
      .filter((s): s is string => Boolean(s))
  }
  for (const [centre, region] of centreRegion) centre.region = slugOf(regions, region) ?? ''
  for (const [event, refs] of eventRefs) {
    event.region = slugOf(regions, refs.region)
    event.helpCentre = slugOf(centres, refs.centre)
    event.topics = refs.topics.map((id) => slugOf(topics, id)).filter((s): s is string => Boolean(s))
  }
  const messages = (alert.message ?? {}) as Partial<Record<Locale, string | null>>
  const shownAlert =
    isAlertShown(alert as { active?: boolean; expiresAt?: string }, now) && Object.values(messages).some(Boolean)
  return {
    generatedAt: now.toISOString(),
    topics: [...topics.values()],
    regions: [...regions.values()],
    articles: [...articles.values()],
    events: [...events.values()].sort((a, b) => a.start.localeCompare(b.start)),
    helpCentres: [...centres.values()],
    glossary: [...glossary.values()],
    alert: shownAlert
      ? {
          level: (alert.level as 'urgent' | 'info') ?? 'urgent',
          expiresAt: alert.expiresAt as string,
          link: str(alert.link),
          messages: Object.fromEntries(Object.entries(messages).filter(([, m]) => m)) as Partial<
            Record<Locale, string>
          >,
        }
      : undefined,
  }
}

/**
 * The zone an event is held in. The admin only offers real ones, but older
 * data may hold anything: stop with the event's name rather than a bare
 * RangeError from deep inside a page.
 */
function eventTimeZone(doc: Record<string, unknown>): string {
  const zone = (doc.start_tz as string | null | undefined) ?? 'UTC'
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return zone
  } catch {
    throw new Error(
      `Event "${String(doc.slug)}": start_tz ${JSON.stringify(zone.slice(0, 60))} is not a time zone. Open the event in the admin and pick its time zone again; the site was not rebuilt.`,
    )
  }
}
