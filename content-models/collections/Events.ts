import { type CollectionBeforeValidateHook, type TextField, type Validate, ValidationError } from 'payload'
import { text } from 'payload/shared'

import { countryField, languagesField, topicsField, urlField, validatePhone } from '../fields/common'
import { eventKinds, eventTimeZones } from '../taxonomy'
import { translatedCollection } from './translatedCollection'

export const EVENT_TEXT_FIELDS = ['title', 'summary', 'body', 'address', 'organiser'] as const

/**
 * The time zone beside each date must be one the admin offers: Payload stores
 * whatever the API sends, and a value with a line break ("Europe/Moscow\r\nX-…")
 * ended up in calendar files and stopped every later site build.
 */
const knownTimeZones: CollectionBeforeValidateHook = ({ data, req }) => {
  const errors = (['start_tz', 'end_tz'] as const)
    .filter((path) => data?.[path] != null && !(eventTimeZones as readonly string[]).includes(String(data[path])))
    .map((path) => ({
      path,
      message: `${JSON.stringify(String(data![path]).slice(0, 60))} is not a time zone the portal offers. Pick one from the list (${eventTimeZones.join(', ')}).`,
    }))
  if (errors.length) throw new ValidationError({ collection: 'events', errors, req })
  return data
}

/**
 * The address may stay empty when a help centre or an online link gives the
 * place. A field's own check replaces Payload's, so this one calls Payload's
 * for the length limit.
 */
const addressOrOtherPlace: Validate<string, unknown, { helpCentre?: unknown; onlineUrl?: unknown }, TextField> = (
  value,
  options,
) =>
  value || options.siblingData?.helpCentre || options.siblingData?.onlineUrl
    ? text(value, options)
    : 'Give the place: a help centre, an address or an online link.'

/**
 * Integration events: information meetings, trainings, multicultural events.
 * Times are stored in UTC with the time zone they are held in, so the site shows
 * local time and calendars get the right instant.
 */
export const Events = translatedCollection({
  slug: 'events',
  titleField: 'title',
  textFields: EVENT_TEXT_FIELDS,
  defaultColumns: ['title', 'start', 'country', '_status', 'updatedAt'],
  hooks: { beforeValidate: [knownTimeZones] },
  fields: [
    { name: 'summary', type: 'textarea', localized: true, maxLength: 400 },
    { name: 'body', type: 'richText', localized: true },
    {
      type: 'row',
      fields: [
        {
          name: 'start',
          type: 'date',
          required: true,
          timezone: { required: true, defaultTimezone: 'Europe/Moscow' },
          admin: { date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' } },
        },
        {
          name: 'end',
          type: 'date',
          required: true,
          timezone: { required: true, defaultTimezone: 'Europe/Moscow' },
          admin: { date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' } },
          validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
            value && siblingData?.start && new Date(String(value)) <= new Date(String(siblingData.start))
              ? 'The event must end after it starts.'
              : true,
        },
      ],
    },
    {
      type: 'collapsible',
      label: 'Place',
      admin: { description: 'A help centre, an address, or an online link (at least one).' },
      fields: [
        { name: 'helpCentre', type: 'relationship', relationTo: 'help-centres' },
        {
          name: 'address',
          type: 'text',
          localized: true,
          maxLength: 300,
          validate: addressOrOtherPlace,
        },
        urlField('onlineUrl', { label: 'Online link' } as never),
        { name: 'region', type: 'relationship', relationTo: 'regions' },
      ],
    },
    languagesField('Languages spoken at the event.'),
    { name: 'organiser', type: 'text', localized: true, maxLength: 200 },
    {
      type: 'row',
      fields: [
        urlField('registrationUrl', { label: 'Registration link' } as never),
        { name: 'registrationPhone', type: 'text', validate: validatePhone },
      ],
    },
  ],
  sidebarFields: [
    {
      name: 'eventKind',
      type: 'select',
      required: true,
      options: eventKinds.map((value) => ({ label: value, value })),
      admin: { position: 'sidebar' },
    },
    countryField('Country the event takes place in (all for online events open to everyone).'),
    topicsField,
  ],
})
