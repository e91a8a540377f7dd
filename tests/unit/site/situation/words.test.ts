import { describe, expect, it } from 'vitest'

import { htmlLang, localeCodes } from '../../../../content-models/locales'
import type { StepTiming } from '../../../../content-models/rules/situation/types'
import { type UIKey, useTranslations } from '../../../../site/i18n'
import { periodWords, timingWords } from '../../../../site/situation/words'

const words = (locale: (typeof localeCodes)[number]) => {
  const t = useTranslations(locale)
  return (key: string) => t(key as UIKey)
}

const registration: StepTiming = { from: 'entry', amount: 7, unit: 'workingDays', direction: 'after', inclusive: false }
const stay: StepTiming = { from: 'entry', amount: 90, unit: 'calendarDays', direction: 'after', inclusive: true }
const payment: StepTiming = {
  from: 'patentIssued',
  amount: 1,
  unit: 'months',
  direction: 'after',
  inclusive: true,
  repeat: { every: 1 },
}
const renewal: StepTiming = {
  from: 'permitExpiry',
  amount: 30,
  unit: 'calendarDays',
  direction: 'before',
  inclusive: false,
}

describe('a step’s rule in words', () => {
  it('says the period with the plural form the number needs', () => {
    const ru = words('ru')
    expect([1, 3, 7, 21, 25].map((n) => periodWords(n, 'workingDays', 'ru', ru))).toEqual([
      '1 рабочий день',
      '3 рабочих дня',
      '7 рабочих дней',
      '21 рабочий день',
      '25 рабочих дней',
    ])
    expect([1, 2, 5].map((n) => periodWords(n, 'months', 'en', words('en')))).toEqual([
      '1 month',
      '2 months',
      '5 months',
    ])
    // Arabic's dual reads as its plural of 3–10; 11 and more take the singular accusative.
    expect([1, 2, 7, 15].map((n) => periodWords(n, 'calendarDays', 'ar', words('ar')))).toEqual([
      '1 يوم',
      '2 أيام',
      '7 أيام',
      '15 يومًا',
    ])
  })

  it('reads as a sentence in Russian, English and Uzbek', () => {
    expect(timingWords(registration, 'ru', words('ru'))).toBe('не позже чем через 7 рабочих дней после въезда')
    expect(timingWords(registration, 'en', words('en'))).toBe('within 7 working days after the day you arrive')
    expect(timingWords(registration, 'uz-Latn', words('uz'))).toBe('kelgan kuningizdan keyin 7 ish kuni ichida')
    expect(timingWords(stay, 'en', words('en'))).toBe('within 90 days from the day you arrive, counting that day')
    expect(timingWords(renewal, 'en', words('en'))).toBe('30 days before the day your permit expires')
    expect(timingWords(payment, 'en', words('en'))).toBe(
      'within 1 month from the day your patent is issued, counting that day; then again every 1 month',
    )
    expect(timingWords(payment, 'ar', words('ar'))).toContain('؛ ')
  })

  it.each(localeCodes)('has every rule, period and date in %s, placeholders filled', (locale) => {
    for (const timing of [registration, stay, payment, renewal]) {
      const text = timingWords(timing, htmlLang[locale], words(locale))
      expect(text).not.toMatch(/[{}]/)
      expect(text).toMatch(/\d/)
    }
  })
})
