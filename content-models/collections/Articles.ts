import type { CollectionConfig } from 'payload'

import { authenticated } from '../access/authenticated'
import { authenticatedOrPublished } from '../access/authenticatedOrPublished'
import { slugField } from '../fields/slug'
import { anonymousReadsPublished, stripUnpublishedLocales } from '../hooks/publishedOnlyForAnonymous'
import { stampTranslationUpdate } from '../hooks/stampTranslationUpdate'
import { articleKinds, countries } from '../taxonomy'

export const Articles: CollectionConfig = {
  slug: 'articles',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'country', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'slug'],
  },
  access: {
    read: authenticatedOrPublished,
    readVersions: authenticated,
    create: authenticated,
    update: authenticated,
    delete: authenticated,
  },
  hooks: {
    beforeOperation: [anonymousReadsPublished],
    beforeChange: [stampTranslationUpdate],
    afterRead: [stripUnpublishedLocales],
  },
  versions: {
    maxPerDoc: 50,
    drafts: {
      // Each translation is published on its own: the Uzbek text can go live
      // before the Kyrgyz one is ready.
      localizeStatus: true,
    },
  },
  fields: [
    // Short enough to read on a small phone screen and in a search result.
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 160 },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 400 },
    { name: 'body', type: 'richText', localized: true },
    {
      name: 'searchKeywords',
      type: 'text',
      hasMany: true,
      localized: true,
      admin: {
        description:
          'Words readers might search for that the text does not use (slang, abbreviations, misspellings). Indexed for search, never shown.',
      },
    },
    slugField(),
    {
      name: 'textUpdatedAt',
      type: 'date',
      localized: true,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'When the text in this language last changed (shown to readers as "Last updated").',
        date: { pickerAppearance: 'dayAndTime' },
      },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: articleKinds.map((value) => ({ label: value, value })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'country',
      type: 'select',
      required: true,
      defaultValue: 'all',
      options: countries.map((value) => ({ label: value, value })),
      admin: { position: 'sidebar', description: 'Country the article applies to.' },
    },
    {
      name: 'topics',
      type: 'relationship',
      relationTo: 'topics',
      hasMany: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'effectiveDate',
      type: 'date',
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' },
        condition: (data) => data?.kind === 'law-change',
        description: 'The day the law change takes effect.',
      },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
        siblingData?.kind === 'law-change' && !value
          ? 'A law change needs the date it takes effect.'
          : true,
    },
  ],
}
