import { describe, expect, it } from 'vitest'

import * as publication from '../../../content-models/hooks/guardPublication'
import { CHANGE_NOTE_NEEDED } from '../../../content-models/hooks/requireChangeNote'
import { REVIEW_WOULD_PUBLISH_DRAFT } from '../../../content-models/hooks/reviewPublishesNothingPending'
import { type AdminText, adminLanguages, say } from '../../../content-models/i18n/adminText'

/** The `{name}` placeholders of a text, sorted. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

const isAdminText = (value: unknown): value is AdminText =>
  typeof value === 'object' && value !== null && adminLanguages.every((l) => l in value)

/** The refusals guardPublication answers with a 403, which the admin shows as a toast. */
const toastTexts = Object.entries(publication).filter((entry): entry is [string, AdminText] => isAdminText(entry[1]))

describe('our refusals', () => {
  it.each([
    ...toastTexts,
    ['CHANGE_NOTE_NEEDED', CHANGE_NOTE_NEEDED],
    ['REVIEW_WOULD_PUBLISH_DRAFT', REVIEW_WOULD_PUBLISH_DRAFT],
  ])('%s exists in every admin language with the same placeholders', (_, text) => {
    const english = placeholders(text.en)
    for (const language of adminLanguages) {
      expect(text[language].trim(), language).not.toBe('')
      expect(placeholders(text[language]), language).toEqual(english)
    }
  })

  it('found the toast texts to check', () => {
    expect(toastTexts.map(([name]) => name)).toEqual(
      expect.arrayContaining(['PUBLISH_ALL_IS_FOR_EDITORS', 'RESTORE_IS_FOR_EDITORS', 'SOURCE_IS_FOR_EDITORS']),
    )
  })

  it.each(toastTexts)(
    '%s has no colon, which the admin’s toast would read as the start of a list of fields',
    (_, text) => {
      for (const language of adminLanguages) expect(text[language], language).not.toMatch(/[:：]/)
    },
  )

  it('fill their placeholders in the request’s admin language, Russian when it has none of ours', () => {
    const text = publication.SOURCE_PUBLISHED_BY_EDITORS
    expect(say({ i18n: { language: 'bg' } }, text, { language: 'Русский' })).toBe(
      'Оригиналът (Русский) се публикува от редакторите. Запазете промените като чернова — редактор ще ги публикува.',
    )
    expect(say({ i18n: { language: 'uz' } }, text, { language: 'Русский' })).toMatch(/^Оригинал \(Русский\) публикуют/)
  })
})
