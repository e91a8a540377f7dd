import type { CollectionConfig } from 'payload'

import { publicContent } from '../access/publicContent'
import { countryField } from '../fields/common'
import { withRoleAccess } from '../fields/roleAccess'
import { slugField } from '../fields/slug'
import { countries } from '../taxonomy'

/** Regions help centres and events are filed under, so the directory can be filtered by region. */
export const Regions: CollectionConfig = {
  slug: 'regions',
  labels: {
    singular: { ru: 'Регион', en: 'Region', bg: 'Регион', ar: 'منطقة' },
    plural: { ru: 'Регионы', en: 'Regions', bg: 'Региони', ar: 'المناطق' },
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'country', 'slug'] },
  access: publicContent,
  fields: withRoleAccess([
    {
      name: 'name',
      label: { ru: 'Название', en: 'Name', bg: 'Име', ar: 'الاسم' },
      type: 'text',
      required: true,
      localized: true,
    },
    slugField(),
    countryField(
      {
        ru: 'Страна, к которой относится регион.',
        en: 'Country of the region.',
        bg: 'Държавата, към която принадлежи регионът.',
        ar: 'البلد الذي تتبعه المنطقة.',
      },
      countries.filter((c) => c !== 'all'),
    ),
  ]),
}
