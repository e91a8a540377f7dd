import { type FeatureProviderServer, lexicalEditor, LinkFeature } from '@payloadcms/richtext-lexical'
import type { Block, CollectionSlug, PayloadRequest } from 'payload'

import { type AdminText, say } from '../i18n/adminText'
import { adminOptions, citizenshipLabels } from '../i18n/optionLabels'
import { purposeLabels } from '../i18n/situationLabels'
import { purposes } from '../rules/situation/types'
import { withPlainTextRules } from '../fields/plainTextRules'
import { SLUG_PATTERN } from '../fields/slug'
import { citizenships } from '../taxonomy'
import { VARIANT_BLOCK } from './variantFields'

/**
 * The editor's features for text the site shows: the defaults without uploads
 * or embedded relationships (the site has nowhere to show them), and links that
 * may point at articles, which the build turns into URLs. The body editor adds
 * the blocks (cms/payload.config.ts); a variant's own text takes these only,
 * so variants do not nest.
 */
export const textFeatures = ({ defaultFeatures }: { defaultFeatures: FeatureProviderServer[] }) => [
  ...defaultFeatures.filter((f) => !['relationship', 'upload', 'link'].includes(f.key)),
  LinkFeature({ enabledCollections: ['articles'] }),
]

/** Where citizenship groups are kept (CitizenshipGroups.ts); named, not imported, so this block does not need the collection to exist. */
const GROUPS_COLLECTION = 'citizenship-groups'

const GROUP_SLUG: AdminText = {
  ru: '«{value}» — не ключ группы: строчные латинские буквы, цифры и дефисы, например eaeu.',
  en: '"{value}" is not a group key: lowercase latin letters, digits and hyphens, e.g. eaeu.',
  bg: '„{value}“ не е ключ на група: малки латински букви, цифри и тирета, например eaeu.',
  ar: '«{value}» ليس مفتاح مجموعة: أحرف لاتينية صغيرة وأرقام وشرطات، مثل eaeu.',
}
const GROUP_UNKNOWN: AdminText = {
  ru: 'Нет группы гражданств «{value}».',
  en: 'There is no citizenship group "{value}".',
  bg: 'Няма група гражданства „{value}“.',
  ar: 'لا توجد مجموعة جنسيات «{value}».',
}
const NO_AUDIENCE: AdminText = {
  ru: 'Укажите, для кого этот вариант: группы, гражданства или цели приезда.',
  en: 'Say who this variant is for: groups, citizenships or purposes.',
  bg: 'Посочете за кого е този вариант: групи, гражданства или цели.',
  ar: 'حدّد لمن هذا الخيار: المجموعات أو الجنسيات أو أغراض القدوم.',
}

type Validation = { req: PayloadRequest; siblingData?: Record<string, unknown> }
const listed = (value: unknown) => (Array.isArray(value) ? value.length : 0)

/**
 * Group keys are checked against the groups collection when the CMS has one;
 * the importer checks the syntax with the line (scripts/content/variant-markdown.ts).
 */
async function validateGroups(value: unknown, { req, siblingData }: Validation): Promise<string | true> {
  const groups = Array.isArray(value) ? (value as unknown[]).map(String) : []
  if (!groups.length && !listed(siblingData?.citizenships) && !listed(siblingData?.purposes))
    return say(req, NO_AUDIENCE)
  const bad = groups.find((g) => !SLUG_PATTERN.test(g))
  if (bad !== undefined) return say(req, GROUP_SLUG, { value: bad })
  if (!groups.length || !req?.payload?.collections?.[GROUPS_COLLECTION]) return true
  const found = await req.payload.find({
    collection: GROUPS_COLLECTION as CollectionSlug,
    where: { slug: { in: groups } },
    depth: 0,
    limit: groups.length,
    pagination: false,
    req,
  })
  const known = new Set(found.docs.map((d) => String((d as { slug?: unknown }).slug)))
  const unknown = groups.find((g) => !known.has(g))
  return unknown === undefined ? true : say(req, GROUP_UNKNOWN, { value: unknown })
}

