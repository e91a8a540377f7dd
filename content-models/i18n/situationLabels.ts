import type { PeriodUnit, Purpose, SituationDate } from '../rules/situation/types'
import type { AdminText } from './adminText'

/**
 * How the admin names the values of "My situation" steps (issue 15); the site
 * names them for readers in site/i18n/ui (`situation.purpose.<value>`,
 * `situation.date.<value>`).
 */

export const purposeLabels: Record<Purpose, AdminText> = {
  work: { ru: 'Работа', en: 'Work', bg: 'Работа', ar: 'العمل' },
  study: { ru: 'Учёба', en: 'Study', bg: 'Учене', ar: 'الدراسة' },
  family: { ru: 'Семья', en: 'Family', bg: 'Семейство', ar: 'الأسرة' },
  asylum: { ru: 'Убежище', en: 'Asylum', bg: 'Закрила', ar: 'اللجوء' },
}

export const situationDateLabels: Record<SituationDate, AdminText> = {
  entry: { ru: 'дня въезда', en: 'entry into the country', bg: 'деня на влизане', ar: 'يوم الدخول' },
  workStart: { ru: 'начала работы', en: 'the start of work', bg: 'началото на работа', ar: 'بدء العمل' },
  patentIssued: {
    ru: 'выдачи патента',
    en: 'the patent’s issue',
    bg: 'издаването на патента',
    ar: 'إصدار تصريح العمل',
  },
  registration: { ru: 'постановки на учёт', en: 'the registration', bg: 'регистрацията', ar: 'التسجيل' },
  permitExpiry: {
    ru: 'окончания разрешения',
    en: 'the permit’s expiry',
    bg: 'изтичането на разрешението',
    ar: 'انتهاء التصريح',
  },
}

export const periodUnitLabels: Record<PeriodUnit, AdminText> = {
  calendarDays: { ru: 'календарных дней', en: 'calendar days', bg: 'календарни дни', ar: 'أيام تقويمية' },
  workingDays: { ru: 'рабочих дней', en: 'working days', bg: 'работни дни', ar: 'أيام عمل' },
  months: { ru: 'месяцев', en: 'months', bg: 'месеца', ar: 'أشهر' },
}
