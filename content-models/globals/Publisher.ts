import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { adminsOnly } from '../access/content'
import { emailField, urlField, validatePhone } from '../fields/common'
import { withRoleAccess } from '../fields/roleAccess'

/**
 * Who publishes the portal, said in every page's footer with their contacts:
 * readers (and partners embedding the portal) know whose advice this is and
 * how to reach them. A site setting: administrators edit it.
 */
export const Publisher: GlobalConfig = {
  slug: 'publisher',
  label: { ru: 'Издатель портала', en: 'Publisher', bg: 'Издател на портала', ar: 'ناشر البوابة' },
  access: { read: anyone, update: adminsOnly },
  admin: {
    description: {
      ru: 'Кто ведёт портал: показывается внизу каждой страницы сайта вместе с контактами.',
      en: 'Who runs the portal: shown at the foot of every page of the site, with the contacts.',
      bg: 'Кой поддържа портала: показва се в долната част на всяка страница на сайта заедно с контактите.',
      ar: 'الجهة التي تدير البوابة: يظهر أسفل كل صفحة في الموقع مع وسائل الاتصال.',
    },
  },
  fields: withRoleAccess([
    {
      name: 'name',
      label: { ru: 'Название организации', en: 'Organisation name', bg: 'Име на организацията', ar: 'اسم الجهة' },
      type: 'text',
      localized: true,
      maxLength: 160,
      admin: {
        description: {
          ru: 'Как организацию называют на этом языке. Если перевода нет, сайт покажет название на русском.',
          en: 'The organisation’s name in this language. Without a translation the site shows the Russian name.',
          bg: 'Името на организацията на този език. Без превод сайтът показва името на руски.',
          ar: 'اسم الجهة بهذه اللغة. إن لم تتوفر ترجمة يعرض الموقع الاسم بالروسية.',
        },
      },
    },
    {
      name: 'about',
      label: { ru: 'О нас', en: 'About', bg: 'За нас', ar: 'نبذة عنا' },
      type: 'textarea',
      localized: true,
      maxLength: 400,
      admin: {
        description: {
          ru: 'Одно-два предложения: кто вы и чем помогаете.',
          en: 'One or two sentences: who you are and how you help.',
          bg: 'Едно-две изречения: кои сте и как помагате.',
          ar: 'جملة أو جملتان: من أنتم وكيف تساعدون.',
        },
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'phone',
          label: { ru: 'Телефон', en: 'Phone', bg: 'Телефон', ar: 'الهاتف' },
          type: 'text',
          validate: validatePhone,
        },
        emailField('email', { label: { ru: 'Эл. почта', en: 'Email', bg: 'Имейл', ar: 'البريد الإلكتروني' } } as never),
        urlField('website', { label: { ru: 'Сайт', en: 'Website', bg: 'Уебсайт', ar: 'الموقع الإلكتروني' } } as never),
      ],
    },
  ]),
}
