import type { APIRoute } from 'astro'

import { useTranslations } from '../../i18n'
import { eventsCalendar } from '../../utils/calendar'
import { eventsByTime } from '../../utils/content'
import { localeParam, localePaths } from '../../utils/page'

/** The calendar feed of upcoming events in one language, for calendar apps to subscribe to. */
export function getStaticPaths() {
  return localePaths()
}

export const GET: APIRoute = ({ params, site }) => {
  const locale = localeParam(params)
  const t = useTranslations(locale)
  const body = eventsCalendar(eventsByTime().upcoming, locale, site!, `${t('site.name')}: ${t('events.title')}`)
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })
}
