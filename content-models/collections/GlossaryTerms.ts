import type { CollectionConfig } from 'payload'

import { publicContent } from '../access/publicContent'
import { withRoleAccess } from '../fields/roleAccess'
import { slugField } from '../fields/slug'

/**
 * One concept migrants search for (a migration card, a work patent…) with the
 * words for it in every language, colloquial ones and abbreviations included.
 * When an article uses any of them, all of them are added to its search index,
 * so «миграционка», «РВП» or the Russian word on a Tajik page still find it.
 */
export const GlossaryTerms: CollectionConfig = {
  slug: 'glossary-terms',
  labels: { singular: 'Glossary term', plural: 'Glossary' },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['key', 'terms', 'updatedAt'],
    description:
      'Search equivalents: the words for one concept in each language, standard term first, then colloquial words and abbreviations.',
  },
  access: publicContent,
  fields: withRoleAccess([
    slugField({
      name: 'key',
      admin: { position: 'sidebar', description: 'A name for the concept, e.g. migration-card.' },
    }),
    {
      name: 'terms',
      type: 'text',
      hasMany: true,
      localized: true,
      admin: { description: 'Standard term first, then colloquial words, abbreviations, other spellings.' },
    },
  ]),
}
