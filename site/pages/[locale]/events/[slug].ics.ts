import type { APIRoute } from 'astro'

import type { SiteEvent } from '../../../data/types'
import { eventsCalendar } from '../../../utils/calendar'
import { siteContent } from '../../../data/snapshot'
import { localeParam, translatedPaths } from '../../../utils/page'

/** One event as an .ics file, for "Add to calendar". */
export function getStaticPaths() {
  return translatedPaths(siteContent().events, (event) => ({ event }))
}

export const GET: APIRoute = ({ params, props, site }) => {
  const locale = localeParam(params)
  const event = (props as { event: SiteEvent }).event
  const body = eventsCalendar([event], locale, site!, event.translations[locale]!.title)
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })
}
