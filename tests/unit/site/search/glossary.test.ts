import { describe, expect, it } from 'vitest'

import type { SiteGlossaryTerm } from '../../../../site/data/types'
import { glossaryExpansions } from '../../../../site/search/glossary'
import { foldText } from '../../../../site/search/normalize'

const glossary: SiteGlossaryTerm[] = [
  {
    key: 'migration-card',
    terms: { ru: ['миграционная карта', 'миграционка'], uz: ['migratsiya kartasi'], tg: ['корти муҳоҷиратӣ'] },
  },
  { key: 'temporary-residence-permit', terms: { ru: ['разрешение на временное проживание', 'РВП'], en: ['RVP'] } },
  { key: 'insurance', terms: { ru: ['полис', 'ДМС'] } },
]

const keys = (text: string, locale: 'ru' | 'uz' | 'tg' = 'ru') =>
  glossaryExpansions(foldText(text, locale), glossary, locale).map((e) => e.key)

describe('glossaryExpansions', () => {
  it('recognises a concept in an inflected form', () => {
    expect(keys('Сохраните миграционную карту до выезда.')).toEqual(['migration-card'])
    expect(keys('Получите разрешения на временное проживание в МВД.')).toEqual(['temporary-residence-permit'])
  })

  it('adds every language’s words of the concept, folded for the page', () => {
    const [found] = glossaryExpansions(foldText('Корти муҳоҷиратӣ', 'tg'), glossary, 'tg')
    expect(found.words).toEqual(expect.arrayContaining(['миграционка', 'корти мухочирати']))
    const [uz] = glossaryExpansions(foldText('migratsiya kartasini saqlang', 'uz'), glossary, 'uz')
    // On an Uzbek page Cyrillic words are folded to Latin, as Uzbek queries are.
    expect(uz.words).toContain('migratsionka')
  })

  it('keeps short words exact so unrelated words do not match', () => {
    expect(keys('Полиция проверяет документы.')).toEqual([])
    expect(keys('Купите полис ДМС.')).toEqual(['insurance'])
    expect(keys('РВПШ')).toEqual([])
  })
})
