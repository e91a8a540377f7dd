import type { CollectionSlug, PayloadRequest, TextField } from 'payload'

import { adminLanguageOf, type AdminText, say } from '../i18n/adminText'
import { sourceLocale } from '../locales'

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const SLUG_FORMAT: AdminText = {
  ru: 'Только строчные латинские буквы, цифры и одиночные дефисы, например work-patent.',
  en: 'Use lowercase latin letters, digits and single hyphens (e.g. work-patent).',
  bg: 'Използвайте само малки латински букви, цифри и единични тирета, например work-patent.',
  ar: 'استخدم أحرفًا لاتينية صغيرة وأرقامًا وشرطات مفردة فقط، مثل work-patent.',
}

/** `{value}` is the address asked for, `{what}` names the document holding it (`TAKEN_BY`), `{title}` is its title. */
const SLUG_TAKEN: Record<'slug' | 'key', AdminText> = {
  slug: {
    ru: 'Адрес «{value}» уже занят {what} «{title}». Выберите другой адрес.',
    en: 'The address "{value}" is already used by {what} "{title}". Choose another address.',
    bg: 'Адресът „{value}“ вече се използва от {what} „{title}“. Изберете друг адрес.',
    ar: 'العنوان «{value}» مستخدم بالفعل في {what} «{title}». اختر عنوانًا آخر.',
  },
  key: {
    ru: 'Ключ «{value}» уже занят {what} «{title}». Выберите другой ключ.',
    en: 'The key "{value}" is already used by {what} "{title}". Choose another key.',
    bg: 'Ключът „{value}“ вече се използва от {what} „{title}“. Изберете друг ключ.',
    ar: 'المفتاح «{value}» مستخدم بالفعل في {what} «{title}». اختر مفتاحًا آخر.',
  },
}

const TAKEN_BY: Record<string, AdminText> = {
  articles: { ru: 'статьёй', en: 'the article', bg: 'статията', ar: 'المقالة' },
  events: { ru: 'мероприятием', en: 'the event', bg: 'събитието', ar: 'الفعالية' },
  'help-centres': { ru: 'центром помощи', en: 'the help centre', bg: 'центъра за помощ', ar: 'مركز المساعدة' },
  topics: { ru: 'темой', en: 'the topic', bg: 'темата', ar: 'الموضوع' },
  regions: { ru: 'регионом', en: 'the region', bg: 'региона', ar: 'المنطقة' },
  'glossary-terms': { ru: 'термином глоссария', en: 'the glossary term', bg: 'термина от речника', ar: 'مصطلح المسرد' },
}
const TAKEN_BY_OTHER: AdminText = { ru: 'документом', en: 'the document', bg: 'документа', ar: 'المستند' }

interface SlugCheck {
  req?: PayloadRequest
  id?: number | string
  collectionSlug?: string
}

/**
 * The document of the same collection already at `value`, named by its title
 * in the language being edited (else the original's), or undefined. Read from
 * the documents' own table, which the unique index covers, with no hooks.
 */
async function holderOf(name: string, value: string, { req, id, collectionSlug }: SlugCheck) {
  const collection = collectionSlug && req?.payload?.collections?.[collectionSlug as CollectionSlug]?.config
  if (!req || !collection) return undefined
  const where = { and: [{ [name]: { equals: value } }, ...(id != null ? [{ id: { not_equals: id } }] : [])] }
  const doc = (await req.payload.db.findOne({ collection: collection.slug, where, locale: 'all', req })) as Record<
    string,
    unknown
  > | null
  if (!doc) return undefined
  const titleField = collection.admin?.useAsTitle ?? name
  const title = doc[titleField]
  const titles = title && typeof title === 'object' ? (title as Record<string, unknown>) : { [sourceLocale]: title }
  const named = [req.locale, sourceLocale, ...Object.keys(titles)].map((l) => (l ? titles[l] : undefined))
  return String(named.find((t) => typeof t === 'string' && t) ?? doc[name] ?? value)
}

/**
 * The slug's format, then that no other document of the collection has it,
 * both in the editor's admin language. The database's unique index would
 * refuse a duplicate anyway, but with a bare "Value must be unique"; this says
 * which document has the address. Only for people's saves (with a user):
 * trusted server code such as the importer checks its slugs itself.
 */
const validateSlug =
  (name: string) =>
  async (value: unknown, options: SlugCheck = {}): Promise<true | string> => {
    const { req } = options
    if (typeof value !== 'string' || !SLUG_PATTERN.test(value)) return say(req, SLUG_FORMAT)
    if (!req?.user) return true
    const title = await holderOf(name, value, options)
    if (title === undefined) return true
    const what = TAKEN_BY[options.collectionSlug ?? ''] ?? TAKEN_BY_OTHER
    return say(req, SLUG_TAKEN[name === 'key' ? 'key' : 'slug'], {
      value,
      what: what[adminLanguageOf(req)],
      title,
    })
  }

/**
 * A URL slug shared by all languages: lowercase ASCII words joined by hyphens,
 * so an article keeps one address across every locale.
 */
export function slugField(overrides: Partial<TextField> = {}): TextField {
  const name = overrides.name ?? 'slug'
  return {
    name: 'slug',
    label: { ru: 'Адрес страницы', en: 'Slug', bg: 'Адрес на страницата', ar: 'اسم الصفحة في الرابط' },
    type: 'text',
    required: true,
    unique: true,
    index: true,
    localized: false,
    admin: {
      position: 'sidebar',
      description: {
        ru: 'Строчные латинские буквы, цифры и дефисы; один для всех языков.',
        en: 'Lowercase latin letters, digits and hyphens; the same in every language.',
        bg: 'Малки латински букви, цифри и тирета; един и същ за всички езици.',
        ar: 'أحرف لاتينية صغيرة وأرقام وشرطات، وهو نفسه في كل اللغات.',
      },
    },
    validate: validateSlug(name),
    ...overrides,
  } as TextField
}
