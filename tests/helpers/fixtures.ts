import type { Payload } from 'payload'

import type { Event } from '../../content-models/payload-types'

/** An online information meeting published in Russian, created by trusted server code. */
export function publishedEvent(payload: Payload, slug: string, title = 'Информационная встреча'): Promise<Event> {
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
