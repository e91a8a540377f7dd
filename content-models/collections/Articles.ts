import type { PayloadRequest } from 'payload'

import { changeHistoryField, dayOnly, summaryField, topicsField, urlField } from '../fields/common'
import { legalReviewFields, stampReviewRecorded } from '../fields/reviewRecorded'
import { protectChangeHistory } from '../hooks/protectChangeHistory'
import { requireChangeNote } from '../hooks/requireChangeNote'
import { reviewPublishesNothingPending } from '../hooks/reviewPublishesNothingPending'
import { say } from '../i18n/adminText'
import {
  adminOptions,
  articleKindLabels,
  citizenshipLabels,
  countryLabels,
  migrantStatusLabels,
} from '../i18n/optionLabels'
import { articleKinds, citizenships, countries, migrantStatuses } from '../taxonomy'
import { translatedCollection } from './translatedCollection'

/** The fields whose change means a translation's text changed. */
export const ARTICLE_TEXT_FIELDS = ['title', 'summary', 'body'] as const
const isLawChange = (data: Record<string, unknown> | undefined) => data?.kind === 'law-change'

// Days as people write them in the admin's language ("1 мар. 2026 г.", "1 March 2026"): date-fns' localized pattern.

/** What Payload passes a field's own check: the row's other values and the request. */
type SiblingsAndRequest = { siblingData: Record<string, unknown>; req: PayloadRequest }

