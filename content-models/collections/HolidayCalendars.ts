import type { CollectionBeforeChangeHook, CollectionConfig, PayloadRequest } from 'payload'

import { anyone } from '../access/anyone'
import { editorsOnly } from '../access/content'
import { countryField } from '../fields/common'
import { type AdminText, adminLanguageOf, say } from '../i18n/adminText'
import { regionName } from '../i18n/optionLabels'
import { sourceLocale } from '../locales'
import { parseDayLines } from '../rules/situation/holidayLines'
import { hostCountries } from '../rules/situation/types'

const YEAR_TAKEN: AdminText = {
  ru: 'Календарь этой страны на {year} год уже есть. Откройте его вместо того, чтобы создавать новый.',
  en: 'This country already has a calendar for {year}. Open that one instead of creating another.',
  bg: 'Тази държава вече има календар за {year} г. Отворете него, вместо да създавате нов.',
  ar: 'لهذا البلد تقويم لعام {year} بالفعل. افتحه بدلًا من إنشاء تقويم جديد.',
}
const YEAR_RANGE: AdminText = {
  ru: 'Укажите год четырьмя цифрами, от 2000 до 2100.',
  en: 'Enter the year as four digits, from 2000 to 2100.',
  bg: 'Въведете годината с четири цифри, от 2000 до 2100.',
  ar: 'أدخل السنة بأربعة أرقام، من 2000 إلى 2100.',
}
const NOT_A_DAY: AdminText = {
  ru: 'Строка {line}: «{text}» — не дата. Пишите по одному дню в строке: ГГГГ-ММ-ДД, затем, если нужно, пояснение.',
  en: 'Line {line}: "{text}" is not a day. Write one day a line: YYYY-MM-DD, then a note if you like.',
  bg: 'Ред {line}: „{text}“ не е дата. Пишете по един ден на ред: ГГГГ-ММ-ДД, после, ако е нужно, бележка.',
  ar: 'السطر {line}: «{text}» ليس تاريخًا. اكتب يومًا واحدًا في كل سطر: YYYY-MM-DD، ثم ملاحظة إن أردت.',
}
const OTHER_YEAR: AdminText = {
  ru: 'Строка {line}: «{text}» — не {year} год. Дни другого года вносите в календарь того года.',
  en: 'Line {line}: "{text}" is not in {year}. Put days of another year in that year’s calendar.',
  bg: 'Ред {line}: „{text}“ не е от {year} г. Дните от друга година се въвеждат в календара за нея.',
  ar: 'السطر {line}: «{text}» ليس في عام {year}. أدخل أيام سنة أخرى في تقويم تلك السنة.',
}

type Check = { req: PayloadRequest; siblingData?: Record<string, unknown>; id?: number | string }

/** A list of days of the calendar's year, one a line; the message names the first bad line. */
const validateDays = (value: unknown, { req, siblingData }: Check): true | string => {
  const year = Number(siblingData?.year)
  const parsed = parseDayLines(value, Number.isInteger(year) ? year : undefined)
  if ('days' in parsed) return true
  const { line, text, reason } = parsed.problem
  return say(req, reason === 'notADay' ? NOT_A_DAY : OTHER_YEAR, { line, text, year })
}

/** One calendar per country and year: said at the year, which the database's unique index would only refuse bare. */
const validateYear = async (value: unknown, { req, siblingData, id }: Check): Promise<true | string> => {
  if (!Number.isInteger(value) || Number(value) < 2000 || Number(value) > 2100) return say(req, YEAR_RANGE)
  if (!siblingData?.country) return true
  const taken = await req.payload.find({
    collection: 'holiday-calendars',
    where: {
      and: [
        { country: { equals: siblingData.country } },
        { year: { equals: value } },
        ...(id !== undefined ? [{ id: { not_equals: id } }] : []),
      ],
    },
    limit: 1,
    depth: 0,
    pagination: false,
    req,
  })
  return taken.docs.length ? say(req, YEAR_TAKEN, { year: Number(value) }) : true
}

/** "Россия 2026": the calendar's name, from its country and year. */
const calendarName = (country: unknown, year: unknown, req: { i18n?: { language?: string } } | undefined) =>
  typeof country === 'string' && year ? `${regionName(country)[adminLanguageOf(req)]} ${String(year)}` : undefined

