const DATE = /^\d{4}-\d{2}-\d{2}$/

/** A YYYY-MM-DD day that exists (JavaScript would roll 2027-02-30 over into March). */
export function isRealDate(value: string): boolean {
  if (!DATE.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
}
