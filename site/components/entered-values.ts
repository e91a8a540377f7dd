/**
 * What a reader entered in an island's fields before its script arrived.
 *
 * Islands are rendered on the server, so on a slow connection the form is usable
 * for a while before it is hydrated. The values typed or picked meanwhile live in
 * the DOM only; an island calls this once on hydration to take them over instead
 * of overwriting them with its initial state. Fields are found by `name`.
 */
export function enteredValues<K extends string>(
  root: Element | null | undefined,
  names: readonly K[],
): Partial<Record<K, string>> {
  const values: Partial<Record<K, string>> = {}
  for (const name of names) {
    const field = root?.querySelector(`[name="${name}"]`)
    if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) values[name] = field.value
  }
  return values
}
