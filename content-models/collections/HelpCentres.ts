import type { CollectionConfig } from 'payload'

import { draftableContent } from '../access/content'
import {
  countryField,
  editorialCheckboxes,
  TELEGRAM_PATTERN,
  textUpdatedAtField,
  urlField,
  validatePhone,
} from '../fields/common'
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
import { centreServices, countries } from '../taxonomy'

export const CENTRE_TEXT_FIELDS = ['name', 'organisation', 'city', 'address', 'openingHours', 'body'] as const

/** Help centres and hotlines: where a migrant can call or go. */
export const HelpCentres: CollectionConfig = {
  slug: 'help-centres',
  labels: { singular: 'Help centre', plural: 'Help centres' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'city', 'country', '_status', 'updatedAt'],
    listSearchableFields: ['name', 'slug'],
  },
  access: draftableContent(),
  hooks: {
    beforeOperation: [anonymousReadsPublished, guardPublication, noteWhatIsSent],
    beforeChange: [stampTranslationUpdate(CENTRE_TEXT_FIELDS), rememberPublishedSharedFields],
    afterChange: [restorePublishedSharedFields],
    afterRead: [stripUnpublishedLocales, dropDraftReferences],
  },
  versions: {
    maxPerDoc: 20,
    drafts: { localizeStatus: true, schedulePublish: { timeFormat: 'HH:mm', timeIntervals: 1 } },
  },
  fields: withRoleAccess([
    { name: 'name', type: 'text', required: true, localized: true, maxLength: 160 },
    { name: 'organisation', type: 'text', localized: true },
    { name: 'body', label: 'Description', type: 'richText', localized: true },
    {
      type: 'row',
      fields: [
        { name: 'region', type: 'relationship', relationTo: 'regions', required: true },
        { name: 'city', type: 'text', localized: true, required: true },
      ],
    },
    { name: 'address', type: 'text', localized: true },
    { name: 'openingHours', type: 'textarea', localized: true },
    {
      type: 'collapsible',
      label: 'Contacts',
      fields: [
        { name: 'phones', type: 'text', hasMany: true, validate: validatePhone },
        {
          type: 'row',
          fields: [
            { name: 'hotline', type: 'text', validate: validatePhone },
            { name: 'hotlineFree', label: 'Free to call', type: 'checkbox' },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'whatsapp', label: 'WhatsApp number', type: 'text', validate: validatePhone },
            {
              name: 'telegram',
              label: 'Telegram username',
              type: 'text',
              validate: (v: unknown) =>
                !v || TELEGRAM_PATTERN.test(String(v))
                  ? true
                  : 'A Telegram username without @ (5–32 letters, digits, _).',
            },
            { name: 'viber', label: 'Viber number', type: 'text', validate: validatePhone },
          ],
        },
        {
          type: 'row',
          fields: [{ name: 'email', type: 'email' }, urlField('website')],
        },
      ],
    },
    {
      name: 'languages',
      type: 'select',
      hasMany: true,
      options: localeCodes.map((value) => ({ label: value, value })),
      admin: { description: 'Languages the staff speak.' },
    },
    {
      name: 'services',
      type: 'select',
      hasMany: true,
      options: centreServices.map((value) => ({ label: value, value })),
    },
    slugField(),
    textUpdatedAtField,
    ...editorialCheckboxes,
    countryField(
      'Country of the centre.',
      countries.filter((c) => c !== 'all'),
    ),
  ]),
}
