import type { CollectionConfig } from 'payload'

import { publicContent } from '../access/publicContent'
import { withRoleAccess } from '../fields/roleAccess'
import { slugField } from '../fields/slug'

export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: {
    singular: { ru: 'Тема', en: 'Topic', bg: 'Тема', ar: 'موضوع' },
    plural: { ru: 'Темы', en: 'Topics', bg: 'Теми', ar: 'المواضيع' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'updatedAt'],
  },
  access: publicContent,
  fields: withRoleAccess([
    {
      name: 'title',
      label: { ru: 'Название', en: 'Title', bg: 'Заглавие', ar: 'العنوان' },
      type: 'text',
      required: true,
      localized: true,
    },
    slugField(),
    {
      name: 'description',
      label: { ru: 'Описание', en: 'Description', bg: 'Описание', ar: 'الوصف' },
      type: 'textarea',
      localized: true,
    },
  ]),
}
