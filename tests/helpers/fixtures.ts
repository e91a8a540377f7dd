import type { Payload } from 'payload'

import type { Event, HelpCentre } from '../../content-models/payload-types'

let seq = 0

/** A slug no other fixture of this test file has (each test file has a database of its own). */
export const uniqueSlug = (base: string) => `${base}-${++seq}`

/** An online information meeting published in Russian, created by trusted server code. */
export function publishedEvent(
  payload: Payload,
  slug = uniqueSlug('event'),
  title = 'Информационная встреча',
): Promise<Event> {
  return payload.create({
    collection: 'events',
    locale: 'ru',
    data: {
      slug,
      title,
      eventKind: 'information-meeting',
      country: 'ru',
      start: '2030-03-01T09:00:00.000Z',
      start_tz: 'Europe/Moscow',
      end: '2030-03-01T11:00:00.000Z',
      end_tz: 'Europe/Moscow',
      onlineUrl: 'https://example.org/meeting',
      _status: 'published',
    },
  })
}

/** A help centre in Perm published in Russian, in a region of its own, created by trusted server code. */
export async function publishedHelpCentre(payload: Payload, slug = uniqueSlug('centre')): Promise<HelpCentre> {
  const region = await payload.create({
    collection: 'regions',
    locale: 'ru',
    data: { slug: `${slug}-perm-krai`, name: 'Пермский край', country: 'ru' },
  })
  return payload.create({
    collection: 'help-centres',
    locale: 'ru',
    data: { slug, name: 'Центр помощи', country: 'ru', region: region.id, city: 'Пермь', _status: 'published' },
  })
}
