import { TZDate } from '@date-fns/tz'

/** `2027-01-15T10:00` wall-clock time in `timeZone` → the UTC instant (ISO). */
export function zonedToUtc(local: string, timeZone: string): string {
  const [y, mo, d, h, mi] = local.split(/[-T:]/).map(Number)
  return new Date(+new TZDate(y, mo - 1, d, h, mi, timeZone)).toISOString()
}
