import type { GlobalAfterReadHook, GlobalConfig, PayloadRequest } from 'payload'

import { anyone } from '../access/anyone'
import { editorsOnly } from '../access/content'
import { SITE_LINK_PATTERN, urlField } from '../fields/common'
import { withRoleAccess } from '../fields/roleAccess'
import { say } from '../i18n/adminText'

/**
 * A banner being prepared (switched off) may be under embargo: anonymous
 * readers of the CMS API learn only that none is shown.
 */
const hideInactiveFromAnonymous: GlobalAfterReadHook = ({ doc, req, overrideAccess }) =>
  req.user || overrideAccess || doc?.active ? doc : { id: doc?.id, active: false, globalType: doc?.globalType }

/**
 * An urgent banner on every page in every language (a border closure, an
 * epidemic), shown until it expires. The running portal rebuilds the site at
 * the expiry time, so an expired alert disappears without anyone editing it.
 */
export const SiteAlert: GlobalConfig = {
  slug: 'site-alert',
  label: { ru: 'Предупреждение на сайте', en: 'Site alert', bg: 'Предупреждение на сайта', ar: 'تنبيه على الموقع' },
  access: { read: anyone, update: editorsOnly },
  hooks: { afterRead: [hideInactiveFromAnonymous] },
  fields: withRoleAccess([
    {
      name: 'active',
      label: { ru: 'Показывать', en: 'Active', bg: 'Показване', ar: 'مفعّل' },
      type: 'checkbox',
      defaultValue: false,
      admin: {
        description: {
          ru: 'Показать предупреждение на сайте.',
          en: 'Show the banner.',
          bg: 'Показване на предупреждението в сайта.',
          ar: 'إظهار التنبيه على الموقع.',
        },
      },
    },
    {
      name: 'level',
      label: { ru: 'Важность', en: 'Level', bg: 'Важност', ar: 'درجة الأهمية' },
      type: 'select',
      defaultValue: 'urgent',
      required: true,
      options: [
        { label: { ru: 'Срочное', en: 'Urgent', bg: 'Спешно', ar: 'عاجل' }, value: 'urgent' },
        { label: { ru: 'Для сведения', en: 'Information', bg: 'За сведение', ar: 'للعلم' }, value: 'info' },
      ],
    },
    {
      name: 'message',
      label: { ru: 'Текст', en: 'Message', bg: 'Текст', ar: 'نص التنبيه' },
      type: 'textarea',
      localized: true,
      maxLength: 300,
      admin: {
        description: {
          ru: 'Показывается на каждом языке, на котором есть текст; одно-два предложения.',
          en: 'Shown in each language that has a message; keep it to one or two sentences.',
          bg: 'Показва се на всеки език, на който има текст; едно-две изречения.',
          ar: 'يظهر بكل لغة كُتب بها نص؛ اكتفِ بجملة أو جملتين.',
        },
      },
    },
    urlField('link', {
      label: { ru: 'Ссылка', en: 'Link', bg: 'Връзка', ar: 'الرابط' },
      admin: {
        description: {
          ru: 'Необязательно: где прочитать подробнее (полный адрес или путь на сайте, например /ru/articles/…/).',
          en: 'Optional: where to read more (a full address, or a site path such as /ru/articles/…/).',
          bg: 'По избор: къде да се прочете повече (пълен адрес или път в сайта, напр. /ru/articles/…/).',
          ar: 'اختياري: أين يمكن قراءة المزيد (عنوان كامل أو مسار في الموقع مثل /ru/articles/…/).',
        },
      },
      validate: (v: unknown, { req }: { req: PayloadRequest }) =>
        !v || SITE_LINK_PATTERN.test(String(v))
          ? true
          : say(req, {
              ru: 'Укажите полный адрес (https://…) или путь на этом сайте, начинающийся с одного / (например, /ru/articles/…/), без пробелов.',
              en: 'Use a full address (https://…) or a path on this site starting with a single / (such as /ru/articles/…/), with no spaces.',
              bg: 'Въведете пълен адрес (https://…) или път в този сайт, започващ с една / (напр. /ru/articles/…/), без интервали.',
              ar: 'أدخل عنوانًا كاملًا (https://…) أو مسارًا في هذا الموقع يبدأ بشرطة مائلة واحدة / (مثل /ru/articles/…/)، بلا مسافات.',
            }),
    } as never),
    {
      name: 'expiresAt',
      label: { ru: 'Показывать до', en: 'Expires at', bg: 'Показва се до', ar: 'يظهر حتى' },
      type: 'date',
      required: true,
      admin: {
        date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' },
        description: {
          ru: 'В это время предупреждение исчезнет с сайта.',
          en: 'The banner disappears at this time.',
          bg: 'В този момент предупреждението изчезва от сайта.',
          ar: 'يختفي التنبيه من الموقع في هذا الوقت.',
        },
      },
    },
  ]),
}
