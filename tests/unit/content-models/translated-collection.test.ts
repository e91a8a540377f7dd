import type { CollectionBeforeChangeHook, Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { collections, publicCollections, translatedCollections } from '../../../content-models'
import { ARTICLE_TEXT_FIELDS, Articles } from '../../../content-models/collections/Articles'
import { EVENT_TEXT_FIELDS, Events } from '../../../content-models/collections/Events'
import { CENTRE_TEXT_FIELDS, HelpCentres } from '../../../content-models/collections/HelpCentres'
import { translatedCollection } from '../../../content-models/collections/translatedCollection'
import { fillTargetLanguages } from '../../../content-models/fields/targetLanguages'
import { rememberPublishedSharedFields } from '../../../content-models/hooks/keepPublishedSharedFields'

/** Named data fields, rows and collapsibles flattened, in admin order. */
const dataFields = (fields: Field[]): Field[] =>
  fields.flatMap((f) => ('name' in f ? [f] : 'fields' in f ? dataFields(f.fields) : []))

const names = (fields: Field[]) => dataFields(fields).map((f) => ('name' in f ? f.name : ''))

const updateAs = (config: { access?: { update?: unknown } }, role: string) =>
  (config.access!.update as (args: unknown) => unknown)({ req: { user: { role }, locale: 'ru' }, data: {} })

describe('translatedCollection', () => {
  const own: CollectionBeforeChangeHook = ({ data }) => data
  const notes = translatedCollection({
    slug: 'notes',
    labels: {
      singular: { ru: 'Заметка', en: 'Note', bg: 'Бележка', ar: 'ملاحظة' },
      plural: { ru: 'Заметки', en: 'Notes', bg: 'Бележки', ar: 'ملاحظات' },
    },
    titleField: 'name',
    textFields: ['name', 'text'],
    defaultColumns: ['name'],
    hooks: { beforeChange: [own] },
    fields: [{ name: 'text', type: 'textarea', localized: true }],
    sidebarFields: [{ name: 'kind', type: 'text', admin: { position: 'sidebar' } }],
  })

  it('puts the title first and the shared sidebar fields before the collection’s own', () => {
    expect(names(notes.fields)).toEqual([
      'name',
      'text',
      'slug',
      'textUpdatedAt',
      'minorChange',
      'translationChecked',
      'kind',
      'targetLanguages',
    ])
    expect(notes.fields[0]).toMatchObject({ required: true, localized: true })
    expect(notes.admin).toMatchObject({ useAsTitle: 'name', listSearchableFields: ['name', 'slug'] })
  })

  it('runs the collection’s own checks before the translation date is stamped, and its stamps after', () => {
    const stamp = () => ({})
    const withStamp = translatedCollection({
      slug: 'stamped',
      labels: notes.labels as never,
      titleField: 'name',
      textFields: ['name'],
      defaultColumns: ['name'],
      hooks: { beforeChange: [own], afterTextStamp: [stamp] },
      fields: [],
    })
    const beforeChange = notes.hooks!.beforeChange!
    expect(beforeChange).toHaveLength(4)
    expect(beforeChange[0]).toBe(own)
    expect(beforeChange[1]).toBe(fillTargetLanguages)
    expect(beforeChange[3]).toBe(rememberPublishedSharedFields)
    expect(withStamp.hooks!.beforeChange!.indexOf(stamp)).toBe(3)
  })

  it('lets legal reviewers update only a collection with review fields', () => {
    expect(updateAs(notes, 'legal-reviewer')).toBe(false)
    expect(updateAs(Articles, 'legal-reviewer')).toBe(true)
  })
})

describe('the translated collections', () => {
  it.each([
    { config: Articles, textFields: ARTICLE_TEXT_FIELDS },
    { config: Events, textFields: EVENT_TEXT_FIELDS },
    { config: HelpCentres, textFields: CENTRE_TEXT_FIELDS },
  ])('$config.slug: every text field is a per-language field of the collection', ({ config, textFields }) => {
    const localized = dataFields(config.fields)
      .filter((f) => 'localized' in f && f.localized)
      .map((f) => ('name' in f ? f.name : ''))
    expect(localized).toEqual(expect.arrayContaining([...textFields]))
    expect(textFields).toContain(config.admin.useAsTitle)
  })

  it('keep Payload’s length limit on an event address, which has its own check', () => {
    const address = dataFields(Events.fields).find((f) => 'name' in f && f.name === 'address') as Field & {
      maxLength: number
      validate: (value: unknown, options: unknown) => unknown
    }
    // Payload passes the field's own settings with the request.
    const options = { ...address, siblingData: {}, req: { payload: { config: {} }, t: (key: string) => key } }
    expect(address.validate('a'.repeat(address.maxLength), options)).toBe(true)
    expect(address.validate('a'.repeat(address.maxLength + 1), options)).toBe('validation:shorterThanMax')
    expect(address.validate('', { ...options, siblingData: { onlineUrl: 'https://example.org' } })).toBe(true)
    // Said in the editor's admin language, Russian when the request names none.
    expect(address.validate('', options)).toMatch(/^Укажите место/)
    const inEnglish = { ...options, req: { ...options.req, i18n: { language: 'en' } } }
    expect(address.validate('', inEnglish)).toMatch(/Give the place/)
  })

  it('are listed with their title fields, and the site is built from every collection but users', () => {
    expect(translatedCollections).toEqual([
      { slug: 'articles', titleField: 'title' },
      { slug: 'events', titleField: 'title' },
      { slug: 'help-centres', titleField: 'name' },
      { slug: 'situation-steps', titleField: 'title' },
    ])
    expect(publicCollections).toEqual(collections.filter((c) => !c.auth).map((c) => c.slug))
    expect(publicCollections).toEqual([
      'articles',
      'events',
      'help-centres',
      'situation-steps',
      'topics',
      'regions',
      'glossary-terms',
      'citizenship-groups',
      'holiday-calendars',
    ])
  })
})