export const Articles = translatedCollection({
  slug: 'articles',
  labels: {
    singular: { ru: 'Статья', en: 'Article', bg: 'Статия', ar: 'مقالة' },
    plural: { ru: 'Статьи', en: 'Articles', bg: 'Статии', ar: 'المقالات' },
  },
  titleField: 'title',
  textFields: ARTICLE_TEXT_FIELDS,
  defaultColumns: ['title', 'kind', 'country', '_status', 'reviewDue', 'updatedAt'],
  hooks: {
    beforeChange: [reviewPublishesNothingPending, protectChangeHistory, requireChangeNote(ARTICLE_TEXT_FIELDS)],
    afterTextStamp: [stampReviewRecorded],
  },
  maxPerDoc: 50,
  fields: [
    summaryField,
    {
      name: 'body',
      label: { ru: 'Текст', en: 'Body', bg: 'Текст', ar: 'النص' },
      type: 'richText',
      localized: true,
    },
    {
      type: 'collapsible',
      label: { ru: 'Изменение в законе', en: 'Law change', bg: 'Промяна в закона', ar: 'تغيير في القانون' },
      admin: { condition: isLawChange, initCollapsed: false },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'effectiveDate',
              label: { ru: 'Действует с', en: 'In force from', bg: 'В сила от', ar: 'يسري من' },
              type: 'date',
              admin: {
                date: dayOnly,
                description: {
                  ru: 'День, когда изменение вступает в силу.',
                  en: 'The day the change takes effect.',
                  bg: 'Денят, в който промяната влиза в сила.',
                  ar: 'اليوم الذي يبدأ فيه سريان التغيير.',
                },
              },
              validate: (value: unknown, { siblingData, req }: SiblingsAndRequest) =>
                isLawChange(siblingData) && !value
                  ? say(req, {
                      ru: 'Укажите день, когда изменение в законе вступает в силу.',
                      en: 'Enter the day the law change takes effect.',
                      bg: 'Посочете деня, в който промяната в закона влиза в сила.',
                      ar: 'أدخل اليوم الذي يبدأ فيه سريان التغيير في القانون.',
                    })
                  : true,
            },
            {
              name: 'expiryDate',
              label: { ru: 'Действует до', en: 'Until', bg: 'В сила до', ar: 'يسري حتى' },
              type: 'date',
              admin: {
                date: dayOnly,
                description: {
                  ru: 'Заполните, только если известен день, когда правило перестанет действовать.',
                  en: 'Leave empty unless the rule stops applying on a known day.',
                  bg: 'Попълнете само ако е известен денят, в който правилото спира да се прилага.',
                  ar: 'اترك الحقل فارغًا ما لم يكن اليوم الذي يتوقف فيه تطبيق القاعدة معروفًا.',
                },
              },
              validate: (value: unknown, { siblingData, req }: SiblingsAndRequest) =>
                value && siblingData?.effectiveDate && String(value) <= String(siblingData.effectiveDate)
                  ? say(req, {
                      ru: 'Дата окончания должна быть позже дня вступления в силу: выберите более поздний день или оставьте поле пустым.',
                      en: 'The end date must be after the day it takes effect: pick a later day or leave it empty.',
                      bg: 'Крайната дата трябва да е след деня на влизане в сила: изберете по-късен ден или оставете полето празно.',
                      ar: 'يجب أن يكون تاريخ الانتهاء بعد يوم بدء السريان: اختر يومًا لاحقًا أو اترك الحقل فارغًا.',
                    })
                  : true,
            },
          ],
        },
        {
          name: 'affectedCitizenships',
          label: {
            ru: 'Кого касается: гражданство',
            en: 'Who is affected: citizens of',
            bg: 'Кого засяга: гражданство',
            ar: 'المعنيّون: الجنسية',
          },
          type: 'select',
          hasMany: true,
          options: adminOptions(citizenships, citizenshipLabels),
          admin: {
            description: {
              ru: 'Оставьте пустым, если изменение касается всех иностранных граждан.',
              en: 'Leave empty when it concerns every foreign citizen.',
              bg: 'Оставете празно, ако промяната засяга всички чужденци.',
              ar: 'اتركه فارغًا إذا كان التغيير يشمل جميع الأجانب.',
            },
          },
        },
        {
          name: 'affectedStatuses',
          label: {
            ru: 'Кого касается: статус',
            en: 'Who is affected: status',
            bg: 'Кого засяга: статут',
            ar: 'المعنيّون: وضع الإقامة',
          },
          type: 'select',
          hasMany: true,
          options: adminOptions(migrantStatuses, migrantStatusLabels),
          admin: {
            description: {
              ru: 'Оставьте пустым, если изменение касается всех, независимо от статуса.',
              en: 'Leave empty when it concerns everyone regardless of status.',
              bg: 'Оставете празно, ако промяната засяга всички, независимо от статута им.',
              ar: 'اتركه فارغًا إذا كان التغيير يشمل الجميع بغض النظر عن وضع الإقامة.',
            },
          },
        },
        {
          name: 'legalAct',
          label: {
            ru: 'Основание: нормативный акт',
            en: 'Legal basis: act',
            bg: 'Основание: нормативен акт',
            ar: 'الأساس القانوني: النص التشريعي',
          },
          type: 'text',
          localized: true,
          maxLength: 300,
        },
        {
          name: 'legalArticle',
          label: {
            ru: 'Основание: статья или пункт',
            en: 'Legal basis: article or clause',
            bg: 'Основание: член или алинея',
            ar: 'الأساس القانوني: المادة أو البند',
          },
          type: 'text',
          localized: true,
          maxLength: 200,
        },
        urlField('legalUrl', {
          label: {
            ru: 'Основание: ссылка на официальный текст',
            en: 'Legal basis: link to the official text',
            bg: 'Основание: връзка към официалния текст',
            ar: 'الأساس القانوني: رابط النص الرسمي',
          },
        } as never),
        {
          name: 'affectedArticles',
          label: {
            ru: 'Статьи, которых касается изменение',
            en: 'Articles this change affects',
            bg: 'Статии, засегнати от промяната',
            ar: 'المقالات التي يمسّها هذا التغيير',
          },
          type: 'relationship',
          relationTo: 'articles',
          hasMany: true,
          filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
          admin: {
            description: {
              ru: 'В этих статьях появится уведомление со ссылкой на это изменение.',
              en: 'These articles show a notice linking to this change.',
              bg: 'Тези статии показват известие с връзка към тази промяна.',
              ar: 'تعرض هذه المقالات تنبيهًا برابط إلى هذا التغيير.',
            },
          },
        },
        {
          name: 'changesSteps',
          label: {
            ru: 'Шаги «Моя ситуация», которые меняет закон',
            en: '"My situation" steps this change alters',
            bg: 'Стъпки „Моята ситуация“, които промяната засяга',
            ar: 'خطوات «وضعي» التي يغيّرها هذا التعديل',
          },
          type: 'relationship',
          relationTo: 'situation-steps',
          hasMany: true,
          admin: {
            description: {
              ru: 'Читатели увидят у этих шагов отметку «изменилось» с датой вступления изменения в силу.',
              en: 'Readers see these steps marked as changed, with the day this change takes effect.',
              bg: 'Читателите виждат тези стъпки отбелязани като променени, с деня на влизане в сила на промяната.',
              ar: 'يرى القرّاء هذه الخطوات معلَّمة بأنها تغيّرت، مع يوم بدء سريان هذا التغيير.',
            },
          },
        },
      ],
    },
    changeHistoryField({
      ru: 'Публичные заметки о существенных изменениях (например, «Изменилась стоимость патента»); в статье показываются от новых к старым. Каждую новую заметку добавляйте новой строкой в конец. Обязательна при публикации изменения оригинала, если это не мелкая правка; переводчики переводят заметки.',
      en: 'Public notes on major changes (e.g. "The patent fee changed"), shown on the article newest first. Add each new note as a new row at the end. Required when publishing a change to the original text that is not minor; translators translate the notes.',
      bg: 'Публични бележки за съществени промени (напр. „Таксата за патент се промени“), показвани в статията от най-новата към най-старата. Добавяйте всяка нова бележка като нов ред в края. Задължителна при публикуване на промяна в оригинала, която не е дребна; преводачите превеждат бележките.',
      ar: 'ملاحظات علنية عن التغييرات المهمة (مثل «تغيّرت رسوم تصريح العمل»)، تظهر في المقالة من الأحدث إلى الأقدم. أضف كل ملاحظة جديدة في صف جديد في النهاية. الملاحظة مطلوبة عند نشر أي تغيير غير طفيف في النص الأصلي، ويترجمها المترجمون.',
    }),
    {
      name: 'searchKeywords',
      label: { ru: 'Слова для поиска', en: 'Search keywords', bg: 'Думи за търсене', ar: 'كلمات للبحث' },
      type: 'text',
      hasMany: true,
      localized: true,
      admin: {
        description: {
          ru: 'Слова, которые читатели могут искать, но которых нет в тексте (разговорные слова, сокращения, ошибки в написании). Учитываются в поиске, читателям не показываются.',
          en: 'Words readers might search for that the text does not use (slang, abbreviations, misspellings). Indexed for search, never shown.',
          bg: 'Думи, които читателите може да търсят, но ги няма в текста (разговорни думи, съкращения, грешно изписване). Използват се при търсене и не се показват.',
          ar: 'كلمات قد يبحث عنها القرّاء ولا ترد في النص (كلمات عامية، اختصارات، أخطاء إملائية). تُستخدم في البحث ولا تُعرض أبدًا.',
        },
      },
    },
  ],
  sidebarFields: [
    {
      name: 'kind',
      label: { ru: 'Тип статьи', en: 'Kind', bg: 'Вид статия', ar: 'نوع المقالة' },
      type: 'select',
      required: true,
      options: adminOptions(articleKinds, articleKindLabels),
      admin: { position: 'sidebar' },
    },
    {
      name: 'country',
      label: { ru: 'Страна', en: 'Country', bg: 'Държава', ar: 'البلد' },
      type: 'select',
      required: true,
      defaultValue: 'all',
      options: adminOptions(countries, countryLabels),
      admin: {
        position: 'sidebar',
        description: {
          ru: 'Страна, к которой относится статья.',
          en: 'Country the article applies to.',
          bg: 'Държавата, за която се отнася статията.',
          ar: 'البلد الذي تنطبق عليه المقالة.',
        },
      },
    },
    topicsField,
    ...legalReviewFields({
      ru: 'Статьи с просроченной проверкой видны на главной странице админки.',
      en: 'Overdue articles are listed on the dashboard.',
      bg: 'Статиите с просрочена проверка се показват на началното табло.',
      ar: 'تظهر المقالات المتأخرة عن موعد مراجعتها في لوحة التحكم.',
    }),
  ],
  reviewFields: ['reviewedAt', 'reviewDue', 'reviewRecordedAt'],
})
