import { locales, type Locale } from '../locales'
import {
  type ArticleKind,
  type CentreService,
  citizenships,
  countries,
  type EventKind,
  type MigrantStatus,
} from '../taxonomy'
import { type AdminLanguage, adminLanguages, type AdminText } from './adminText'

/**
 * How the admin names the values editors pick from, in every admin language:
 * no option is ever shown as its code. Countries and citizenships are named by
 * the runtime's own region names (Node has full ICU); content languages by
 * their own names, which every editor recognises; the rest by hand-written
 * tables (the site names the same values for readers in site/i18n/ui/*.json).
 */

/** A select option whose label is ours in every admin language. */
export interface AdminOption<Value extends string = string> {
  label: AdminText
  value: Value
}

/** The options for `values`, in their order, each labelled from `labels`. */
export const adminOptions = <Value extends string>(
  values: readonly Value[],
  labels: Record<Value, AdminText>,
): AdminOption<Value>[] => values.map((value) => ({ label: labels[value], value }))

const regionNames = Object.fromEntries(
  adminLanguages.map((language) => [language, new Intl.DisplayNames([language], { type: 'region' })]),
) as Record<AdminLanguage, Intl.DisplayNames>

/** Where ICU's name differs from the one the portal uses (the site says «Кыргызстан», as Kyrgyz readers do). */
const regionNameOverrides: Partial<Record<AdminLanguage, Record<string, string>>> = {
  ru: { KG: 'Кыргызстан' },
}

/** A country (ISO 3166-1 alpha-2, any case) named in every admin language. */
export function regionName(code: string): AdminText {
  const region = code.toUpperCase()
  return Object.fromEntries(
    adminLanguages.map((language) => [
      language,
      regionNameOverrides[language]?.[region] ?? regionNames[language].of(region) ?? region,
    ]),
  ) as AdminText
}

const allCountries: AdminText = { ru: 'Все страны', en: 'All countries', bg: 'Всички държави', ar: 'كل الدول' }

const byCode = <Value extends string>(values: readonly Value[], name: (value: Value) => AdminText) =>
  Object.fromEntries(values.map((value) => [value, name(value)])) as Record<Value, AdminText>

/** Countries content applies to, and `all`. */
export const countryLabels = byCode(countries, (value) => (value === 'all' ? allCountries : regionName(value)))

/** Citizenships a law change concerns, named by their country. */
export const citizenshipLabels = byCode(citizenships, regionName)

/** Content languages by their own names («Oʻzbekcha», «العربية»), the same in every admin language. */
export const contentLanguageLabels = Object.fromEntries(
  locales.map(({ code, label }) => [code, Object.fromEntries(adminLanguages.map((l) => [l, label])) as AdminText]),
) as Record<Locale, AdminText>

export const articleKindLabels: Record<ArticleKind, AdminText> = {
  rights: { ru: 'Права', en: 'Rights', bg: 'Права', ar: 'حقوق' },
  obligations: { ru: 'Обязанности', en: 'Obligations', bg: 'Задължения', ar: 'واجبات' },
  'law-change': { ru: 'Изменение в законе', en: 'Law change', bg: 'Промяна в закона', ar: 'تغيير في القانون' },
  guide: { ru: 'Инструкция', en: 'Guide', bg: 'Ръководство', ar: 'دليل إرشادي' },
}

export const migrantStatusLabels: Record<MigrantStatus, AdminText> = {
  'labour-migrant': { ru: 'Трудовые мигранты', en: 'Labour migrants', bg: 'Трудови мигранти', ar: 'العمال المهاجرون' },
  student: { ru: 'Студенты', en: 'Students', bg: 'Студенти', ar: 'الطلاب' },
  'family-member': { ru: 'Члены семьи', en: 'Family members', bg: 'Членове на семейството', ar: 'أفراد الأسرة' },
  'long-term-resident': {
    ru: 'Долгосрочно проживающие',
    en: 'Long-term residents',
    bg: 'Дългосрочно пребиваващи',
    ar: 'المقيمون لفترة طويلة',
  },
  refugee: {
    ru: 'Беженцы и соискатели убежища',
    en: 'Refugees and asylum seekers',
    bg: 'Бежанци и търсещи закрила',
    ar: 'اللاجئون وطالبو اللجوء',
  },
}

export const eventKindLabels: Record<EventKind, AdminText> = {
  'information-meeting': {
    ru: 'Информационная встреча',
    en: 'Information meeting',
    bg: 'Информационна среща',
    ar: 'جلسة إعلامية',
  },
  training: { ru: 'Тренинг', en: 'Training', bg: 'Обучение', ar: 'دورة تدريبية' },
  multicultural: {
    ru: 'Мероприятие для сообщества',
    en: 'Community event',
    bg: 'Събитие за общността',
    ar: 'فعالية مجتمعية',
  },
}

export const centreServiceLabels: Record<CentreService, AdminText> = {
  'legal-advice': {
    ru: 'Юридическая консультация',
    en: 'Legal advice',
    bg: 'Правна консултация',
    ar: 'استشارة قانونية',
  },
  documents: {
    ru: 'Помощь с документами',
    en: 'Help with documents',
    bg: 'Помощ с документи',
    ar: 'المساعدة في الوثائق',
  },
  employment: {
    ru: 'Работа и трудоустройство',
    en: 'Work and employment',
    bg: 'Работа и заетост',
    ar: 'العمل والتوظيف',
  },
  housing: { ru: 'Жильё', en: 'Housing', bg: 'Жилище', ar: 'السكن' },
  health: { ru: 'Здоровье', en: 'Health', bg: 'Здраве', ar: 'الصحة' },
  'psychological-support': {
    ru: 'Психологическая поддержка',
    en: 'Psychological support',
    bg: 'Психологическа подкрепа',
    ar: 'الدعم النفسي',
  },
  'language-courses': { ru: 'Языковые курсы', en: 'Language courses', bg: 'Езикови курсове', ar: 'دورات لغة' },
  education: {
    ru: 'Образование для детей',
    en: 'Education for children',
    bg: 'Образование за деца',
    ar: 'تعليم الأطفال',
  },
  shelter: { ru: 'Приют', en: 'Shelter', bg: 'Подслон', ar: 'المأوى' },
  'return-assistance': {
    ru: 'Помощь с возвращением домой',
    en: 'Help to return home',
    bg: 'Помощ за връщане у дома',
    ar: 'المساعدة في العودة إلى الوطن',
  },
}
