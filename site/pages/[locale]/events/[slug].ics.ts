import type { APIRoute } from 'astro'

import { type Locale, localeCodes } from '../../../../content-models/locales'
import type { SiteEvent } from '../../../data/types'
import { eventsCalendar } from '../../../utils/calendar'
import { siteContent } from '../../../utils/content'

/** One event as an .ics file, for "Add to calendar". */
export function getStaticPaths() {
  return siteContent().events.flatMap((event) =>
    localeCodes
      .filter((locale) => event.translations[locale])
      .map((locale) => ({ params: { locale, slug: event.slug }, props: { event } })),
  )
}

export const GET: APIRoute = ({ params, props, site }) => {
  const locale = params.locale as Locale
  const event = (props as { event: SiteEvent }).event
  const body = eventsCalendar([event], locale, site!, event.translations[locale]!.title)
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })
}
