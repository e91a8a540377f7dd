import type { Field } from 'payload'

import { localeCodes } from '../locales'
import { countries } from '../taxonomy'

/** A URL field: empty, or an absolute http(s) address. */
export function urlField(name: string, extra: Partial<Field> = {}): Field {
  return {
    name,
    type: 'text',
    validate: (value: unknown) => {
      if (value === null || value === undefined || value === '') return true
      try {
        const url = new URL(String(value))
        return url.protocol === 'https:' || url.protocol === 'http:' ? true : 'Use an http:// or https:// address.'
      } catch {
        return `"${String(value)}" is not a web address (use https://…).`
      }
    },
    ...extra,
  } as Field
}

/** A phone number in international format, so it works as a `tel:` link abroad. */
export const PHONE_PATTERN = /^\+\d[\d\s()-]{5,20}$/

/** A Telegram username, without the @. */
export const TELEGRAM_PATTERN = /^[A-Za-z][A-Za-z0-9_]{4,31}$/

/**
 * A link the site alert may point to: a full http(s) address, or a path on the
 * site. Not `//host` or `/\\host` (browsers read both as another site), and
 * no spaces, backslashes, quotes, angle brackets or encoded control characters.
 */
export const SITE_LINK_PATTERN =
  /^(?!.*%(?:[01][0-9a-f]|7f))(?:https?:\/\/[^\s\\<>"'`/?#]+(?:[/?#][^\s\\<>"'`]*)?|\/(?![/\\])[^\s\\<>"'`]*)$/i

export function validatePhone(value: unknown): true | string {
  if (value === null || value === undefined || value === '') return true
  const values = Array.isArray(value) ? value : [value]
  const bad = values.find((v) => !PHONE_PATTERN.test(String(v)))
  return bad === undefined
    ? true
    : `"${String(bad)}" is not a phone number in international format (e.g. +7 342 200-00-00).`
}

export const countryField = (description: string, options: readonly string[] = countries): Field => ({
  name: 'country',
  type: 'select',
  required: true,
  options: options.map((value) => ({ label: value, value })),
  admin: { position: 'sidebar', description },
})

export const topicsField: Field = {
  name: 'topics',
  type: 'relationship',
  relationTo: 'topics',
  hasMany: true,
  admin: { position: 'sidebar' },
}

/** The languages spoken there, so readers can find help in their own. */
export const languagesField = (description: string): Field => ({
  name: 'languages',
  type: 'select',
  hasMany: true,
  options: localeCodes.map((value) => ({ label: value, value })),
  admin: { description },
})

/** When this language's text last changed; set by stampTranslationUpdate, never by hand. */
export const textUpdatedAtField: Field = {
  name: 'textUpdatedAt',
  type: 'date',
  localized: true,
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: 'When the text in this language last changed. Translations older than the original show as outdated.',
    date: { pickerAppearance: 'dayAndTime' },
  },
}

/** Per-save choices that steer the hooks; never stored. */
export const editorialCheckboxes: Field[] = [
  {
    name: 'minorChange',
    type: 'checkbox',
    virtual: true,
    label: 'Minor change (typo, formatting)',
    admin: {
      position: 'sidebar',
      description: 'Readers are not told the page changed and translations are not marked outdated.',
    },
  },
  {
    name: 'translationChecked',
    type: 'checkbox',
    virtual: true,
    label: 'This translation matches the current original',
    admin: {
      position: 'sidebar',
      description: 'Tick after comparing with the source text when nothing needed changing: clears "outdated".',
    },
  },
]
