import { type CollectionBeforeValidateHook, type CollectionConfig, ValidationError } from 'payload'

import { draftableContent } from '../access/content'
import { countryField, editorialCheckboxes, textUpdatedAtField, urlField, validatePhone } from '../fields/common'
import { withRoleAccess } from '../fields/roleAccess'
import { slugField } from '../fields/slug'
import { guardPublication } from '../hooks/guardPublication'
import {
  noteWhatIsSent,
  rememberPublishedSharedFields,
  restorePublishedSharedFields,
} from '../hooks/keepPublishedSharedFields'
import {
  anonymousReadsPublished,
  dropDraftReferences,
  stripUnpublishedLocales,
} from '../hooks/publishedOnlyForAnonymous'
import { stampTranslationUpdate } from '../hooks/stampTranslationUpdate'
import { localeCodes } from '../locales'
import { eventKinds, eventTimeZones } from '../taxonomy'

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
 * Integration events: information meetings, trainings, multicultural events.
 * Times are stored in UTC with the time zone they are held in, so the site shows
 * local time and calendars get the right instant.
 */
export const Events: CollectionConfig = {
  slug: 'events',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'start', 'country', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'slug'],
  },
  access: draftableContent(),
  hooks: {
    beforeOperation: [anonymousReadsPublished, guardPublication, noteWhatIsSent],
    beforeValidate: [knownTimeZones],
    beforeChange: [stampTranslationUpdate(EVENT_TEXT_FIELDS), rememberPublishedSharedFields],
    afterChange: [restorePublishedSharedFields],
    afterRead: [stripUnpublishedLocales, dropDraftReferences],
  },
  versions: {
    maxPerDoc: 20,
    drafts: { localizeStatus: true, schedulePublish: { timeFormat: 'HH:mm', timeIntervals: 1 } },
  },
  fields: withRoleAccess([
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 160 },
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
          validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
            value || siblingData?.helpCentre || siblingData?.onlineUrl
              ? true
              : 'Give the place: a help centre, an address or an online link.',
        },
        urlField('onlineUrl', { label: 'Online link' } as never),
        { name: 'region', type: 'relationship', relationTo: 'regions' },
      ],
    },
    {
      name: 'languages',
      type: 'select',
      hasMany: true,
      options: localeCodes.map((value) => ({ label: value, value })),
      admin: { description: 'Languages spoken at the event.' },
    },
    { name: 'organiser', type: 'text', localized: true },
    {
      type: 'row',
      fields: [
        urlField('registrationUrl', { label: 'Registration link' } as never),
        { name: 'registrationPhone', type: 'text', validate: validatePhone },
      ],
    },
    slugField(),
    textUpdatedAtField,
    ...editorialCheckboxes,
    {
      name: 'eventKind',
      type: 'select',
      required: true,
      options: eventKinds.map((value) => ({ label: value, value })),
      admin: { position: 'sidebar' },
    },
    countryField('Country the event takes place in (all for online events open to everyone).'),
    { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true, admin: { position: 'sidebar' } },
  ]),
}
