import { eventTimeZones } from '../taxonomy'
import { adminLanguages, type AdminText } from './adminText'

export type EventTimeZone = (typeof eventTimeZones)[number]

/** The city each time zone is named after, in every admin language. */
export const timeZoneCities: Record<EventTimeZone, AdminText> = {
  'Europe/Kaliningrad': { ru: 'Калининград', en: 'Kaliningrad', bg: 'Калининград', ar: 'كالينينغراد' },
  'Europe/Moscow': { ru: 'Москва', en: 'Moscow', bg: 'Москва', ar: 'موسكو' },
  'Europe/Samara': { ru: 'Самара', en: 'Samara', bg: 'Самара', ar: 'سامارا' },
  'Asia/Yekaterinburg': { ru: 'Екатеринбург', en: 'Yekaterinburg', bg: 'Екатеринбург', ar: 'يكاترينبورغ' },
  'Asia/Omsk': { ru: 'Омск', en: 'Omsk', bg: 'Омск', ar: 'أومسك' },
  'Asia/Novosibirsk': { ru: 'Новосибирск', en: 'Novosibirsk', bg: 'Новосибирск', ar: 'نوفوسيبيرسك' },
  'Asia/Krasnoyarsk': { ru: 'Красноярск', en: 'Krasnoyarsk', bg: 'Красноярск', ar: 'كراسنويارسك' },
  'Asia/Irkutsk': { ru: 'Иркутск', en: 'Irkutsk', bg: 'Иркутск', ar: 'إيركوتسك' },
  'Asia/Yakutsk': { ru: 'Якутск', en: 'Yakutsk', bg: 'Якутск', ar: 'ياكوتسك' },
  'Asia/Vladivostok': { ru: 'Владивосток', en: 'Vladivostok', bg: 'Владивосток', ar: 'فلاديفوستوك' },
  'Europe/Sofia': { ru: 'София', en: 'Sofia', bg: 'София', ar: 'صوفيا' },
  'Asia/Bishkek': { ru: 'Бишкек', en: 'Bishkek', bg: 'Бишкек', ar: 'بيشكيك' },
  'Asia/Dushanbe': { ru: 'Душанбе', en: 'Dushanbe', bg: 'Душанбе', ar: 'دوشنبه' },
  'Asia/Tashkent': { ru: 'Ташкент', en: 'Tashkent', bg: 'Ташкент', ar: 'طشقند' },
  'Asia/Almaty': { ru: 'Алматы', en: 'Almaty', bg: 'Алмати', ar: 'ألماتي' },
  UTC: {
    ru: 'Всемирное время',
    en: 'Coordinated Universal Time',
    bg: 'Координирано универсално време',
    ar: 'التوقيت العالمي المنسق',
  },
}

/** The zone's offset from UTC in winter and summer, as "UTC+5" or "UTC+2/+3" (from the runtime's time-zone data). */
export function utcOffset(zone: string): string {
  const offset = (month: number) =>
    new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'shortOffset' })
      .formatToParts(Date.UTC(new Date().getUTCFullYear(), month, 15))
      .find((part) => part.type === 'timeZoneName')!
      .value.replace(/^GMT/, '')
  const [winter, summer] = [offset(0), offset(6)]
  const utc = (o: string) => o || '+0'
  return winter === summer ? `UTC${winter}` : `UTC${utc(winter)}/${utc(summer)}`
}

/** A zone named in every admin language, e.g. «Екатеринбург (UTC+5)». */
export function timeZoneName(zone: EventTimeZone): AdminText {
  const offset = zone === 'UTC' ? 'UTC' : utcOffset(zone)
  return Object.fromEntries(
    adminLanguages.map((language) => [language, `${timeZoneCities[zone][language]} (${offset})`]),
  ) as AdminText
}

/**
 * The time-zone picker's label, e.g. "Екатеринбург / Yekaterinburg (UTC+5)".
 * Payload takes one string per zone for every admin language (its `Timezone`
 * label is a string, shown as is), so it names the city in Cyrillic, which
 * Russian and Bulgarian editors read, and in Latin script, with the offset.
 */
export function timeZoneLabel(zone: EventTimeZone): string {
  const { ru, en } = timeZoneCities[zone]
  return zone === 'UTC' ? 'UTC' : `${ru} / ${en} (${utcOffset(zone)})`
}
