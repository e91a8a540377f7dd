import type { PayloadRequest } from 'payload'

import { sharedFieldAccess } from '../access/content'
import { changeHistoryField, countryField, urlField } from '../fields/common'
import { legalReviewFields, stampReviewRecorded } from '../fields/reviewRecorded'
import { protectChangeHistory } from '../hooks/protectChangeHistory'
import { requireChangeNote } from '../hooks/requireChangeNote'
import { reviewPublishesNothingPending } from '../hooks/reviewPublishesNothingPending'
import { type AdminText, say } from '../i18n/adminText'
import { adminOptions, centreServiceLabels, citizenshipLabels } from '../i18n/optionLabels'
import { purposeLabels, periodUnitLabels, situationDateLabels } from '../i18n/situationLabels'
import { hostCountries, periodUnits, purposes, situationDates } from '../rules/situation/types'
import { centreServices, citizenships, countries } from '../taxonomy'
import { translatedCollection } from './translatedCollection'

/** The fields whose change means a translation's text changed (and, published, needs a change note). */
export const STEP_TEXT_FIELDS = ['title', 'action', 'cost', 'consequence', 'legalBasis'] as const

/** Host countries a step can be about: every country but `all`. */

// Days as people write them in the admin's language: date-fns' localized pattern.

const WHOLE_NUMBER: AdminText = {
  ru: 'Введите целое число от {min} до {max}.',
  en: 'Enter a whole number from {min} to {max}.',
  bg: 'Въведете цяло число от {min} до {max}.',
  ar: 'أدخل عددًا صحيحًا من {min} إلى {max}.',
}

/** A whole number within bounds, said in the editor's admin language. */
const wholeNumber =
  (min: number, max: number) =>
  (value: unknown, { req }: { req?: PayloadRequest } = {}): true | string =>
    value === null || value === undefined || (Number.isInteger(value) && Number(value) >= min && Number(value) <= max)
      ? true
      : say(req, WHOLE_NUMBER, { min, max })

const stepChangeHistory = changeHistoryField({
  ru: 'Публичные заметки о существенных изменениях шага (например, «Срок увеличен до 15 дней»). Каждую новую заметку добавляйте новой строкой в конец. Обязательна при публикации изменения оригинала, если это не мелкая правка; переводчики переводят заметки.',
  en: 'Public notes on major changes to the step (e.g. "The deadline is now 15 days"). Add each new note as a new row at the end. Required when publishing a change to the original text that is not minor; translators translate the notes.',
  bg: 'Публични бележки за съществени промени в стъпката (напр. „Срокът вече е 15 дни“). Добавяйте всяка нова бележка като нов ред в края. Задължителна при публикуване на промяна в оригинала, която не е дребна; преводачите превеждат бележките.',
  ar: 'ملاحظات علنية عن التغييرات المهمة في الخطوة (مثل «أصبحت المهلة 15 يومًا»). أضف كل ملاحظة جديدة في صف جديد في النهاية. الملاحظة مطلوبة عند نشر أي تغيير غير طفيف في النص الأصلي، ويترجمها المترجمون.',
})

/**
 * "My situation" (issue 15): one thing a migrant must do by a deadline in a
 * host country (register, apply for a patent, pay it), for whom, and counted
 * from which of the reader's dates. Translated and reviewed like articles;
 * the date engine (rules/situation/engine.ts) reads the shared fields.
 */
