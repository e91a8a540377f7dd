import type { TextField } from 'payload'

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * A URL slug shared by all languages: lowercase ASCII words joined by hyphens,
 * so an article keeps one address across every locale.
 */
export function slugField(overrides: Partial<TextField> = {}): TextField {
  return {
    name: 'slug',
    type: 'text',
    required: true,
    unique: true,
    index: true,
    localized: false,
    admin: {
      position: 'sidebar',
      description: 'Lowercase latin letters, digits and hyphens; the same in every language.',
    },
    validate: (value: unknown) =>
      typeof value === 'string' && SLUG_PATTERN.test(value)
        ? true
        : 'Use lowercase latin letters, digits and single hyphens (e.g. work-patent).',
    ...overrides,
  } as TextField
}
