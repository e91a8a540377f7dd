import { countryField, languagesField, TELEGRAM_PATTERN, urlField, validatePhone } from '../fields/common'
import { centreServices, countries } from '../taxonomy'
import { translatedCollection } from './translatedCollection'

export const CENTRE_TEXT_FIELDS = ['name', 'organisation', 'city', 'address', 'openingHours', 'body'] as const

/** Help centres and hotlines: where a migrant can call or go. */
export const HelpCentres = translatedCollection({
  slug: 'help-centres',
  labels: { singular: 'Help centre', plural: 'Help centres' },
  titleField: 'name',
  textFields: CENTRE_TEXT_FIELDS,
  defaultColumns: ['name', 'city', 'country', '_status', 'updatedAt'],
  fields: [
    { name: 'organisation', type: 'text', localized: true, maxLength: 200 },
    { name: 'body', label: 'Description', type: 'richText', localized: true },
    {
      type: 'row',
      fields: [
        { name: 'region', type: 'relationship', relationTo: 'regions', required: true },
        { name: 'city', type: 'text', localized: true, required: true, maxLength: 100 },
      ],
    },
    { name: 'address', type: 'text', localized: true, maxLength: 300 },
    { name: 'openingHours', type: 'textarea', localized: true, maxLength: 300 },
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
    languagesField('Languages the staff speak.'),
    {
      name: 'services',
      type: 'select',
      hasMany: true,
      options: centreServices.map((value) => ({ label: value, value })),
    },
  ],
  sidebarFields: [
    countryField(
      'Country of the centre.',
      countries.filter((c) => c !== 'all'),
    ),
  ],
})