/**
 * A part of an article for some readers only ("If you are a citizen of an
 * EAEU country"). The site shows every variant open, under its label; a
 * reader who saved their situation sees theirs open and the others folded.
 */
export const Variant: Block = {
  slug: VARIANT_BLOCK,
  interfaceName: 'VariantBlock',
  labels: {
    singular: {
      ru: 'Вариант для части читателей',
      en: 'Variant for some readers',
      bg: 'Вариант за част от читателите',
      ar: 'خيار لبعض القرّاء',
    },
    plural: {
      ru: 'Варианты для части читателей',
      en: 'Variants for some readers',
      bg: 'Варианти за част от читателите',
      ar: 'خيارات لبعض القرّاء',
    },
  },
  // The label is one line, refused with the importer's rule when it holds a line break or a bidi control.
  fields: withPlainTextRules([
    {
      name: 'label',
      type: 'text',
      required: true,
      maxLength: 160,
      label: { ru: 'Заголовок', en: 'Heading', bg: 'Заглавие', ar: 'العنوان' },
      admin: {
        description: {
          ru: 'Что видят читатели, например «Если вы гражданин страны ЕАЭС».',
          en: 'What readers see, e.g. "If you are a citizen of an EAEU country".',
          bg: 'Какво виждат читателите, например „Ако сте гражданин на държава от ЕАЕС“.',
          ar: 'ما يراه القرّاء، مثل «إذا كنت مواطنًا في دولة من الاتحاد الاقتصادي الأوراسي».',
        },
      },
    },
    {
      name: 'audience',
      type: 'group',
      label: { ru: 'Для кого', en: 'Who it is for', bg: 'За кого', ar: 'لمن' },
      admin: {
        description: {
          ru: 'Читатель, сохранивший свою ситуацию, увидит этот вариант открытым, если подходит по группе или гражданству и по цели приезда. Пустой список не ограничивает.',
          en: 'A reader who saved their situation sees this variant open when their group or citizenship and their purpose match. An empty list does not restrict.',
          bg: 'Читател, запазил ситуацията си, вижда този вариант отворен, ако групата или гражданството и целта му съвпадат. Празен списък не ограничава.',
          ar: 'يرى القارئ الذي حفظ وضعه هذا الخيار مفتوحًا إذا طابقت مجموعته أو جنسيته وغرض قدومه. القائمة الفارغة لا تقيّد.',
        },
      },
      fields: [
        {
          name: 'groups',
          type: 'text',
          hasMany: true,
          label: { ru: 'Группы гражданств', en: 'Citizenship groups', bg: 'Групи гражданства', ar: 'مجموعات الجنسيات' },
          admin: {
            description: {
              ru: 'Ключи групп, например eaeu или patent-countries.',
              en: 'Group keys, e.g. eaeu or patent-countries.',
              bg: 'Ключове на групи, например eaeu или patent-countries.',
              ar: 'مفاتيح المجموعات، مثل eaeu أو patent-countries.',
            },
          },
          validate: validateGroups as never,
        },
        {
          name: 'citizenships',
          type: 'select',
          hasMany: true,
          label: { ru: 'Гражданства', en: 'Citizenships', bg: 'Гражданства', ar: 'الجنسيات' },
          options: adminOptions(citizenships, citizenshipLabels),
        },
        {
          name: 'purposes',
          type: 'select',
          hasMany: true,
          label: { ru: 'Цели приезда', en: 'Purposes of stay', bg: 'Цели на престоя', ar: 'أغراض الإقامة' },
          options: adminOptions(purposes, purposeLabels),
        },
      ],
    },
    {
      name: 'content',
      type: 'richText',
      required: true,
      label: { ru: 'Текст варианта', en: 'Variant text', bg: 'Текст на варианта', ar: 'نص الخيار' },
      editor: lexicalEditor({ features: textFeatures }),
    },
  ]),
}
