import { sameText } from '../../content-models/rules/sameText'

/** Whether two values serialize alike, a missing value counting as null. */
export function sameJSON(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null)
}

/** A stored value as the importer writes it: relations as ids, array rows without their ids. */
export function normalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(normalize)
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>
    if ('id' in o && ('slug' in o || 'createdAt' in o)) return o.id
    return Object.fromEntries(
      Object.entries(o)
        .filter(([k]) => k !== 'id')
        .map(([k, v]) => [k, normalize(v)]),
    )
  }
  return value ?? null
}

/**
 * Whether a stored document already holds every value of `data`. An unchanged
 * language is not saved again, so it gets no new version and its translation
 * keeps its date. The rich-text body is compared by what it says (sameText):
 * each Markdown conversion gives some nodes new random ids.
 */
export function holdsAll(stored: Record<string, unknown>, data: Record<string, unknown>): boolean {
  return Object.entries(data).every(([k, v]) =>
    // Most bodies have no node ids: alike as they are, they need no copy without ids.
    k === 'body' ? sameJSON(stored[k], v) || sameText(stored[k], v) : sameJSON(normalize(stored[k]), normalize(v)),
  )
}
