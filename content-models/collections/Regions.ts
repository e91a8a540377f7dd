import type { CollectionConfig } from 'payload'

import { publicContent } from '../access/publicContent'
import { countryField } from '../fields/common'
import { withRoleAccess } from '../fields/roleAccess'
import { slugField } from '../fields/slug'
import { countries } from '../taxonomy'

/** Regions help centres and events are filed under, so the directory can be filtered by region. */
export const Regions: CollectionConfig = {
  slug: 'regions',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'country', 'slug'] },
  access: publicContent,
  fields: withRoleAccess([
    { name: 'name', type: 'text', required: true, localized: true },
    slugField(),
    countryField(
      'Country of the region.',
      countries.filter((c) => c !== 'all'),
    ),
  ]),
}
