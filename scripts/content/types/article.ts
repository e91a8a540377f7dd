import { Articles } from '../../../content-models/collections/Articles'
import { articleKinds, citizenships, countries, migrantStatuses } from '../../../content-models/taxonomy'
import type { DocType } from '../doc-types'
import { maxLengthOf } from '../field-limits'
import { changeNotes, date, manyOf, oneOf, slugRefs, text, url, words } from '../field-rules'
import { refIds } from '../references'
import { changeHistoryRows, day, pick } from './values'

const max = (field: string) => maxLengthOf(Articles, field)

const lawChangeOnly = [
  'expiryDate',
  'affectedCitizenships',
  'affectedStatuses',
  'legalUrl',
  'affectedArticles',
  'changesSteps',
]

/** `articles/<slug>.<locale>.md`: guides, rights and law changes. */
export const articleType: DocType = {
  folder: 'articles',
  collection: 'articles',
  key: 'articles',
  defaults: { country: 'all', topics: [] },
  fields: {
    title: text({ required: true, max: max('title') }),
    summary: text({ max: max('summary'), multiLine: true }),
    kind: oneOf(articleKinds, { required: true, shared: true }),
    country: oneOf(countries),
    topics: slugRefs('work, documents'),
    keywords: words('миграционка, РВП'),
    reviewedAt: date(),
    reviewDue: date(),
    changes: changeNotes(),
    effectiveDate: date(),
    expiryDate: date(),
    affectedCitizenships: manyOf(citizenships),
    affectedStatuses: manyOf(migrantStatuses),
    legalAct: text({ max: max('legalAct') }),
    legalArticle: text({ max: max('legalArticle') }),
    legalUrl: url(),
    affectedArticles: slugRefs('work-patent-russia'),
    changesSteps: slugRefs('patent-application-russia'),
  },
  check: ({ shared }, at) => {
    if (shared.kind === 'law-change') {
      if (!shared.effectiveDate) at('effectiveDate', 'is required for a law change')
      if (shared.expiryDate && shared.effectiveDate && String(shared.expiryDate) <= String(shared.effectiveDate)) {
        at('expiryDate', `${String(shared.expiryDate)} is not after effectiveDate ${String(shared.effectiveDate)}`)
      }
    } else if (shared.kind) {
      for (const f of lawChangeOnly) if (shared[f] !== undefined) at(f, 'is only for law changes (kind: law-change)')
    }
  },
  shared: (doc, refs) => {
    const s = doc.shared
    return {
      slug: doc.slug,
      ...pick(s, 'kind', 'country', 'legalUrl'),
      affectedCitizenships: s.affectedCitizenships ?? [],
      affectedStatuses: s.affectedStatuses ?? [],
      topics: refIds(s.topics, refs.topics),
      effectiveDate: day(s.effectiveDate),
      expiryDate: day(s.expiryDate),
      reviewedAt: day(s.reviewedAt),
      reviewDue: day(s.reviewDue),
    }
  },
  text: (doc, locale, { stored }) => {
    const text = doc.translations[locale]!.text
    return {
      ...pick(text, 'title', 'summary', 'legalAct', 'legalArticle'),
      searchKeywords: text.keywords ?? [],
      changeHistory: changeHistoryRows(doc.translations, locale, stored),
    }
  },
  // Law changes may name articles of the same import, which have ids only once written.
  linkedAfterWrite: { affectedArticles: 'articles', changesSteps: 'situation-steps' },
  frontMatterKeys: { searchKeywords: 'keywords', changeHistory: 'changes' },
  errorMessages: {
    changeHistory:
      'publishing a change to the text of a published article needs a public change note: add "- { date: YYYY-MM-DD, note: … }" to changes, or set minorChange: true for a typo fix',
  },
}