/**
 * Stores the name in the source language, for the list's search; every read
 * names it again in the reader's admin language (the stored name would show
 * a Bulgarian editor Russian).
 */
const nameCalendar: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const name = calendarName(data.country ?? originalDoc?.country, data.year ?? originalDoc?.year, {
    i18n: { language: sourceLocale },
  })
  if (name) data.title = name
  return data
}

const dayListDescription = (what: AdminText): AdminText => ({
  ru: `${what.ru} По одному дню в строке: ГГГГ-ММ-ДД, затем, если нужно, пояснение («2026-11-04 День народного единства»).`,
  en: `${what.en} One day a line: YYYY-MM-DD, then a note if you like ("2026-11-04 Unity Day").`,
  bg: `${what.bg} По един ден на ред: ГГГГ-ММ-ДД, после, ако е нужно, бележка („2026-03-03 Национален празник“).`,
  ar: `${what.ar} يوم واحد في كل سطر: YYYY-MM-DD، ثم ملاحظة إن أردت.`,
})

/**
 * A host country's official calendar for one year ("My situation", issue
 * 15): the days off, for deadlines counted in working days. Editors keep it
 * from the government's decree; nobody translates it.
 */
export const HolidayCalendars: CollectionConfig = {
  slug: 'holiday-calendars',
  labels: {
    singular: {
      ru: 'Календарь праздников',
      en: 'Holiday calendar',
      bg: 'Календар на празниците',
      ar: 'تقويم العطلات',
    },
    plural: {
      ru: 'Календари праздников',
      en: 'Holiday calendars',
      bg: 'Календари на празниците',
      ar: 'تقويمات العطلات',
    },
  },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'country', 'year', 'updatedAt'] },
  access: { read: anyone, create: editorsOnly, update: editorsOnly, delete: editorsOnly },
  indexes: [{ fields: ['country', 'year'], unique: true }],
  hooks: { beforeChange: [nameCalendar] },
  fields: [
    {
      name: 'title',
      label: { ru: 'Календарь', en: 'Calendar', bg: 'Календар', ar: 'التقويم' },
      type: 'text',
      admin: { hidden: true, readOnly: true },
      hooks: {
        afterRead: [
          ({ siblingData, req, value }) => calendarName(siblingData?.country, siblingData?.year, req) ?? value,
        ],
      },
    },
    countryField(
      {
        ru: 'Страна, чей официальный календарь это.',
        en: 'The country whose official calendar this is.',
        bg: 'Държавата, чийто официален календар е това.',
        ar: 'البلد الذي يخصه هذا التقويم الرسمي.',
      },
      hostCountries,
    ),
    {
      name: 'year',
      label: { ru: 'Год', en: 'Year', bg: 'Година', ar: 'السنة' },
      type: 'number',
      required: true,
      index: true,
      validate: validateYear as never,
      admin: { position: 'sidebar' },
    },
    {
      name: 'holidays',
      label: { ru: 'Нерабочие дни', en: 'Days off', bg: 'Неработни дни', ar: 'أيام العطل' },
      type: 'textarea',
      validate: validateDays as never,
      admin: {
        rows: 16,
        description: dayListDescription({
          ru: 'Праздники и дни, на которые перенесены выходные (обычные субботы и воскресенья не нужны).',
          en: 'Public holidays and days a day off was moved to (ordinary Saturdays and Sundays need not be listed).',
          bg: 'Официалните празници и дните, към които са преместени почивни дни (обикновените съботи и недели не са нужни).',
          ar: 'العطل الرسمية والأيام التي نُقلت إليها أيام الراحة (لا حاجة لذكر أيام السبت والأحد العادية).',
        }),
      },
    },
    {
      name: 'workingWeekends',
      label: {
        ru: 'Рабочие субботы и воскресенья',
        en: 'Working weekend days',
        bg: 'Работни съботи и недели',
        ar: 'أيام عطلة نهاية أسبوع للعمل',
      },
      type: 'textarea',
      validate: validateDays as never,
      admin: {
        rows: 4,
        description: dayListDescription({
          ru: 'Выходные дни, объявленные рабочими из-за переноса.',
          en: 'Weekend days made working days by a transfer.',
          bg: 'Почивни дни, обявени за работни заради отработване.',
          ar: 'أيام عطلة نهاية الأسبوع التي أصبحت أيام عمل بسبب نقل العطلة.',
        }),
      },
    },
  ],
}
