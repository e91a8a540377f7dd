import type { APIRoute } from 'astro'

import { localeCodes } from '../../../../../content-models/locales'
import { useTranslations } from '../../../../i18n'
import { eventsCalendar } from '../../../../utils/calendar'
import { byTime, countryLabel, eventCountry, eventPlaces } from '../../../../utils/event-places'
import { localeParam } from '../../../../utils/page'

/** The calendar feed of one country's upcoming events, beside its page (`/<lang>/events/in/<country>.ics`). */
export function getStaticPaths() {
  return localeCodes.flatMap((locale) => eventPlaces(locale).map((c) => ({ params: { locale, country: c.country } })))
}

export const GET: APIRoute = ({ params, site }) => {
  const locale = localeParam(params)
  const t = useTranslations(locale)
  const place = eventCountry(locale, params.country!)!
  const name = `${t('site.name')}: ${t('events.title')}: ${countryLabel(place.country, t)}`
  const body = eventsCalendar(byTime(place.events).upcoming, locale, site!, name)
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })
}
