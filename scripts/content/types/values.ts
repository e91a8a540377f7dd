/** The named values of a front-matter map, a missing one as null so that saving clears it. */
export function pick(values: Record<string, unknown>, ...names: string[]): Record<string, unknown> {
  return Object.fromEntries(names.map((n) => [n, values[n] ?? null]))
}

/** A calendar day (YYYY-MM-DD) as the ISO instant Payload stores in a date field, 00:00 UTC; null clears the field. */
export const day = (value: unknown) => (value ? `${String(value)}T00:00:00.000Z` : null)
