import { type EventTimeZone, utcOffsetAt, zoneCities } from '../rules/timeZoneCities'

/** The zone's offset from UTC in winter and summer, as "UTC+5" or "UTC+2/+3" (from the runtime's time-zone data). */
export function utcOffset(zone: string): string {
  const offset = (month: number) =>
    utcOffsetAt(zone, new Date(Date.UTC(new Date().getUTCFullYear(), month, 15))).replace(/^UTC/, '')
  const [winter, summer] = [offset(0), offset(6)]
  const utc = (o: string) => o || '+0'
  return winter === summer ? `UTC${winter}` : `UTC${utc(winter)}/${utc(summer)}`
}

/**
 * The time-zone picker's label, e.g. "Екатеринбург / Yekaterinburg (UTC+5)".
 * Payload takes one string per zone for every admin language (its `Timezone`
 * label is a string, shown as is), so it names the city in Cyrillic, which
 * Russian and Bulgarian editors read, and in Latin script, with the offset.
 */
export function timeZoneLabel(zone: EventTimeZone): string {
  if (zone === 'UTC') return 'UTC'
  const { ru, en } = zoneCities[zone]
  return `${ru} / ${en} (${utcOffset(zone)})`
}
