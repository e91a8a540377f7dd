import { STEP_TEXT_FIELDS, SituationSteps } from '../../../content-models/collections/SituationSteps'
import { hostCountries, periodUnits, purposes, situationDates } from '../../../content-models/rules/situation/types'
import { centreServices, citizenships } from '../../../content-models/taxonomy'
import type { DocType } from '../doc-types'
import { maxLengthOf } from '../field-limits'
import { bool, changeNotes, date, integer, manyOf, oneOf, slugRef, slugRefs, text, url } from '../field-rules'
import { refIds } from '../references'
import { changeHistoryRows, day, pick } from './values'

const max = (field: string) => maxLengthOf(SituationSteps, field)

/**
 * `steps/<slug>.<locale>.md`: one "My situation" step (issue 15). The front
 * matter holds who it applies to and its deadline (shared) and its short
 * texts (per language); the Markdown body, plain text, is what to do
 * (`action`).
 */
export const stepType: DocType = {
  folder: 'steps',
  collection: 'situation-steps',
  key: 'steps',
  plainBody: { field: 'action', max: max('action') },
  defaults: { order: 0, direction: 'after', inclusive: false, citizenships: [], groups: [], purposes: [] },
  fields: {
    title: text({ required: true, max: max('title') }),
    cost: text({ max: max('cost') }),
    consequence: text({ max: max('consequence'), multiLine: true }),
    legalBasis: text({ max: max('legalBasis') }),
    country: oneOf(hostCountries, { required: true, shared: true }),
    order: integer({ min: 0, max: 1000 }),
    citizenships: manyOf(citizenships),
    groups: slugRefs('eaeu', { refersTo: 'citizenship-groups' }),
    purposes: manyOf(purposes),
    countFrom: oneOf(situationDates, { required: true, shared: true }),
    amount: integer({ required: true, min: 0, max: 3650 }),
    unit: oneOf(periodUnits, { required: true, shared: true }),
    direction: oneOf(['after', 'before']),
    inclusive: bool({ shared: true }),
    repeatEvery: integer({ min: 1, max: 120 }),
    article: slugRef({ refersTo: 'articles' }),
    legalUrl: url(),
    service: oneOf(centreServices),
    editorialNote: text({ max: max('editorialNote'), multiLine: true, shared: true }),
    reviewedAt: date(),
    reviewDue: date(),
    changes: changeNotes(),
  },
  shared: (doc, refs) => {
    const s = doc.shared
    return {
      slug: doc.slug,
      ...pick(
        s,
        'country',
        'order',
        'citizenships',
        'purposes',
        'countFrom',
        'amount',
        'unit',
        'direction',
        'inclusive',
        'repeatEvery',
        'legalUrl',
        'service',
        'editorialNote',
      ),
      citizenshipGroups: refIds(s.groups, refs['citizenship-groups']),
      article: s.article ? (refs.articles.get(s.article as string) ?? null) : null,
      reviewedAt: day(s.reviewedAt),
      reviewDue: day(s.reviewDue),
    }
  },
  text: (doc, locale, { stored }) => {
    const text = doc.translations[locale]!.text
    return {
      ...pick(text, ...STEP_TEXT_FIELDS.filter((f) => f !== 'action')),
      changeHistory: changeHistoryRows(doc.translations, locale, stored),
    }
  },
  frontMatterKeys: { citizenshipGroups: 'groups', changeHistory: 'changes', action: 'body' },
  errorMessages: {
    changeHistory:
      'publishing a change to the text of a published step needs a public change note: add "- { date: YYYY-MM-DD, note: … }" to changes, or set minorChange: true for a typo fix',
  },
}
