import { describe, expect, it } from 'vitest'

import { localeCodes } from '../../../content-models/locales'
import en from '../../../site/i18n/ui/en.json'
import { uiStrings, useTranslations } from '../../../site/i18n'

describe('site UI strings', () => {
  it.each(localeCodes)('%s has every English key, translated', (locale) => {
    const strings = uiStrings(locale)
    expect(Object.keys(strings).sort()).toEqual(Object.keys(en).sort())
    if (locale !== 'en') {
      // A string left in English is a missed translation (country codes aside).
      const untranslated = Object.entries(strings).filter(([key, text]) => text === en[key as keyof typeof en])
      expect(untranslated).toEqual([])
    }
  })

  it('fills placeholders in the reader’s language', () => {
    expect(useTranslations('ru')('home.articleCount', { count: 3 })).toContain('3')
    expect(useTranslations('ar')('search.resultCount', { count: 2, query: 'عمل' })).toContain('عمل')
  })
})
