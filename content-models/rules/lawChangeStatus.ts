/**
 * Where a law change stands on a given day, so pages built on that day say
 * "takes effect on…", "in force since…" or "no longer applies" with nobody
 * editing them. Dates are calendar days (YYYY-MM-DD) in the law's own country;
 * `today` is the build date.
 */
export type LawChangeStatus = 'upcoming' | 'in-force' | 'expired'

export function lawChangeStatus(effectiveDate: string, expiryDate: string | undefined, today: string): LawChangeStatus {
  if (today < effectiveDate.slice(0, 10)) return 'upcoming'
  if (expiryDate && today >= expiryDate.slice(0, 10)) return 'expired'
  return 'in-force'
}

/** Today's calendar day in a time zone, as YYYY-MM-DD. */
export function dayIn(timeZone: string, at: Date = new Date()): string {
  let format = dayFormats.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    dayFormats.set(timeZone, format)
  }
  return format.format(at)
}

/** One formatter per time zone: making one costs more than formatting with it. */
const dayFormats = new Map<string, Intl.DateTimeFormat>()
