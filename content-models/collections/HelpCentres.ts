import type { PayloadRequest } from 'payload'

import { countryField, emailField, languagesField, TELEGRAM_PATTERN, urlField, validatePhone } from '../fields/common'
import { say } from '../i18n/adminText'
import { adminOptions, centreServiceLabels } from '../i18n/optionLabels'
import { centreServices, countries } from '../taxonomy'
import { translatedCollection } from './translatedCollection'

export const CENTRE_TEXT_FIELDS = ['name', 'organisation', 'city', 'address', 'openingHours', 'body'] as const

/** Help centres and hotlines: where a migrant can call or go. */
export const HelpCentres = translatedCollection({
  slug: 'help-centres',
  labels: {
    singular: { ru: 'Центр помощи', en: 'Help centre', bg: 'Център за помощ', ar: 'مركز مساعدة' },
    plural: { ru: 'Центры помощи', en: 'Help centres', bg: 'Центрове за помощ', ar: 'مراكز المساعدة' },
  },
  titleField: 'name',
  titleLabel: { ru: 'Название', en: 'Name', bg: 'Име', ar: 'الاسم' },
  textFields: CENTRE_TEXT_FIELDS,
  defaultColumns: ['name', 'city', 'country', '_status', 'updatedAt'],
  fields: [
    {
      name: 'organisation',
      label: { ru: 'Организация', en: 'Organisation', bg: 'Организация', ar: 'المنظمة' },
      type: 'text',
      localized: true,
      maxLength: 200,
    },
    {
      name: 'body',
      label: { ru: 'Описание', en: 'Description', bg: 'Описание', ar: 'الوصف' },
      type: 'richText',
      localized: true,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'region',
          label: { ru: 'Регион', en: 'Region', bg: 'Регион', ar: 'المنطقة' },
          type: 'relationship',
          relationTo: 'regions',
          required: true,
        },
        {
          name: 'city',
          label: { ru: 'Город', en: 'City', bg: 'Град', ar: 'المدينة' },
          type: 'text',
          localized: true,
          required: true,
          maxLength: 100,
        },
      ],
    },
    {
      name: 'address',
      label: { ru: 'Адрес', en: 'Address', bg: 'Адрес', ar: 'عنوان المكان' },
      type: 'text',
      localized: true,
      maxLength: 300,
    },
    {
      name: 'openingHours',
      label: { ru: 'Часы работы', en: 'Opening hours', bg: 'Работно време', ar: 'ساعات العمل' },
      type: 'textarea',
      localized: true,
      maxLength: 300,
    },
    {
      type: 'collapsible',
      label: { ru: 'Контакты', en: 'Contacts', bg: 'Контакти', ar: 'معلومات الاتصال' },
      fields: [
        {
          name: 'phones',
          label: { ru: 'Телефоны', en: 'Phone numbers', bg: 'Телефони', ar: 'أرقام الهاتف' },
          type: 'text',
          hasMany: true,
          validate: validatePhone,
        },
        {
          type: 'row',
          fields: [
            {
              name: 'hotline',
              label: { ru: 'Горячая линия', en: 'Hotline', bg: 'Гореща линия', ar: 'الخط الساخن' },
              type: 'text',
              validate: validatePhone,
            },
            {
              name: 'hotlineFree',
              label: { ru: 'Звонок бесплатный', en: 'Free to call', bg: 'Безплатно обаждане', ar: 'الاتصال مجاني' },
              type: 'checkbox',
            },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'whatsapp',
              label: { ru: 'Номер WhatsApp', en: 'WhatsApp number', bg: 'Номер в WhatsApp', ar: 'رقم واتساب' },
              type: 'text',
              validate: validatePhone,
            },
            {
              name: 'telegram',
              label: {
                ru: 'Имя пользователя в Telegram',
                en: 'Telegram username',
                bg: 'Потребителско име в Telegram',
                ar: 'اسم المستخدم في تيليغرام',
              },
              type: 'text',
              validate: (v: unknown, { req }: { req: PayloadRequest }) =>
                !v || TELEGRAM_PATTERN.test(String(v))
                  ? true
                  : say(req, {
                      ru: 'Введите имя пользователя Telegram без @: от 5 до 32 латинских букв, цифр или _, первой должна быть буква.',
                      en: 'Enter the Telegram username without @: 5–32 latin letters, digits or _, starting with a letter.',
                      bg: 'Въведете потребителското име в Telegram без @: от 5 до 32 латински букви, цифри или _, като първата е буква.',
                      ar: 'أدخل اسم المستخدم في تيليغرام بدون @: من 5 إلى 32 حرفًا لاتينيًا أو رقمًا أو _، على أن يبدأ بحرف.',
                    }),
            },
            {
              name: 'viber',
              label: { ru: 'Номер Viber', en: 'Viber number', bg: 'Номер във Viber', ar: 'رقم فايبر' },
              type: 'text',
              validate: validatePhone,
            },
          ],
        },
        {
          type: 'row',
          fields: [
            emailField('email', {
              label: { ru: 'Эл. почта', en: 'Email', bg: 'Имейл', ar: 'البريد الإلكتروني' },
            } as never),
            urlField('website', {
              label: { ru: 'Сайт', en: 'Website', bg: 'Уебсайт', ar: 'الموقع الإلكتروني' },
            } as never),
          ],
        },
      ],
    },
    languagesField({
      ru: 'На каких языках говорят сотрудники.',
      en: 'Languages the staff speak.',
      bg: 'Езиците, които говорят служителите.',
      ar: 'اللغات التي يتحدثها الموظفون.',
    }),
    {
      name: 'services',
      label: { ru: 'Услуги', en: 'Services', bg: 'Услуги', ar: 'الخدمات' },
      type: 'select',
      hasMany: true,
      options: adminOptions(centreServices, centreServiceLabels),
    },
  ],
  sidebarFields: [
    countryField(
      {
        ru: 'Страна, где находится центр.',
        en: 'Country of the centre.',
        bg: 'Държавата, в която се намира центърът.',
        ar: 'البلد الذي يقع فيه المركز.',
      },
      countries.filter((c) => c !== 'all'),
    ),
  ],
})
