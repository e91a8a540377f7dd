import type { Field } from 'payload'

import { type AdminText, say } from '../i18n/adminText'
import { adminOptions, contentLanguageLabels, countryLabels } from '../i18n/optionLabels'
import { localeCodes } from '../locales'
import { countries, type Country } from '../taxonomy'

/** What the checks below say, in the editor's admin language; `{value}` is what was typed. */
const URL_NOT_HTTP: AdminText = {
  ru: 'Укажите адрес, начинающийся с http:// или https://.',
  en: 'Use an http:// or https:// address.',
  bg: 'Въведете адрес, който започва с http:// или https://.',
  ar: 'أدخل عنوانًا يبدأ بـ http:// أو https://.',
}
const URL_INVALID: AdminText = {
  ru: '«{value}» — не веб-адрес. Укажите полный адрес, например https://example.org.',
  en: '"{value}" is not a web address (use https://…).',
  bg: '„{value}“ не е уеб адрес. Въведете пълен адрес, например https://example.org.',
  ar: '«{value}» ليس عنوان ويب. أدخل عنوانًا كاملًا، مثل https://example.org.',
}
const PHONE_INVALID: AdminText = {
  ru: '«{value}» — не номер в международном формате. Введите номер с кодом страны, начиная с +, например +7 342 200-00-00.',
  en: '"{value}" is not a phone number in international format (e.g. +7 342 200-00-00).',
  bg: '„{value}“ не е номер в международен формат. Въведете номера с кода на държавата, започвайки с +, например +7 342 200-00-00.',
  ar: '«{value}» ليس رقم هاتف بالصيغة الدولية. أدخل الرقم مع رمز البلد مبتدئًا بـ +، مثل +7 342 200-00-00.',
}

/** The part of a field validator's options these checks read: the request, for its admin language. */
type ValidateRequest = { req?: { i18n?: { language?: string } } }

/** A URL field: empty, or an absolute http(s) address. */
export function urlField(name: string, extra: Partial<Field> = {}): Field {
  return {
    name,
    type: 'text',
    validate: (value: unknown, { req }: ValidateRequest = {}) => {
      if (value === null || value === undefined || value === '') return true
      try {
        const url = new URL(String(value))
        return url.protocol === 'https:' || url.protocol === 'http:' ? true : say(req, URL_NOT_HTTP)
      } catch {
        return say(req, URL_INVALID, { value: String(value) })
      }
    },
    ...extra,
  } as Field
}

/**
 * An email address that is only an address: no `?`, `&`, `%`, `#`, `/` or
 * spaces, so the `mailto:` link the site makes of it cannot add recipients or
 * a prefilled message.
 */
