import {
  type CollectionBeforeValidateHook,
  type DateField,
  type PayloadRequest,
  type TextField,
  type Validate,
  ValidationError,
} from 'payload'
import { text } from 'payload/shared'

import { countryField, languagesField, summaryField, topicsField, urlField, validatePhone } from '../fields/common'
import { type AdminText, say } from '../i18n/adminText'
import { adminOptions, eventKindLabels } from '../i18n/optionLabels'
import { eventKinds, eventTimeZones } from '../taxonomy'
import { translatedCollection } from './translatedCollection'

export const EVENT_TEXT_FIELDS = ['title', 'summary', 'body', 'address', 'organiser'] as const

/**
 * The time zone beside each date must be one the admin offers: Payload stores
 * whatever the API sends, and a value with a line break ("Europe/Moscow\r\nX-…")
 * ended up in calendar files and stopped every later site build.
 */
const knownTimeZones: CollectionBeforeValidateHook = ({ data, req }) => {
  const errors = (['start_tz', 'end_tz'] as const)
    .filter((path) => data?.[path] != null && !(eventTimeZones as readonly string[]).includes(String(data[path])))
    .map((path) => ({
      path,
      message: say(
        req,
        {
          ru: '{value}: такого часового пояса нет среди предложенных. Выберите пояс из списка ({zones}).',
          en: '{value} is not a time zone the portal offers. Pick one from the list ({zones}).',
          bg: '{value}: тази часова зона не е сред предложените. Изберете зона от списъка ({zones}).',
          ar: '{value}: هذه المنطقة الزمنية ليست من المناطق المتاحة. اختر منطقة من القائمة ({zones}).',
        },
        { value: JSON.stringify(String(data![path]).slice(0, 60)), zones: eventTimeZones.join(', ') },
      ),
    }))
  if (errors.length) throw new ValidationError({ collection: 'events', errors, req })
  return data
}

/**
 * The address may stay empty when a help centre or an online link gives the
 * place. A field's own check replaces Payload's, so this one calls Payload's
 * for the length limit.
 */
const addressOrOtherPlace: Validate<string, unknown, { helpCentre?: unknown; onlineUrl?: unknown }, TextField> = (
  value,
  options,
) =>
  value || options.siblingData?.helpCentre || options.siblingData?.onlineUrl
    ? text(value, options)
    : say(options.req, {
        ru: 'Укажите место: центр помощи, адрес или ссылку для участия онлайн.',
        en: 'Give the place: a help centre, an address or an online link.',
        bg: 'Посочете място: център за помощ, адрес или връзка за онлайн участие.',
        ar: 'حدّد المكان: مركز مساعدة أو عنوانًا أو رابطًا للمشاركة عبر الإنترنت.',
      })

