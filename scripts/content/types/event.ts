import { Events } from '../../../content-models/collections/Events'
import { localeCodes } from '../../../content-models/locales'
import { zonedToUtc } from '../../../content-models/rules/zonedTime'
import { countries, eventKinds, eventTimeZones } from '../../../content-models/taxonomy'
import type { DocType } from '../doc-types'
import { maxLengthOf } from '../field-limits'
import { localDateTime, manyOf, oneOf, phone, slugRef, slugRefs, text, url } from '../field-rules'
import { refIds } from '../references'
import { pick } from './values'

const max = (field: string) => maxLengthOf(Events, field)

/** `events/<slug>.<locale>.md`: meetings, trainings and festivals, at a place or online. */
export const eventType: DocType = {
  folder: 'events',
  collection: 'events',
  key: 'events',
  defaults: { topics: [], languages: [] },
  fields: {
    title: text({ required: true, max: max('title') }),
    summary: text({ max: max('summary'), multiLine: true }),
    eventKind: oneOf(eventKinds, { required: true, shared: true }),
    start: localDateTime({ required: true }),
    end: localDateTime({ required: true }),
    timeZone: oneOf(eventTimeZones, { required: true, shared: true }),
    country: oneOf(countries, { required: true, shared: true }),
    region: slugRef({ refersTo: 'regions' }),
    helpCentre: slugRef({ refersTo: 'help-centres' }),
    address: text({ max: max('address') }),
    onlineUrl: url(),
    languages: manyOf(localeCodes),
    organiser: text({ max: max('organiser') }),
    registrationUrl: url(),
    registrationPhone: phone(),
    topics: slugRefs('work, documents'),
  },
  check: ({ shared, translations }, at) => {
    if (shared.start && shared.end && String(shared.end) <= String(shared.start)) {
      at('end', `${String(shared.end)} is not after start ${String(shared.start)}`)
    }
    const hasAddress = Object.values(translations).some((t) => t?.text.address)
    if (!shared.helpCentre && !shared.onlineUrl && !hasAddress) {
      at('helpCentre', 'an event needs a place: helpCentre, address or onlineUrl')
    }
  },
  shared: (doc, refs) => {
    const s = doc.shared
    // The file gives local times; Payload stores the instant and, beside it, the zone to show it in.
    const tz = s.timeZone as string
    return {
      slug: doc.slug,
      ...pick(s, 'eventKind', 'country', 'onlineUrl', 'registrationUrl', 'registrationPhone'),
      languages: s.languages ?? [],
      start: zonedToUtc(s.start as string, tz),
      start_tz: tz,
      end: zonedToUtc(s.end as string, tz),
      end_tz: tz,
      region: s.region ? (refs.regions.get(s.region as string) ?? null) : null,
      helpCentre: s.helpCentre ? (refs['help-centres'].get(s.helpCentre as string) ?? null) : null,
      topics: refIds(s.topics, refs.topics),
    }
  },
  text: (doc, locale) => pick(doc.translations[locale]!.text, 'title', 'summary', 'address', 'organiser'),
  frontMatterKeys: { start_tz: 'timeZone', end_tz: 'timeZone' },
}
