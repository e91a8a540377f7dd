import type { CollectionBeforeChangeHook, Field } from 'payload'

import type { AdminText } from '../i18n/adminText'
import { dayOnly } from './common'

/**
 * When the legal review date was last entered (an instant, never typed): a
 * text saved after that moment, on a later day than the review, is text the
 * lawyer has not seen (rules/legalReview.ts). A document created with its
 * review date (an import of reviewed text) starts reviewed.
 */
export const reviewRecordedAtField: Field = {
  name: 'reviewRecordedAt',
  type: 'date',
  label: {
    ru: 'Дата проверки внесена',
    en: 'Review date entered',
    bg: 'Датата на проверката е въведена',
    ar: 'تاريخ إدخال المراجعة',
  },
  admin: { hidden: true, readOnly: true },
}

/**
 * Set by the Markdown importer: a language's first text arrives with the
 * review date its file states, so the review covers it. Text changed later,
 * by an import or in the admin, does not renew the review.
 */
export const TEXT_WITH_REVIEW_DATE = 'textWithReviewDate'

/**
 * Stamps `reviewRecordedAt` whenever the review date is set or changed (and
 * for a language's first imported text): the request's value is never taken.
 * Runs after stampTranslationUpdate, so the stamp is never older than this
 * save's own text.
 */
export const stampReviewRecorded: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  const before = (originalDoc?.reviewedAt as string | null | undefined) ?? null
  const reviewedAt = (data.reviewedAt as string | null | undefined) ?? null
  const reviewChanged = reviewedAt !== null && (operation === 'create' || String(reviewedAt) !== String(before))
  // originalDoc holds the saved language's fields: no date yet means no text yet.
  const firstText = req.context[TEXT_WITH_REVIEW_DATE] === true && reviewedAt !== null && !originalDoc?.textUpdatedAt
  if (!reviewChanged && !firstText) {
    data.reviewRecordedAt = (originalDoc?.reviewRecordedAt as string | null | undefined) ?? null
    return data
  }
  const stamp = new Date().toISOString()
  const text = data.textUpdatedAt as string | null | undefined
  data.reviewRecordedAt = text && text > stamp ? text : stamp
  return data
}

/**
 * The legal review fields (sidebar): the day a lawyer last checked the text,
 * shown to readers; when the next check is due; and when the review date was
 * entered. `dueDescription` says what follows from an overdue review.
 */
export function legalReviewFields(dueDescription?: AdminText): Field[] {
  return [
    {
      name: 'reviewedAt',
      label: {
        ru: 'Последняя проверка юристом',
        en: 'Last reviewed by a lawyer',
        bg: 'Последна проверка от юрист',
        ar: 'آخر مراجعة قانونية',
      },
      type: 'date',
      admin: {
        position: 'sidebar',
        date: dayOnly,
        description: {
          ru: 'Заполняет юрист-рецензент; видна читателям.',
          en: 'Set by a legal reviewer; shown to readers.',
          bg: 'Попълва се от юриста рецензент; вижда се от читателите.',
          ar: 'يحدّده المراجع القانوني، ويظهر للقرّاء.',
        },
      },
    },
    {
      name: 'reviewDue',
      label: {
        ru: 'Следующая проверка юристом до',
        en: 'Next legal review due',
        bg: 'Следваща проверка от юрист до',
        ar: 'موعد المراجعة القانونية التالية',
      },
      type: 'date',
      admin: { position: 'sidebar', date: dayOnly, ...(dueDescription ? { description: dueDescription } : {}) },
    },
    reviewRecordedAtField,
  ]
}
