import type { Locale } from '../locales'
import type { eventTimeZones } from '../taxonomy'

/**
 * The time zones events are held in, named by their city: the admin's time-zone
 * picker (content-models/i18n/timeZoneLabels.ts) and the site's «время Перми,
 * UTC+5» (site/utils/time-zone-name.ts) read the same table. ICU lacks the
 * city names for Uzbek, Tajik and Kyrgyz, so they are kept here.
 */
export type EventTimeZone = (typeof eventTimeZones)[number]

/** The city each zone is named after, in every language (as written, not inflected). */
export const zoneCities: Record<Exclude<EventTimeZone, 'UTC'>, Record<Locale, string>> = {
  'Europe/Kaliningrad': {
    ru: 'Калининград',
    uz: 'Kaliningrad',
    tg: 'Калининград',
    ky: 'Калининград',
    en: 'Kaliningrad',
    bg: 'Калининград',
    ar: 'كالينينغراد',
  },
  'Europe/Moscow': { ru: 'Москва', uz: 'Moskva', tg: 'Маскав', ky: 'Москва', en: 'Moscow', bg: 'Москва', ar: 'موسكو' },
  'Europe/Samara': { ru: 'Самара', uz: 'Samara', tg: 'Самара', ky: 'Самара', en: 'Samara', bg: 'Самара', ar: 'سامارا' },
  'Asia/Yekaterinburg': {
    ru: 'Екатеринбург',
    uz: 'Yekaterinburg',
    tg: 'Екатеринбург',
    ky: 'Екатеринбург',
    en: 'Yekaterinburg',
    bg: 'Екатеринбург',
    ar: 'يكاترينبورغ',
  },
  'Asia/Omsk': { ru: 'Омск', uz: 'Omsk', tg: 'Омск', ky: 'Омск', en: 'Omsk', bg: 'Омск', ar: 'أومسك' },
  'Asia/Novosibirsk': {
    ru: 'Новосибирск',
    uz: 'Novosibirsk',
    tg: 'Новосибирск',
    ky: 'Новосибирск',
    en: 'Novosibirsk',
    bg: 'Новосибирск',
    ar: 'نوفوسيبيرسك',
  },
  'Asia/Krasnoyarsk': {
    ru: 'Красноярск',
    uz: 'Krasnoyarsk',
    tg: 'Красноярск',
    ky: 'Красноярск',
    en: 'Krasnoyarsk',
    bg: 'Красноярск',
    ar: 'كراسنويارسك',
  },
  'Asia/Irkutsk': {
    ru: 'Иркутск',
    uz: 'Irkutsk',
    tg: 'Иркутск',
    ky: 'Иркутск',
    en: 'Irkutsk',
    bg: 'Иркутск',
    ar: 'إيركوتسك',
  },
  'Asia/Yakutsk': {
    ru: 'Якутск',
    uz: 'Yakutsk',
    tg: 'Якутск',
    ky: 'Якутск',
    en: 'Yakutsk',
    bg: 'Якутск',
    ar: 'ياكوتسك',
  },
  'Asia/Vladivostok': {
    ru: 'Владивосток',
    uz: 'Vladivostok',
    tg: 'Владивосток',
    ky: 'Владивосток',
    en: 'Vladivostok',
    bg: 'Владивосток',
    ar: 'فلاديفوستوك',
  },
  'Europe/Sofia': { ru: 'София', uz: 'Sofiya', tg: 'София', ky: 'София', en: 'Sofia', bg: 'София', ar: 'صوفيا' },
  'Asia/Bishkek': {
    ru: 'Бишкек',
    uz: 'Bishkek',
    tg: 'Бишкек',
    ky: 'Бишкек',
    en: 'Bishkek',
    bg: 'Бишкек',
    ar: 'بيشكيك',
  },
  'Asia/Dushanbe': {
    ru: 'Душанбе',
    uz: 'Dushanbe',
    tg: 'Душанбе',
    ky: 'Душанбе',
    en: 'Dushanbe',
    bg: 'Душанбе',
    ar: 'دوشنبه',
  },
  'Asia/Tashkent': {
    ru: 'Ташкент',
    uz: 'Toshkent',
    tg: 'Тошкент',
    ky: 'Ташкент',
    en: 'Tashkent',
    bg: 'Ташкент',
    ar: 'طشقند',
  },
  'Asia/Almaty': { ru: 'Алматы', uz: 'Olmaota', tg: 'Алмаато', ky: 'Алматы', en: 'Almaty', bg: 'Алмати', ar: 'ألماتي' },
}

/** The zone's offset from UTC at `at`: "UTC+5", "UTC+2", "UTC+5:30", "UTC" (from the runtime's tz data). */
export function utcOffsetAt(zone: string, at: Date): string {
  const name = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'shortOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value
  return `UTC${(name ?? '').replace(/^GMT/, '')}`
}
