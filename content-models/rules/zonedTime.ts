import { TZDate } from '@date-fns/tz'

/** `2027-01-15T10:00` wall-clock time in `timeZone` → the UTC instant (ISO). */
export function zonedToUtc(local: string, timeZone: string): string {
  const [y, mo, d, h, mi] = local.split(/[-T:]/).map(Number)
  return new Date(+new TZDate(y, mo - 1, d, h, mi, timeZone)).toISOString()
}

/** A UTC instant → `2027-01-15T10:00` wall-clock time in `timeZone`. */
export function utcToZoned(iso: string, timeZone: string): string {
  return new TZDate(new Date(iso).getTime(), timeZone).toISOString().slice(0, 16)
}
