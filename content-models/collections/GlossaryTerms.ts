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
  labels: {
    singular: { ru: 'Термин глоссария', en: 'Glossary term', bg: 'Термин от речника', ar: 'مصطلح' },
    plural: { ru: 'Глоссарий', en: 'Glossary', bg: 'Речник', ar: 'مسرد المصطلحات' },
  },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['key', 'terms', 'updatedAt'],
    description: {
      ru: 'Слова для поиска: как одно понятие называют на каждом языке — сначала стандартный термин, затем разговорные слова и сокращения.',
      en: 'Search equivalents: the words for one concept in each language, standard term first, then colloquial words and abbreviations.',
      bg: 'Думи за търсене: как се нарича едно понятие на всеки език — първо стандартният термин, после разговорните думи и съкращенията.',
      ar: 'مرادفات للبحث: الكلمات الدالة على مفهوم واحد في كل لغة، المصطلح المعتمد أولًا ثم الكلمات العامية والاختصارات.',
    },
  },
  access: publicContent,
  fields: withRoleAccess([
    slugField({
      name: 'key',
      label: { ru: 'Ключ', en: 'Key', bg: 'Ключ', ar: 'المفتاح' },
      admin: {
        position: 'sidebar',
        description: {
          ru: 'Имя понятия латиницей, например migration-card.',
          en: 'A name for the concept, e.g. migration-card.',
          bg: 'Име на понятието на латиница, напр. migration-card.',
          ar: 'اسم المفهوم بأحرف لاتينية، مثل migration-card.',
        },
      },
    }),
    {
      name: 'terms',
      label: { ru: 'Слова', en: 'Terms', bg: 'Думи', ar: 'الكلمات' },
      type: 'text',
      hasMany: true,
      localized: true,
      admin: {
        description: {
          ru: 'Сначала стандартный термин, затем разговорные слова, сокращения, другие написания.',
          en: 'Standard term first, then colloquial words, abbreviations, other spellings.',
          bg: 'Първо стандартният термин, после разговорни думи, съкращения, други изписвания.',
          ar: 'المصطلح المعتمد أولًا، ثم الكلمات العامية والاختصارات والتهجئات الأخرى.',
        },
      },
    },
  ]),
}
