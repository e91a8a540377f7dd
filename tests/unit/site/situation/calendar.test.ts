import { describe, expect, it } from 'vitest'

import { stepsCalendar } from '../../../../content-models/rules/situation/calendar-file'
import { calendarFileName, calendarStep, eventDescription, REMINDER_DAYS } from '../../../../site/situation/calendar'
import type { StepView } from '../../../../site/situation/view'

const view: StepView = {
  rule: {
    slug: 'registration-russia',
    host: 'ru',
    order: 1,
    audience: { citizenships: [], groups: [], purposes: [] },
    timing: { from: 'entry', amount: 7, unit: 'workingDays', direction: 'after', inclusive: false },
  },
  title: 'Встать на миграционный учёт',
  action: 'Принимающая сторона подаёт уведомление.',
  cost: 'Бесплатно',
  consequence: 'Штраф',
  legalBasis: 'ФЗ № 109, ст. 20',
  when: 'не позже чем через 7 рабочих дней после въезда',
  centres: [],
  helpCountry: { href: '/ru/help-centres/in/ru/', text: 'Все центры помощи: Россия' },
  unreviewed: true,
}

describe('the calendar entries of the reader’s steps', () => {
  it('describe the step and are named by step and day, so adding them again updates them', () => {
    const description = eventDescription(view, {
      cost: 'Стоимость',
      consequence: 'Если пропустить',
      legalBasis: 'Основание',
    })
    expect(description).toBe(
      'Принимающая сторона подаёт уведомление.\nСтоимость: Бесплатно\nЕсли пропустить: Штраф\nОснование: ФЗ № 109, ст. 20',
    )
    const step = calendarStep(
      view,
      '2026-11-13',
      description,
      'https://portal.example.org/ru/my-situation/',
      'portal.example.org',
    )
    expect(step).toEqual({
      uid: 'my-situation-registration-russia-2026-11-13@portal.example.org',
      title: view.title,
      description,
      url: 'https://portal.example.org/ru/my-situation/',
      due: '2026-11-13',
    })
    const ics = stepsCalendar([step], { calendarName: 'Портал: Моя ситуация', reminders: REMINDER_DAYS })
    expect(ics).toContain('DTSTART;VALUE=DATE:20261113')
    expect(ics.match(/BEGIN:VALARM/g)).toHaveLength(2)
  })

  it('download under a plain file name', () => {
    expect(calendarFileName()).toBe('my-situation.ics')
    expect(calendarFileName('registration-russia')).toBe('my-situation-registration-russia.ics')
  })
})
