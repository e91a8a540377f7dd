import { describe, expect, it } from 'vitest'

import { parseDayLines } from '../../../content-models/rules/situation/holidayLines'
import type { Problem } from '../../../scripts/content/problems'
import { citizenshipGroupsInput, holidaysInput } from '../../../scripts/content/situation-files'

describe('holidays.yml', () => {
  it('reads country → year → lists, sorted and without repeats', () => {
    const problems: Problem[] = []
    const read = holidaysInput(
      { ru: { 2026: { holidays: ['2026-11-04', '2026-01-01', '2026-11-04'], workingWeekends: [] } } },
      problems,
    )
    expect(problems).toEqual([])
    expect(read).toEqual([{ country: 'ru', year: 2026, holidays: ['2026-01-01', '2026-11-04'], workingWeekends: [] }])
  })

  it('names the file, country, year and list of every bad entry', () => {
    const problems: Problem[] = []
    holidaysInput(
      {
        all: { 2026: {} },
        bg: { 26: { holidays: [] }, 2027: { holidays: '2027-01-01', days: [] } },
      },
      problems,
    )
    expect(problems).toEqual([
      { file: 'holidays.yml', field: 'all', message: 'unknown country (use one of ru, bg, kg, tj, uz)' },
      { file: 'holidays.yml', field: 'bg.26', message: 'is not a year (use four digits, 2000–2100)' },
      { file: 'holidays.yml', field: 'bg.2027.days', message: 'unknown field (known: holidays, workingWeekends)' },
      {
        file: 'holidays.yml',
        field: 'bg.2027.holidays',
        message: 'must be a list of days, e.g. [2027-01-01, 2027-01-02]',
      },
    ])
  })
})

describe('citizenship-groups.yml', () => {
  it('reads members and names, and refuses unknown citizenships and a group without a Russian name', () => {
    const problems: Problem[] = []
    const groups = citizenshipGroupsInput(
      {
        eaeu: { members: ['am', 'by', 'kz', 'kg', 'kg'], names: { ru: 'ЕАЭС', en: 'EAEU' } },
        'Bad Slug': { members: ['am'] },
        others: { members: ['xx'], names: { en: 'Others' } },
      },
      problems,
    )
    expect(groups[0]).toEqual({ slug: 'eaeu', members: ['am', 'by', 'kz', 'kg'], names: { ru: 'ЕАЭС', en: 'EAEU' } })
    expect(problems.map((p) => `${p.field}${p.locale ? ` [${p.locale}]` : ''}: ${p.message.split(' (')[0]}`)).toEqual([
      'Bad Slug: is not a valid group slug',
      'others.members: unknown citizenship "xx"',
      'others.names [ru]: needs a name in the source language',
    ])
  })
})

describe('a holiday list in the admin', () => {
  it('takes one day a line with an optional note, and names the first bad line', () => {
    expect(parseDayLines('2026-11-04 День народного единства\n\n2026-01-01\n', 2026)).toEqual({
      days: ['2026-01-01', '2026-11-04'],
    })
    expect(parseDayLines('2026-01-01\n4 ноября', 2026)).toEqual({
      problem: { line: 2, text: '4 ноября', reason: 'notADay' },
    })
    expect(parseDayLines('2027-01-01', 2026)).toEqual({ problem: { line: 1, text: '2027-01-01', reason: 'otherYear' } })
  })
})