export const EMAIL_PATTERN = /^[^\s@?&%#/\\]+@[^\s@?&%#/\\]+\.[^\s@?&%#/\\]+$/

const EMAIL_INVALID: AdminText = {
  ru: 'Введите только адрес эл. почты, например info@example.org, без пробелов и знаков ? & % # /.',
  en: 'Enter the email address only, such as info@example.org, with no spaces or ? & % # /.',
  bg: 'Въведете само имейл адреса, напр. info@example.org, без интервали и знаците ? & % # /.',
  ar: 'أدخل عنوان البريد الإلكتروني فقط، مثل info@example.org، بلا مسافات أو الرموز ? & % # /.',
}

/** An email field whose value becomes a `mailto:` link (EMAIL_PATTERN), said in the editor's language. */
export function emailField(name: string, extra: Partial<Field> = {}): Field {
  return {
    name,
    type: 'email',
    validate: (value: unknown, { req }: ValidateRequest = {}) =>
      value === null || value === undefined || value === '' || EMAIL_PATTERN.test(String(value))
        ? true
        : say(req, EMAIL_INVALID),
    ...extra,
  } as Field
}

/** A phone number in international format, so it works as a `tel:` link abroad. */
export const PHONE_PATTERN = /^\+\d[\d\s()-]{5,20}$/

/** A Telegram username, without the @. */
export const TELEGRAM_PATTERN = /^[A-Za-z][A-Za-z0-9_]{4,31}$/

/**
 * A link the site alert may point to: a full http(s) address, or a path on the
 * site. Not `//host` or `/\\host` (browsers read both as another site), and
 * no spaces, backslashes, quotes, angle brackets or encoded control characters.
 */
export const SITE_LINK_PATTERN =
  /^(?!.*%(?:[01][0-9a-f]|7f))(?:https?:\/\/[^\s\\<>"'`/?#]+(?:[/?#][^\s\\<>"'`]*)?|\/(?![/\\])[^\s\\<>"'`]*)$/i

export function validatePhone(value: unknown, { req }: ValidateRequest = {}): true | string {
  if (value === null || value === undefined || value === '') return true
  const values = Array.isArray(value) ? value : [value]
  const bad = values.find((v) => !PHONE_PATTERN.test(String(v)))
  return bad === undefined ? true : say(req, PHONE_INVALID, { value: String(bad) })
}

export const countryField = (description: AdminText, options: readonly Country[] = countries): Field => ({
  name: 'country',
  label: { ru: 'Страна', en: 'Country', bg: 'Държава', ar: 'البلد' },
  type: 'select',
  required: true,
  options: adminOptions(options, countryLabels),
  admin: { position: 'sidebar', description },
})

export const topicsField: Field = {
  name: 'topics',
  label: { ru: 'Темы', en: 'Topics', bg: 'Теми', ar: 'المواضيع' },
  type: 'relationship',
  relationTo: 'topics',
  hasMany: true,
  admin: { position: 'sidebar' },
}

/** The languages spoken there, so readers can find help in their own. */
export const languagesField = (description: AdminText): Field => ({
  name: 'languages',
  label: { ru: 'Языки', en: 'Languages', bg: 'Езици', ar: 'اللغات' },
  type: 'select',
  hasMany: true,
  options: adminOptions(localeCodes, contentLanguageLabels),
  admin: { description },
})

/** When this language's text last changed; set by stampTranslationUpdate, never by hand. */
export const textUpdatedAtField: Field = {
  name: 'textUpdatedAt',
  label: {
    ru: 'Текст изменён',
    en: 'Text last changed',
    bg: 'Текстът е променен',
    ar: 'آخر تغيير في النص',
  },
  type: 'date',
  localized: true,
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: {
      ru: 'Когда текст на этом языке менялся в последний раз. Переводы старше оригинала отмечаются как устаревшие.',
      en: 'When the text in this language last changed. Translations older than the original show as outdated.',
      bg: 'Кога за последно е променян текстът на този език. Преводите, по-стари от оригинала, се отбелязват като остарели.',
      ar: 'آخر مرة تغيّر فيها النص بهذه اللغة. تظهر الترجمات الأقدم من النص الأصلي على أنها قديمة.',
    },
    date: { pickerAppearance: 'dayAndTime' },
  },
}

/** Per-save choices that steer the hooks; never stored. */
export const editorialCheckboxes: Field[] = [
  {
    name: 'minorChange',
    type: 'checkbox',
    virtual: true,
    label: {
      ru: 'Мелкая правка (опечатка, оформление)',
      en: 'Minor change (typo, formatting)',
      bg: 'Дребна корекция (печатна грешка, форматиране)',
      ar: 'تعديل طفيف (خطأ مطبعي، تنسيق)',
    },
    admin: {
      position: 'sidebar',
      description: {
        ru: 'Читателям не сообщается, что страница изменилась, и переводы не отмечаются как устаревшие.',
        en: 'Readers are not told the page changed and translations are not marked outdated.',
        bg: 'Читателите не се уведомяват, че страницата е променена, и преводите не се отбелязват като остарели.',
        ar: 'لن يُبلَّغ القرّاء بأن الصفحة تغيّرت، ولن تُعلَّم الترجمات على أنها قديمة.',
      },
    },
  },
  {
    name: 'translationChecked',
    type: 'checkbox',
    virtual: true,
    label: {
      ru: 'Перевод соответствует текущему оригиналу',
      en: 'This translation matches the current original',
      bg: 'Преводът съответства на текущия оригинал',
      ar: 'هذه الترجمة مطابقة للنص الأصلي الحالي',
    },
    admin: {
      position: 'sidebar',
      description: {
        ru: 'Отметьте, если сверили перевод с оригиналом и ничего менять не пришлось: отметка «устарел» снимется.',
        en: 'Tick after comparing with the source text when nothing needed changing: clears "outdated".',
        bg: 'Отбележете, ако сте сравнили превода с оригинала и не е трябвало нищо да се променя: премахва „остарял“.',
        ar: 'ضع علامة بعد مقارنة الترجمة بالنص الأصلي إن لم يلزم أي تغيير: تُزال علامة «قديمة».',
      },
    },
  },
]

/** A translation's short summary: shown under its title in lists and search results. */
export const summaryField: Field = {
  name: 'summary',
  label: { ru: 'Краткое содержание', en: 'Summary', bg: 'Резюме', ar: 'الملخص' },
  type: 'textarea',
  localized: true,
  maxLength: 400,
}

/** The admin's picker for a day (no time), shown as «28 нояб. 2026 г.» in the editor's language. */
export const dayOnly = { pickerAppearance: 'dayOnly', displayFormat: 'PP' } as const

/**
 * Public change notes (`changeHistory`): a row per change, its date shared by
 * every language and its note per language. `description` says what a note
 * is for in this collection.
 */
export function changeHistoryField(description: AdminText): Field {
  return {
    name: 'changeHistory',
    label: { ru: 'История изменений', en: 'Change history', bg: 'История на промените', ar: 'سجل التغييرات' },
    labels: {
      singular: { ru: 'Запись', en: 'Change note', bg: 'Бележка', ar: 'ملاحظة' },
      plural: { ru: 'Записи', en: 'Change notes', bg: 'Бележки', ar: 'ملاحظات' },
    },
    type: 'array',
    admin: { description },
    fields: [
      {
        name: 'date',
        label: { ru: 'Дата', en: 'Date', bg: 'Дата', ar: 'التاريخ' },
        type: 'date',
        required: true,
        defaultValue: () => new Date().toISOString(),
        admin: { date: dayOnly },
      },
      {
        name: 'note',
        label: { ru: 'Что изменилось', en: 'What changed', bg: 'Какво се промени', ar: 'ما الذي تغيّر' },
        type: 'text',
        localized: true,
        maxLength: 300,
      },
    ],
  }
}
