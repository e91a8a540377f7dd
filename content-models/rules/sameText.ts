/**
 * Whether two stored text values say the same thing. Rich text (Lexical JSON)
 * gives some nodes, links among them, a new random `id` each time Markdown or
 * an editor builds them; that id means nothing to a reader, so it is left out
 * of the comparison. Without this, re-importing an unchanged article with a
 * link counted as a change: it asked for a change note and marked every
 * translation outdated.
 */
export function sameText(a: unknown, b: unknown): boolean {
  return JSON.stringify(withoutNodeIds(a ?? null)) === JSON.stringify(withoutNodeIds(b ?? null))
}

function withoutNodeIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNodeIds)
  if (!value || typeof value !== 'object') return value
  const node = value as Record<string, unknown>
  const isNode = typeof node.type === 'string'
  return Object.fromEntries(
    Object.entries(node)
      .filter(([k]) => !(isNode && k === 'id'))
      .map(([k, v]) => [k, withoutNodeIds(v)]),
  )
}
