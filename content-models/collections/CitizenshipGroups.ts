import type { CollectionConfig } from 'payload'

import { publicContent } from '../access/publicContent'
import { withRoleAccess } from '../fields/roleAccess'
import { slugField } from '../fields/slug'
import { adminOptions, citizenshipLabels } from '../i18n/optionLabels'
import { citizenships } from '../taxonomy'

/**
 * Citizenships that share rules ("My situation", issue 15): `eaeu` (Armenia,
 * Belarus, Kazakhstan, Kyrgyzstan) needs no patent in Russia. A step names a
 * group instead of listing its members, so joining or leaving the group is
 * one edit. Editors keep the members; translators translate the name.
 */
export const CitizenshipGroups: CollectionConfig = {
  slug: 'citizenship-groups',
  labels: {
    singular: { ru: 'Группа гражданств', en: 'Citizenship group', bg: 'Група гражданства', ar: 'مجموعة جنسيات' },
    plural: { ru: 'Группы гражданств', en: 'Citizenship groups', bg: 'Групи гражданства', ar: 'مجموعات الجنسيات' },
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'members', 'updatedAt'] },
  access: publicContent,
  fields: withRoleAccess([
    {
      name: 'name',
      label: { ru: 'Название', en: 'Name', bg: 'Име', ar: 'الاسم' },
      type: 'text',
      required: true,
      localized: true,
      maxLength: 160,
    },
    slugField(),
    {
      name: 'members',
      label: { ru: 'Гражданства', en: 'Members', bg: 'Гражданства', ar: 'الجنسيات الأعضاء' },
      type: 'select',
      hasMany: true,
      required: true,
      options: adminOptions(citizenships, citizenshipLabels),
    },
  ]),
}
