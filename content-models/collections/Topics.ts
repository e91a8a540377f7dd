import type { CollectionConfig } from 'payload'

import { publicContent } from '../access/publicContent'
import { withRoleAccess } from '../fields/roleAccess'
import { slugField } from '../fields/slug'

export const Topics: CollectionConfig = {
  slug: 'topics',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'updatedAt'],
  },
  access: publicContent,
  fields: withRoleAccess([
    { name: 'title', type: 'text', required: true, localized: true },
    slugField(),
    {
      name: 'description',
      type: 'textarea',
      localized: true,
    },
  ]),
}
