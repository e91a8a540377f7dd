import type { CollectionBeforeChangeHook, Field } from 'payload'

import { roleUser } from '../access/content'
import { localeCodes, locales } from '../locales'
import { isEditor } from '../roles'
import { documentLanguages } from '../rules/documentLanguages'

/**
 * Which languages this document should exist in (rules/documentLanguages.ts).
 * Filled from the country when an editor leaves it empty; editors change it.
 */
export const targetLanguagesField: Field = {
  name: 'targetLanguages',
  type: 'select',
  hasMany: true,
  label: {
    ru: 'Нужен на языках',
    en: 'Needed in languages',
    bg: 'Нужен на езици',
    ar: 'اللغات المطلوبة',
  },
  options: localeCodes.map((value) => {
    const name = locales.find((l) => l.code === value)!.label
    return { value, label: { ru: name, en: name, bg: name, ar: name } }
  }),
  admin: {
    position: 'sidebar',
    description: {
      ru: 'Только эти языки попадают в списки переводчиков и в «ещё не переведено» на сайте. Пусто — языки страны: Россия — ru, uz, tg, ky, en; Болгария — bg, ar, en, ru.',
      en: 'Only these languages appear in translators’ to-do lists and in “not yet translated” on the site. Empty: the country’s languages (Russia: ru, uz, tg, ky, en; Bulgaria: bg, ar, en, ru).',
      bg: 'Само тези езици влизат в списъците на преводачите и в „още не е преведено“ на сайта. Празно — езиците на страната: Русия — ru, uz, tg, ky, en; България — bg, ar, en, ru.',
      ar: 'تظهر هذه اللغات وحدها في قوائم مهام المترجمين وفي «لم تُترجم بعد» على الموقع. إذا تُرك فارغًا: لغات البلد (روسيا: ru وuz وtg وky وen؛ بلغاريا: bg وar وen وru).',
    },
  },
}

/**
 * An editor's save (or an import) that leaves the languages empty gets the
 * country's, so the document says which languages it needs. A translator's
 * save leaves this shared field as it is.
 */
export const fillTargetLanguages: CollectionBeforeChangeHook = ({ data, req }) => {
  const user = roleUser(req.user)
  if (user && !isEditor(user)) return data
  const chosen = data.targetLanguages as unknown[] | null | undefined
  if (Array.isArray(chosen) && chosen.length) return data
  if (data.country === undefined) return data
  return { ...data, targetLanguages: documentLanguages({ country: data.country }) }
}
