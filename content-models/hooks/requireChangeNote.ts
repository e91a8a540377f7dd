import type { CollectionBeforeChangeHook } from 'payload'

import { type AdminText, say } from '../i18n/adminText'
import { sourceLocale } from '../locales'
import { fieldLabel, fieldRefusal } from './refusals'
import { textChanged } from './textChanged'

const CHANGE_HISTORY: AdminText = {
  ru: 'История изменений',
  en: 'Change history',
  bg: 'История на промените',
  ar: 'سجل التغييرات',
}

const MINOR_CHANGE: AdminText = {
  ru: 'Незначительная правка',
  en: 'Minor change',
  bg: 'Незначителна промяна',
  ar: 'تعديل طفيف',
}

/** `{history}` and `{minor}` are those two fields' labels as the editor sees them. */
export const CHANGE_NOTE_NEEDED: AdminText = {
  ru: 'Вы меняете текст опубликованного оригинала. Добавьте запись в «{history}» — что изменилось для читателей — или отметьте «{minor}», если это опечатка или оформление.',
  en: 'You are changing the text of the published original. Add a row to "{history}" saying what changed for readers, or tick "{minor}" for a typo or formatting fix.',
  bg: 'Променяте текста на публикувания оригинал. Добавете ред в „{history}“ — какво се е променило за читателите — или отметнете „{minor}“, ако е печатна грешка или форматиране.',
  ar: 'أنت تغيّر نص الأصل المنشور. أضف سطرًا إلى «{history}» يوضّح ما تغيّر للقرّاء، أو ضع علامة على «{minor}» إذا كان تصحيحًا لخطأ مطبعي أو للتنسيق.',
}

/**
 * A major change to a published article must tell readers what changed, as
 * GOV.UK does: publishing new source-language text needs a new entry in the
 * public change history, unless the editor marks it a minor change.
 * The refusal is at the change history, in the editor's admin language: the
 * edit view shows an array field's own error above its rows.
 */
export const requireChangeNote =
  (textFields: readonly string[]): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, operation, req }) => {
    if (operation !== 'update' || req.locale !== sourceLocale || data._status !== 'published' || data.minorChange)
      return data
    if (!originalDoc?.id) return data
    // The draft may already hold the new text: compare with what readers see now.
    const published = await req.payload
      .findByID({
        collection: collection.slug as 'articles',
        id: originalDoc.id,
        locale: sourceLocale,
        fallbackLocale: false,
        draft: false,
        depth: 0,
        overrideAccess: true,
        req,
      })
      .catch(() => null)
    if (!published || published._status !== 'published') return data
    const current = published as unknown as Record<string, unknown>
    const changed = textChanged(textFields, data, current)
    const notesBefore = (current.changeHistory as unknown[] | null | undefined)?.length ?? 0
    const notesNow = (data.changeHistory as unknown[] | null | undefined)?.length ?? notesBefore
    if (!changed || notesNow > notesBefore) return data
    const history = fieldLabel(req, collection.flattenedFields, 'changeHistory', CHANGE_HISTORY)
    const minor = fieldLabel(req, collection.flattenedFields, 'minorChange', MINOR_CHANGE)
    throw fieldRefusal({
      req,
      collection: collection.slug,
      id: originalDoc.id,
      path: 'changeHistory',
      label: history,
      message: say(req, CHANGE_NOTE_NEEDED, { history, minor }),
    })
  }
