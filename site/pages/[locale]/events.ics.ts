import type { APIRoute } from 'astro'

import { type Locale, localeCodes } from '../../../content-models/locales'
import { useTranslations } from '../../i18n'
import { eventsCalendar } from '../../utils/calendar'
import { eventsByTime } from '../../utils/content'

/** The calendar feed of upcoming events in one language, for calendar apps to subscribe to. */
export function getStaticPaths() {
  return localeCodes.map((locale) => ({ params: { locale } }))
}

export const GET: APIRoute = ({ params, site }) => {
  const locale = params.locale as Locale
  const t = useTranslations(locale)
  const body = eventsCalendar(eventsByTime().upcoming, locale, site!, `${t('site.name')}: ${t('events.title')}`)
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })
}
