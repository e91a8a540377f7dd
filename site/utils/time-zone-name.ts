/**
 * An event's time zone named the way people say it, in the reader's language:
 * «время Перми, UTC+5», "Perm time, UTC+5", never a raw IANA name such as
 * "Asia/Yekaterinburg". The city is the event's own (its help centre's city)
 * when known, else the city the zone is named after; the offset is the one in
 * force on the event's day (Sofia is UTC+2 in winter and UTC+3 in summer).
 *
 * Browsers' and Node's ICU lack city names and grammar for Uzbek, Tajik and
 * Kyrgyz and names zones by region ("Восточная Европа"): the zones' cities come
 * from content-models/rules/timeZoneCities.ts, the phrases and the Russian
 * genitives («время Перми») are kept here.
 */
import type { Locale } from '../../content-models/locales'
import { utcOffsetAt, zoneCities } from '../../content-models/rules/timeZoneCities'
import { formatRange } from './format'

/** The phrase per language: {city} as written (Russian: in the genitive), {offset} as "UTC+5". */
const phrases: Record<Locale, string> = {
  ru: 'время {city}, {offset}',
  uz: '{city} vaqti, {offset}',
  tg: 'вақти {city}, {offset}',
  ky: '{city} убактысы, {offset}',
  en: '{city} time, {offset}',
  bg: 'местно време в {city}, {offset}',
  ar: 'توقيت {city}، {offset}',
}

/**
 * Russian genitives of the cities events are held in (a help centre's city, as
 * editors write it): «Пермь» → «Перми». A Russian city missing here is not
 * inflected by guesswork: the zone's own city is named instead. The other
 * languages' phrases take the city as written.
 */
const ruGenitive: Record<string, string> = {
  Пермь: 'Перми',
  Екатеринбург: 'Екатеринбурга',
  Москва: 'Москвы',
  'Санкт-Петербург': 'Санкт-Петербурга',
  Калининград: 'Калининграда',
  Самара: 'Самары',
  Казань: 'Казани',
  'Нижний Новгород': 'Нижнего Новгорода',
  Челябинск: 'Челябинска',
  Уфа: 'Уфы',
  Тюмень: 'Тюмени',
  Омск: 'Омска',
  Новосибирск: 'Новосибирска',
  Красноярск: 'Красноярска',
  Иркутск: 'Иркутска',
  Якутск: 'Якутска',
  Владивосток: 'Владивостока',
  София: 'Софии',
  Бургас: 'Бургаса',
  Варна: 'Варны',
  Пловдив: 'Пловдива',
  Бишкек: 'Бишкека',
  Ош: 'Оша',
  Душанбе: 'Душанбе',
  Худжанд: 'Худжанда',
  Ташкент: 'Ташкента',
  Самарканд: 'Самарканда',
  Алматы: 'Алматы',
}

function isKnownZone(zone: string): zone is keyof typeof zoneCities {
  return Object.hasOwn(zoneCities, zone)
}

/** The city to name in `locale`'s phrase: the event's own when it can be said correctly, else the zone's. */
function cityFor(zone: string, locale: Locale, place: string | undefined): string | undefined {
  const own = place?.trim()
  if (own) {
    if (locale !== 'ru') return own
    if (Object.hasOwn(ruGenitive, own)) return ruGenitive[own]
  }
  if (!isKnownZone(zone)) return undefined
  const city = zoneCities[zone][locale]
  return locale === 'ru' ? (ruGenitive[city] ?? city) : city
}

/**
 * The zone an event is held in, as the reader would say it, on the event's
 * day `at` (an ISO instant or Date): «время Перми, UTC+5». `place` is the
 * event's city in the reader's language (its help centre's), when it has one.
 * A zone with no city known (UTC, or an unexpected zone) is named by its offset
 * alone, never by its IANA name.
 */
export function timeZonePhrase(zone: string, at: string | Date, locale: Locale, place?: string): string {
  if (zone === 'UTC' || zone === 'Etc/UTC') return 'UTC'
  let offset: string
  try {
    offset = utcOffsetAt(zone, typeof at === 'string' ? new Date(at) : at)
  } catch {
    return 'UTC'
  }
  const city = cityFor(zone, locale, place)
  if (!city) return offset
  return phrases[locale].replace('{city}', city).replace('{offset}', offset)
}

/**
 * When an event is, on one line for lists and the API's display strings:
 * "пятница, 19 сентября 2026 г., 11:00–13:00 (время Перми, UTC+5)".
 */
export function eventWhen(
  event: { start: string; end: string; timeZone: string },
  locale: Locale,
  place?: string,
): string {
  const range = formatRange(event.start, event.end, event.timeZone, locale)
  return `${range} (${timeZonePhrase(event.timeZone, event.start, locale, place)})`
}