/** A date and time with the time zone it is held in; the zone's own field is labelled too. */
const zonedDate = (name: string, label: AdminText, zoneLabel: AdminText): DateField => ({
  name,
  label,
  type: 'date',
  required: true,
  timezone: {
    required: true,
    defaultTimezone: 'Europe/Moscow',
    override: ({ baseField }) => ({ ...baseField, label: zoneLabel }),
  },
  admin: { date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' } },
})

/**
 * Integration events: information meetings, trainings, multicultural events.
 * Times are stored in UTC with the time zone they are held in, so the site shows
 * local time and calendars get the right instant.
 */
export const Events = translatedCollection({
  slug: 'events',
  labels: {
    singular: { ru: 'Мероприятие', en: 'Event', bg: 'Събитие', ar: 'فعالية' },
    plural: { ru: 'Мероприятия', en: 'Events', bg: 'Събития', ar: 'الفعاليات' },
  },
  titleField: 'title',
  textFields: EVENT_TEXT_FIELDS,
  defaultColumns: ['title', 'start', 'country', '_status', 'updatedAt'],
  hooks: { beforeValidate: [knownTimeZones] },
  fields: [
    summaryField,
    {
      name: 'body',
      label: { ru: 'Описание', en: 'Body', bg: 'Описание', ar: 'الوصف' },
      type: 'richText',
      localized: true,
    },
    {
      type: 'row',
      fields: [
        zonedDate(
          'start',
          { ru: 'Начало', en: 'Start', bg: 'Начало', ar: 'البداية' },
          {
            ru: 'Часовой пояс начала',
            en: 'Start time zone',
            bg: 'Часова зона на началото',
            ar: 'المنطقة الزمنية للبداية',
          },
        ),
        {
          ...zonedDate(
            'end',
            { ru: 'Окончание', en: 'End', bg: 'Край', ar: 'النهاية' },
            {
              ru: 'Часовой пояс окончания',
              en: 'End time zone',
              bg: 'Часова зона на края',
              ar: 'المنطقة الزمنية للنهاية',
            },
          ),
          validate: (
            value: unknown,
            { siblingData, req }: { siblingData: Record<string, unknown>; req: PayloadRequest },
          ) =>
            value && siblingData?.start && new Date(String(value)) <= new Date(String(siblingData.start))
              ? say(req, {
                  ru: 'Мероприятие должно заканчиваться позже, чем начинается: проверьте дату и время окончания.',
                  en: 'The event must end after it starts: check the end date and time.',
                  bg: 'Събитието трябва да завършва след началото си: проверете датата и часа на края.',
                  ar: 'يجب أن تنتهي الفعالية بعد بدايتها: تحقّق من تاريخ النهاية ووقتها.',
                })
              : true,
        },
      ],
    },
    {
      type: 'collapsible',
      label: { ru: 'Место', en: 'Place', bg: 'Място', ar: 'المكان' },
      admin: {
        description: {
          ru: 'Центр помощи, адрес или ссылка для участия онлайн (хотя бы одно из трёх).',
          en: 'A help centre, an address, or an online link (at least one).',
          bg: 'Център за помощ, адрес или връзка за онлайн участие (поне едно от трите).',
          ar: 'مركز مساعدة أو عنوان أو رابط للمشاركة عبر الإنترنت (واحد منها على الأقل).',
        },
      },
      fields: [
        {
          name: 'helpCentre',
          label: { ru: 'Центр помощи', en: 'Help centre', bg: 'Център за помощ', ar: 'مركز المساعدة' },
          type: 'relationship',
          relationTo: 'help-centres',
        },
        {
          name: 'address',
          label: { ru: 'Адрес', en: 'Address', bg: 'Адрес', ar: 'عنوان المكان' },
          type: 'text',
          localized: true,
          maxLength: 300,
          validate: addressOrOtherPlace,
        },
        urlField('onlineUrl', {
          label: {
            ru: 'Ссылка для участия онлайн',
            en: 'Online link',
            bg: 'Връзка за онлайн участие',
            ar: 'رابط المشاركة عبر الإنترنت',
          },
        } as never),
        {
          name: 'region',
          label: { ru: 'Регион', en: 'Region', bg: 'Регион', ar: 'المنطقة' },
          type: 'relationship',
          relationTo: 'regions',
        },
      ],
    },
    languagesField({
      ru: 'На каких языках проходит мероприятие.',
      en: 'Languages spoken at the event.',
      bg: 'Езиците, на които се провежда събитието.',
      ar: 'اللغات المستخدمة في الفعالية.',
    }),
    {
      name: 'organiser',
      label: { ru: 'Организатор', en: 'Organiser', bg: 'Организатор', ar: 'الجهة المنظِّمة' },
      type: 'text',
      localized: true,
      maxLength: 200,
    },
    {
      type: 'row',
      fields: [
        urlField('registrationUrl', {
          label: { ru: 'Ссылка для записи', en: 'Registration link', bg: 'Връзка за записване', ar: 'رابط التسجيل' },
        } as never),
        {
          name: 'registrationPhone',
          label: { ru: 'Телефон для записи', en: 'Registration phone', bg: 'Телефон за записване', ar: 'هاتف التسجيل' },
          type: 'text',
          validate: validatePhone,
        },
      ],
    },
  ],
  sidebarFields: [
    {
      name: 'eventKind',
      label: { ru: 'Тип мероприятия', en: 'Kind of event', bg: 'Вид събитие', ar: 'نوع الفعالية' },
      type: 'select',
      required: true,
      options: adminOptions(eventKinds, eventKindLabels),
      admin: { position: 'sidebar' },
    },
    countryField({
      ru: 'Страна, где проходит мероприятие («Все страны» — для онлайн-мероприятий, открытых всем).',
      en: 'Country the event takes place in ("All countries" for online events open to everyone).',
      bg: 'Държавата, в която се провежда събитието („Всички държави“ за онлайн събития, отворени за всички).',
      ar: 'البلد الذي تُقام فيه الفعالية (اختر «كل الدول» للفعاليات عبر الإنترنت المفتوحة للجميع).',
    }),
    topicsField,
  ],
})
