import { topicsField, urlField } from '../fields/common'
import { protectChangeHistory } from '../hooks/protectChangeHistory'
import { requireChangeNote } from '../hooks/requireChangeNote'
import { reviewPublishesNothingPending } from '../hooks/reviewPublishesNothingPending'
import { articleKinds, citizenships, countries, migrantStatuses } from '../taxonomy'
import { translatedCollection } from './translatedCollection'

/** The fields whose change means a translation's text changed. */
export const ARTICLE_TEXT_FIELDS = ['title', 'summary', 'body'] as const
const isLawChange = (data: Record<string, unknown> | undefined) => data?.kind === 'law-change'

const dayOnly = { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } as const

export const Articles = translatedCollection({
  slug: 'articles',
  titleField: 'title',
  textFields: ARTICLE_TEXT_FIELDS,
  defaultColumns: ['title', 'kind', 'country', '_status', 'reviewDue', 'updatedAt'],
  hooks: {
    beforeChange: [reviewPublishesNothingPending, protectChangeHistory, requireChangeNote(ARTICLE_TEXT_FIELDS)],
  },
  maxPerDoc: 50,
  fields: [
    { name: 'summary', type: 'textarea', localized: true, maxLength: 400 },
    { name: 'body', type: 'richText', localized: true },
    {
      type: 'collapsible',
      label: 'Law change',
      admin: { condition: isLawChange, initCollapsed: false },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'effectiveDate',
              label: 'In force from',
              type: 'date',
              admin: { date: dayOnly, description: 'The day the change takes effect.' },
              validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
                isLawChange(siblingData) && !value ? 'A law change needs the date it takes effect.' : true,
            },
            {
              name: 'expiryDate',
              label: 'Until',
              type: 'date',
              admin: { date: dayOnly, description: 'Leave empty unless the rule stops applying on a known day.' },
              validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
                value && siblingData?.effectiveDate && String(value) <= String(siblingData.effectiveDate)
                  ? 'The end date must be after the date it takes effect.'
                  : true,
            },
          ],
        },
        {
          name: 'affectedCitizenships',
          label: 'Who is affected: citizens of',
          type: 'select',
          hasMany: true,
          options: citizenships.map((value) => ({ label: value.toUpperCase(), value })),
          admin: { description: 'Leave empty when it concerns every foreign citizen.' },
        },
        {
          name: 'affectedStatuses',
          label: 'Who is affected: status',
          type: 'select',
          hasMany: true,
          options: migrantStatuses.map((value) => ({ label: value, value })),
          admin: { description: 'Leave empty when it concerns everyone regardless of status.' },
        },
        { name: 'legalAct', label: 'Legal basis: act', type: 'text', localized: true, maxLength: 300 },
        {
          name: 'legalArticle',
          label: 'Legal basis: article or clause',
          type: 'text',
          localized: true,
          maxLength: 200,
        },
        urlField('legalUrl', { label: 'Legal basis: link to the official text' } as never),
        {
          name: 'affectedArticles',
          label: 'Articles this change affects',
          type: 'relationship',
          relationTo: 'articles',
          hasMany: true,
          filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
          admin: { description: 'These articles show a notice linking to this change.' },
        },
      ],
    },
    {
      name: 'changeHistory',
      label: 'Change history',
      type: 'array',
      admin: {
        description:
          'Public notes on major changes (e.g. "The patent fee changed"), shown on the article newest first. Add each new note as a new row at the end. Required when publishing a change to the original text that is not minor; translators translate the notes.',
      },
      fields: [
        {
          name: 'date',
          type: 'date',
          required: true,
          defaultValue: () => new Date().toISOString(),
          admin: { date: dayOnly },
        },
        { name: 'note', type: 'text', localized: true, maxLength: 300 },
      ],
    },
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
  ],
  sidebarFields: [
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
    topicsField,
    {
      name: 'reviewedAt',
      label: 'Last reviewed by a lawyer',
      type: 'date',
      admin: { position: 'sidebar', date: dayOnly, description: 'Set by a legal reviewer; shown to readers.' },
    },
    {
      name: 'reviewDue',
      label: 'Next legal review due',
      type: 'date',
      admin: { position: 'sidebar', date: dayOnly, description: 'Overdue articles are listed on the dashboard.' },
    },
  ],
  reviewFields: ['reviewedAt', 'reviewDue'],
})
