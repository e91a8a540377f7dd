import { describe, expect, it } from 'vitest'

import type { Situation } from '../../../../content-models/rules/situation/types'
import { parseTypedDay } from '../../../../site/situation/dates'
import {
  clearSituation,
  readSituation,
  STORAGE_KEY,
  type SituationStorage,
  STORAGE_VERSION,
  validSituation,
  writeSituation,
} from '../../../../site/situation/storage'

/** A Map-backed Storage. */
function memory(initial: Record<string, string> = {}): SituationStorage & { map: Map<string, string> } {
  const map = new Map(Object.entries(initial))
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  }
}

const uzbekInRussia: Situation = {
  host: 'ru',
  citizenship: 'uz',
  purpose: 'work',
  dates: { entry: '2026-11-03', workStart: '2026-11-10' },
}

describe('the situation on the phone', () => {
  it('is written under one key as versioned JSON and read back', () => {
    const storage = memory()
    expect(writeSituation(storage, uzbekInRussia)).toBe(true)
    expect([...storage.map.keys()]).toEqual([STORAGE_KEY])
    expect(JSON.parse(storage.map.get(STORAGE_KEY)!)).toEqual({ v: STORAGE_VERSION, situation: uzbekInRussia })
    expect(readSituation(storage)).toEqual(uzbekInRussia)
  })

  it('is cleared by one call', () => {
    const storage = memory()
    writeSituation(storage, uzbekInRussia)
    clearSituation(storage)
    expect(storage.map.size).toBe(0)
    expect(readSituation(storage)).toBeUndefined()
  })

  it.each([
    ['not JSON', '{"v":1,"situation":'],
    ['another version', JSON.stringify({ v: 99, situation: uzbekInRussia })],
    ['null', 'null'],
    ['an unknown country', JSON.stringify({ v: 1, situation: { ...uzbekInRussia, host: 'fr' } })],
    ['"all" as the host', JSON.stringify({ v: 1, situation: { ...uzbekInRussia, host: 'all' } })],
    ['an unknown citizenship', JSON.stringify({ v: 1, situation: { ...uzbekInRussia, citizenship: 'xx' } })],
    ['an unknown purpose', JSON.stringify({ v: 1, situation: { ...uzbekInRussia, purpose: 'tourism' } })],
    ['no entry date', JSON.stringify({ v: 1, situation: { ...uzbekInRussia, dates: { workStart: '2026-11-10' } } })],
    [
      'a day that does not exist',
      JSON.stringify({ v: 1, situation: { ...uzbekInRussia, dates: { entry: '2027-02-30' } } }),
    ],
    ['dates that are not an object', JSON.stringify({ v: 1, situation: { ...uzbekInRussia, dates: 'x' } })],
  ])('ignores a stored value that is %s, without throwing', (_, raw) => {
    expect(readSituation(memory({ [STORAGE_KEY]: raw }))).toBeUndefined()
  })

  it('drops fields it does not know and survives blocked storage', () => {
    expect(validSituation({ ...uzbekInRussia, extra: '<script>', dates: { entry: '2026-11-03', other: 'x' } })).toEqual(
      {
        ...uzbekInRussia,
        dates: { entry: '2026-11-03' },
      },
    )
    const blocked: SituationStorage = {
      getItem: () => {
        throw new Error('SecurityError')
      },
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
      removeItem: () => {
        throw new Error('SecurityError')
      },
    }
    expect(readSituation(blocked)).toBeUndefined()
    expect(writeSituation(blocked, uzbekInRussia)).toBe(false)
    expect(() => clearSituation(blocked)).not.toThrow()
    expect(readSituation(undefined)).toBeUndefined()
  })
})

describe('a typed date', () => {
  it('is read as a date input gives it or as people write it, day first', () => {
    expect(parseTypedDay('2026-11-03')).toBe('2026-11-03')
    expect(parseTypedDay(' 03.11.2026 ')).toBe('2026-11-03')
    expect(parseTypedDay('3.11.2026')).toBe('2026-11-03')
    expect(parseTypedDay('3/11/2026')).toBe('2026-11-03')
    expect(parseTypedDay('29-02-2028')).toBe('2028-02-29')
  })

  it('is refused when it is not a day that exists', () => {
    for (const text of ['', '2026-13-01', '31.04.2026', '29.02.2027', '11/2026', 'tomorrow', '2026-11-3'])
      expect(parseTypedDay(text), text).toBeUndefined()
  })

  it('is read in the digits Arabic keyboards type', () => {
    expect(parseTypedDay('٠٣.١١.٢٠٢٦')).toBe('2026-11-03')
    expect(parseTypedDay('۳/۱۱/۲۰۲۶')).toBe('2026-11-03')
  })

  it('is refused far outside a life’s years, which the engine cannot count from: a typing slip', () => {
    for (const text of ['9999-12-31', '31.12.9999', '0000-01-05', '01.01.1899', '01.01.2101'])
      expect(parseTypedDay(text), text).toBeUndefined()
  })
})

describe('a saved situation with a date no one could have typed', () => {
  it('is ignored, so the page opens (and Clear works) instead of failing on every visit', () => {
    const saved = { ...uzbekInRussia, dates: { entry: '9999-12-31' } }
    expect(validSituation(saved)).toBeUndefined()
    expect(
      readSituation(memory({ [STORAGE_KEY]: JSON.stringify({ v: STORAGE_VERSION, situation: saved }) })),
    ).toBeUndefined()
  })
})
