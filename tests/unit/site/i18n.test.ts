import { describe, expect, it } from 'vitest'

import { localeCodes } from '../../../content-models/locales'
import en from '../../../site/i18n/ui/en.json'
import { parseUiStrings, uiStrings, useTranslations } from '../../../site/i18n'
import { linkParts, withoutLinkMarks } from '../../../site/i18n/link-marks'

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

describe('links marked in UI strings', () => {
  it('turn the bracketed words into the link and drop the brackets in plain text', () => {
    expect(linkParts('Not legal advice: [call a help centre].')).toEqual({
      before: 'Not legal advice: ',
      link: 'call a help centre',
      after: '.',
    })
    expect(linkParts('No link here.')).toEqual({ before: 'No link here.', after: '' })
    expect(withoutLinkMarks('Not legal advice: [call a help centre].')).toBe('Not legal advice: call a help centre.')
  })

  it('must be marked in every language as in English', () => {
    const ru = uiStrings('ru')
    expect(() => parseUiStrings('ru', { ...ru, 'footer.about': withoutLinkMarks(ru['footer.about']) })).toThrow(
      /ru\.json is invalid:\n {2}- footer\.about: must mark 1 link/,
    )
    for (const locale of localeCodes) expect(linkParts(uiStrings(locale)['footer.about']).link).toBeTruthy()
  })
})
