import ical, { ICalEventStatus } from 'ical-generator'

import { type Locale } from '../../content-models/locales'
import type { SiteEvent, SiteEventTranslation } from '../data/types'
import { helpCentreBySlug, inLocaleOrFallback } from './content'
import { urls } from './urls'

/** Where an event happens in person, as one line: the centre's name and address, or an address. */
export function eventPlace(event: SiteEvent, t: SiteEventTranslation, locale: Locale): string | undefined {
  const centre = event.helpCentre ? helpCentreBySlug(event.helpCentre) : undefined
  const c = centre ? inLocaleOrFallback(centre.translations, locale)?.t : undefined
  const place = [c?.name, t.address ?? c?.address, c?.city].filter(Boolean).join(', ')
  return place || undefined
}

/**
 * An iCalendar file (RFC 5545) of `events` in the reader's language (or each
 * event's fallback language). Times are UTC instants, which every calendar app
 * shows in its user's own zone; DTSTAMP is the text's last change, so an
 * unchanged event builds to the same bytes.
 */
export function eventsCalendar(events: SiteEvent[], locale: Locale, site: URL, name: string): string {
  const calendar = ical({ name, prodId: { company: site.host, product: 'migrant-portal', language: locale.toUpperCase() } })
  for (const event of events) {
    const shown = inLocaleOrFallback(event.translations, locale)
    if (!shown) continue
    const { t } = shown
    const url = new URL(urls.event(shown.locale, event.slug), site).href
    calendar.createEvent({
      id: `${event.slug}@${site.host}`,
      start: new Date(event.start),
      end: new Date(event.end),
      stamp: new Date(t.updatedAt),
      summary: t.title,
      description: [t.summary, url].filter(Boolean).join('\n\n'),
      location: eventPlace(event, t, shown.locale) ?? event.onlineUrl,
      url,
      status: ICalEventStatus.CONFIRMED,
    })
  }
  return calendar.toString()
}
