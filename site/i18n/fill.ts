/** `{name}` placeholders in UI strings. */
export const PLACEHOLDER = /\{(\w+)\}/g

/**
 * Fills `{name}` placeholders; unknown ones are left as written. Kept apart
 * from the string tables so islands can use it without bundling them.
 */
export function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (name in vars ? String(vars[name]) : whole))
}
