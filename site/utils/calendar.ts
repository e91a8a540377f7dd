import ical, { ICalEventStatus } from 'ical-generator'

import { type Locale } from '../../content-models/locales'
import type { SiteEvent, SiteEventTranslation } from '../data/types'
import { inLocaleOrFallback } from '../../content-models/rules/fallback'
import { helpCentreBySlug } from './content'
import { singleLine, stripControlChars } from './plain-text'
import { urls } from './urls'

/** Where an event happens in person, as one line: the centre's name and address, or an address. */
export function eventPlace(event: SiteEvent, t: SiteEventTranslation, locale: Locale): string | undefined {
  const centre = event.helpCentre ? helpCentreBySlug(event.helpCentre) : undefined
  const c = centre ? inLocaleOrFallback(centre.translations, locale)?.t : undefined
  const place = [c?.name, t.address ?? c?.address, c?.city].filter(Boolean).join(', ')
  return place || undefined
}

/** The city of an event's help centre in the reader's language, when it has one (it names the event's time zone). */
export function eventCity(event: SiteEvent, locale: Locale): string | undefined {
  return event.helpCentre ? helpCentreBySlug(event.helpCentre)?.translations[locale]?.city : undefined
}

/**
 * `text` as one RFC 5545 TEXT value (§3.3.11). ical-generator escapes SUMMARY,
 * DESCRIPTION and LOCATION but writes the calendar's NAME and X-WR-CALNAME
 * (and UID) as given, so a line break there would start a property of its own.
 */
function textValue(text: string): string {
  return singleLine(text).replace(/[\\;,]/g, '\\$&')
}

/**
 * An iCalendar file (RFC 5545) of `events` in the reader's language (or each
 * event's fallback language). Times are UTC instants, which every calendar app
 * shows in its user's own zone; DTSTAMP is the text's last change, so an
 * unchanged event builds to the same bytes. The event's `timeZone` is never
 * written, so a malformed zone in old data cannot reach the file.
 *
 * Editors' text is made safe here: values that must stay on one line (name,
 * title, place, UID) have line breaks folded to a space and control characters
 * removed; the description keeps its line breaks, which the library escapes.
 */
export function eventsCalendar(events: SiteEvent[], locale: Locale, site: URL, name: string): string {
  const calendar = ical({
    name: textValue(name),
    prodId: { company: site.host, product: 'migrant-portal', language: locale.toUpperCase() },
  })
  for (const event of events) {
    const shown = inLocaleOrFallback(event.translations, locale)
    if (!shown) continue
    const { t } = shown
    // The URL parser drops tabs and line breaks and percent-encodes other controls, so `url` is one line.
    const url = new URL(urls.event(shown.locale, event.slug), site).href
    const place = eventPlace(event, t, shown.locale) ?? event.onlineUrl
    calendar.createEvent({
      // Written unescaped by the library; slugs are ASCII words, this only guards old data.
      id: `${textValue(event.slug)}@${site.host}`,
      start: new Date(event.start),
      end: new Date(event.end),
      stamp: new Date(t.updatedAt),
      summary: singleLine(t.title),
      description: [t.summary && stripControlChars(t.summary), url].filter(Boolean).join('\n\n'),
      location: place && singleLine(place),
      url,
      status: ICalEventStatus.CONFIRMED,
    })
  }
  return calendar.toString()
}