const stepsConfig = translatedCollection({
  slug: 'situation-steps',
  labels: {
    singular: { ru: 'Шаг «Моя ситуация»', en: 'Situation step', bg: 'Стъпка „Моята ситуация“', ar: 'خطوة «وضعي»' },
    plural: { ru: 'Шаги «Моя ситуация»', en: 'Situation steps', bg: 'Стъпки „Моята ситуация“', ar: 'خطوات «وضعي»' },
  },
  titleField: 'title',
  titleLabel: { ru: 'Что сделать', en: 'What to do', bg: 'Какво да се направи', ar: 'ما يجب فعله' },
  textFields: STEP_TEXT_FIELDS,
  defaultColumns: ['title', 'country', 'countFrom', 'amount', 'unit', '_status', 'updatedAt'],
  hooks: {
    beforeChange: [reviewPublishesNothingPending, protectChangeHistory, requireChangeNote(STEP_TEXT_FIELDS)],
    afterTextStamp: [stampReviewRecorded],
  },
  maxPerDoc: 50,
  fields: [
    {
      name: 'action',
      label: { ru: 'Как это сделать', en: 'How to do it', bg: 'Как да се направи', ar: 'كيف يُفعل ذلك' },
      type: 'textarea',
      localized: true,
      required: true,
      maxLength: 2000,
      admin: {
        description: {
          ru: 'Несколько предложений простым текстом: куда идти, что взять с собой.',
          en: 'A few sentences of plain text: where to go, what to bring.',
          bg: 'Няколко изречения обикновен текст: къде да се отиде, какво да се носи.',
          ar: 'بضع جمل بنص عادي: إلى أين تذهب وماذا تأخذ معك.',
        },
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'cost',
          label: { ru: 'Стоимость', en: 'Cost', bg: 'Цена', ar: 'التكلفة' },
          type: 'text',
          localized: true,
          maxLength: 200,
        },
        {
          name: 'legalBasis',
          label: { ru: 'Правовое основание', en: 'Legal basis', bg: 'Правно основание', ar: 'الأساس القانوني' },
          type: 'text',
          localized: true,
          maxLength: 300,
          admin: {
            description: {
              ru: 'Как на него ссылаются, например «ФЗ № 109, ст. 20».',
              en: 'As people cite it, e.g. "Federal Law No. 109, Art. 20".',
              bg: 'Както се цитира, напр. „ЗЧРБ, чл. 24“.',
              ar: 'كما يُستشهد به، مثل «القانون الاتحادي رقم 109، المادة 20».',
            },
          },
        },
      ],
    },
    {
      name: 'consequence',
      label: {
        ru: 'Что будет, если не успеть',
        en: 'If it is missed',
        bg: 'Какво става при пропуск',
        ar: 'ماذا يحدث عند التأخر',
      },
      type: 'textarea',
      localized: true,
      maxLength: 600,
    },
    {
      type: 'collapsible',
      label: { ru: 'Срок', en: 'Deadline', bg: 'Срок', ar: 'المهلة' },
      admin: { initCollapsed: false },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'amount',
              label: { ru: 'Сколько', en: 'How many', bg: 'Колко', ar: 'العدد' },
              type: 'number',
              required: true,
              min: 0,
              max: 3650,
              validate: wholeNumber(0, 3650),
            },
            {
              name: 'unit',
              label: { ru: 'Чего', en: 'Unit', bg: 'Единица', ar: 'الوحدة' },
              type: 'select',
              required: true,
              options: adminOptions(periodUnits, periodUnitLabels),
            },
            {
              name: 'direction',
              label: { ru: 'До или после', en: 'Before or after', bg: 'Преди или след', ar: 'قبل أو بعد' },
              type: 'select',
              required: true,
              defaultValue: 'after',
              options: [
                { value: 'after', label: { ru: 'после', en: 'after', bg: 'след', ar: 'بعد' } },
                { value: 'before', label: { ru: 'до', en: 'before', bg: 'преди', ar: 'قبل' } },
              ],
            },
            {
              name: 'countFrom',
              label: { ru: 'Считая от', en: 'Counted from', bg: 'Считано от', ar: 'ابتداءً من' },
              type: 'select',
              required: true,
              options: adminOptions(situationDates, situationDateLabels),
            },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'inclusive',
              label: {
                ru: 'День начала — первый день срока',
                en: 'The start day is day 1',
                bg: 'Началният ден е първият ден от срока',
                ar: 'يوم البدء هو اليوم الأول',
              },
              type: 'checkbox',
              defaultValue: false,
              admin: {
                description: {
                  ru: 'Отметьте для «90 дней пребывания со дня въезда» (последний день — въезд + 89). Без отметки счёт идёт со следующего дня («в течение 7 рабочих дней после прибытия»).',
                  en: 'Tick for "a stay of 90 days from entry" (the last day is entry + 89). Unticked, counting starts the next day ("within 7 working days of arrival").',
                  bg: 'Отметнете за „престой от 90 дни от влизането“ (последният ден е влизане + 89). Без отметка броенето започва от следващия ден („в 7-дневен срок от пристигането“).',
                  ar: 'ضع علامة لحالة «إقامة 90 يومًا من الدخول» (آخر يوم هو الدخول + 89). بدون العلامة يبدأ العدّ من اليوم التالي («خلال 7 أيام عمل من الوصول»).',
                },
              },
            },
            {
              name: 'repeatEvery',
              label: {
                ru: 'Повторять каждые N месяцев',
                en: 'Repeat every N months',
                bg: 'Повтаряне на всеки N месеца',
                ar: 'التكرار كل N شهر',
              },
              type: 'number',
              min: 1,
              max: 120,
              validate: wholeNumber(1, 120),
              admin: {
                description: {
                  ru: 'Для регулярных платежей (патент — каждый месяц). Пусто — шаг разовый.',
                  en: 'For recurring payments (a patent: every month). Empty: a one-off step.',
                  bg: 'За периодични плащания (патент — всеки месец). Празно — еднократна стъпка.',
                  ar: 'للمدفوعات المتكررة (تصريح العمل: كل شهر). فارغ: خطوة لمرة واحدة.',
                },
              },
            },
          ],
        },
      ],
    },
    {
      type: 'collapsible',
      label: { ru: 'Кого касается', en: 'Who it applies to', bg: 'За кого се отнася', ar: 'لمن تنطبق' },
      admin: {
        initCollapsed: false,
        description: {
          ru: 'Пустой список ничего не ограничивает. Граждане стран из выбранных групп считаются перечисленными.',
          en: 'An empty list restricts nothing. Citizens of the chosen groups count as listed.',
          bg: 'Празният списък не ограничава нищо. Гражданите на избраните групи се смятат за изброени.',
          ar: 'القائمة الفارغة لا تقيّد شيئًا. يُعدّ مواطنو المجموعات المختارة مذكورين.',
        },
      },
      fields: [
        {
          name: 'citizenships',
          label: { ru: 'Гражданство', en: 'Citizenships', bg: 'Гражданство', ar: 'الجنسيات' },
          type: 'select',
          hasMany: true,
          options: adminOptions(citizenships, citizenshipLabels),
        },
        {
          name: 'citizenshipGroups',
          label: {
            ru: 'Группы гражданств',
            en: 'Citizenship groups',
            bg: 'Групи гражданства',
            ar: 'مجموعات الجنسيات',
          },
          type: 'relationship',
          relationTo: 'citizenship-groups',
          hasMany: true,
        },
        {
          name: 'purposes',
          label: { ru: 'Цель пребывания', en: 'Purpose of stay', bg: 'Цел на престоя', ar: 'غرض الإقامة' },
          type: 'select',
          hasMany: true,
          options: adminOptions(purposes, purposeLabels),
        },
      ],
    },
    stepChangeHistory,
  ],
  sidebarFields: [
    countryField(
      {
        ru: 'Страна, где это нужно сделать.',
        en: 'The country where this must be done.',
        bg: 'Държавата, в която трябва да се направи.',
        ar: 'البلد الذي يجب أن يتم فيه ذلك.',
      },
      hostCountries,
    ),
    {
      name: 'order',
      label: { ru: 'Порядок', en: 'Order', bg: 'Ред', ar: 'الترتيب' },
      type: 'number',
      defaultValue: 0,
      validate: wholeNumber(0, 1000),
      admin: {
        position: 'sidebar',
        description: {
          ru: 'Какой шаг показывать первым, если сроки совпадают.',
          en: 'Which step comes first when two fall on the same day.',
          bg: 'Коя стъпка да е първа, ако сроковете съвпадат.',
          ar: 'أي خطوة تأتي أولًا عندما يقع موعدان في اليوم نفسه.',
        },
      },
    },
    {
      name: 'article',
      label: { ru: 'Статья с объяснением', en: 'Article explaining it', bg: 'Статия с обяснение', ar: 'مقالة تشرحها' },
      type: 'relationship',
      relationTo: 'articles',
      admin: { position: 'sidebar' },
    },
    urlField('legalUrl', {
      label: {
        ru: 'Ссылка на официальный текст закона',
        en: 'Link to the official legal text',
        bg: 'Връзка към официалния текст',
        ar: 'رابط النص القانوني الرسمي',
      },
      admin: { position: 'sidebar' },
    } as never),
    {
      name: 'service',
      label: { ru: 'Где помогут', en: 'Where to get help', bg: 'Къде помагат', ar: 'أين تجد المساعدة' },
      type: 'select',
      options: adminOptions(centreServices, centreServiceLabels),
      admin: {
        position: 'sidebar',
        description: {
          ru: 'Читателю покажут центры помощи в этой стране с этой услугой.',
          en: 'Readers are shown the help centres in this country offering this service.',
          bg: 'На читателя се показват центровете за помощ в тази държава с тази услуга.',
          ar: 'تُعرض على القارئ مراكز المساعدة في هذا البلد التي تقدم هذه الخدمة.',
        },
      },
    },
    {
      name: 'editorialNote',
      label: { ru: 'Заметка редакции', en: 'Editorial note', bg: 'Бележка на редакцията', ar: 'ملاحظة التحرير' },
      type: 'textarea',
      // Internal: signed-in staff read it; anonymous readers of the API never do.
      access: { ...sharedFieldAccess, read: ({ req }) => Boolean(req.user) },
      maxLength: 1000,
      admin: {
        position: 'sidebar',
        description: {
          ru: 'Только для редакции, читателям не показывается.',
          en: 'For editors only; never shown to readers.',
          bg: 'Само за редакцията; не се показва на читателите.',
          ar: 'للمحررين فقط، ولا تظهر للقرّاء.',
        },
      },
    },
    ...legalReviewFields(),
  ],
  reviewFields: ['reviewedAt', 'reviewDue', 'reviewRecordedAt'],
})

/** With the preview above the list: editors try a situation and see the steps and days a reader would get. */
export const SituationSteps: typeof stepsConfig = {
  ...stepsConfig,
  admin: {
    ...stepsConfig.admin,
    components: {
      ...stepsConfig.admin.components,
      beforeList: ['/components/SituationPreview#SituationPreview'],
    },
  },
}
