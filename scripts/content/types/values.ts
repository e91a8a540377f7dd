/** The named values of a front-matter map, a missing one as null so that saving clears it. */
export function pick(values: Record<string, unknown>, ...names: string[]): Record<string, unknown> {
  return Object.fromEntries(names.map((n) => [n, values[n] ?? null]))
}

/** A calendar day (YYYY-MM-DD) as the ISO instant Payload stores in a date field, 00:00 UTC; null clears the field. */
export const day = (value: unknown) => (value ? `${String(value)}T00:00:00.000Z` : null)

/**
 * The public change notes of one language, as the `changeHistory` rows to save:
 * the dates are shared (every language's list contributes its dates), the notes
 * per language, oldest first so a new note is a new last row and the rows
 * holding other languages' notes keep their places. A row is saved with its
 * stored id, else saving would replace it and drop the other languages' notes.
 */
export function changeHistoryRows(
  translations: Record<string, { text: Record<string, unknown> } | undefined>,
  locale: string,
  stored: Record<string, unknown> | undefined,
): { id?: string; date: string | null; note: string | null }[] {
  const dates = new Set<string>()
  for (const tr of Object.values(translations))
    for (const c of (tr?.text.changes as { date: string }[]) ?? []) dates.add(c.date)
  const own = (translations[locale]?.text.changes as { date: string; note: string }[]) ?? []
  const notes = new Map(own.map((c) => [c.date, c.note]))
  const rowIds = new Map(
    ((stored?.changeHistory as { id: string; date: string }[] | undefined) ?? []).map((r) => [
      String(r.date).slice(0, 10),
      r.id,
    ]),
  )
  return [...dates]
    .sort()
    .map((d) => ({ ...(rowIds.has(d) ? { id: rowIds.get(d) } : {}), date: day(d), note: notes.get(d) ?? null }))
}
