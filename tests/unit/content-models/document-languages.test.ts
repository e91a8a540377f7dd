import { describe, expect, it } from 'vitest'

import { documentLanguages } from '../../../content-models/rules/documentLanguages'

describe('the languages a document should exist in', () => {
  it('defaults from its country: Russia’s migrants read uz, tg, ky; Bulgaria’s ar', () => {
    expect(documentLanguages({ country: 'ru' })).toEqual(['ru', 'uz', 'tg', 'ky', 'en'])
    expect(documentLanguages({ country: 'bg' })).toEqual(['ru', 'en', 'bg', 'ar'])
    expect(documentLanguages({ country: 'all' })).toEqual(['ru', 'uz', 'tg', 'ky', 'en', 'bg', 'ar'])
  })

  it('takes the editors’ choice over the country’s, in the portal’s order, with the source language always', () => {
    expect(documentLanguages({ country: 'ru', targetLanguages: ['ar', 'tg'] })).toEqual(['ru', 'tg', 'ar'])
    expect(documentLanguages({ country: 'bg', targetLanguages: [] })).toEqual(['ru', 'en', 'bg', 'ar'])
  })

  it('ignores what is not a language and reads an unknown country as every language', () => {
    expect(documentLanguages({ country: 'ru', targetLanguages: ['xx', null] })).toEqual(['ru', 'uz', 'tg', 'ky', 'en'])
    expect(documentLanguages({ country: 'zz' })).toHaveLength(7)
  })
})
