import type { SiteEvent } from '../../../site/data/types'
import { list, refId, str, type Id, type Row, updatedAt, webUrl } from './read'
import type { TranslatedCollection } from './translated'

interface EventRefs {
  region?: Id
  helpCentre?: Id
  topics: (Id | undefined)[]
}

/** Events in the snapshot: when and where they are held, and each published language's text. */
export const events: TranslatedCollection<SiteEvent, EventRefs> = {
  collection: 'events',
  titleField: 'title',
  shared: (doc) => ({
    slug: doc.slug as string,
    eventKind: doc.eventKind as SiteEvent['eventKind'],
    start: doc.start as string,
    end: doc.end as string,
    timeZone: eventTimeZone(doc),
    country: doc.country as SiteEvent['country'],
    onlineUrl: webUrl(doc.onlineUrl),
    languages: list(doc.languages),
    registrationUrl: webUrl(doc.registrationUrl),
    registrationPhone: str(doc.registrationPhone),
    topics: [],
    translations: {},
  }),
  translation: (doc) => ({
    title: doc.title as string,
    summary: str(doc.summary),
    html: '',
    address: str(doc.address),
    organiser: str(doc.organiser),
    updatedAt: updatedAt(doc),
  }),
  refs: (doc) => ({
    region: refId(doc.region),
    helpCentre: refId(doc.helpCentre),
    topics: list<unknown>(doc.topics).map(refId),
  }),
  link(event, refs, slugs) {
    event.region = slugs.regions.of(refs.region)
    event.helpCentre = slugs.helpCentres.of(refs.helpCentre)
    event.topics = slugs.topics.all(refs.topics)
  },
}

/**
 * The zone an event is held in. The admin only offers real ones, but older
 * data may hold anything: stop with the event's name rather than a bare
 * RangeError from deep inside a page.
 */
function eventTimeZone(doc: Row): string {
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
