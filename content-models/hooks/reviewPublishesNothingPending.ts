import type { CollectionBeforeChangeHook } from 'payload'

import { roleUser } from '../access/content'
import { type AdminText, say } from '../i18n/adminText'
import { isLegalReviewer } from '../roles'
import { fieldLabel, fieldRefusal, languageName } from './refusals'

const REVIEWED_AT: AdminText = {
  ru: 'Последняя проверка юристом',
  en: 'Last reviewed by a lawyer',
  bg: 'Последна проверка от юрист',
  ar: 'آخر مراجعة من محامٍ',
}

/** `{language}` is the content language being saved, by its own name. */
export const REVIEW_WOULD_PUBLISH_DRAFT: AdminText = {
  ru: 'В версии «{language}» есть неопубликованные правки. Отметьте проверку после того, как редактор опубликует или отменит их, — иначе вместе с отметкой опубликуется текст, который никто не утверждал.',
  en: 'The {language} version has unpublished changes. Mark it reviewed after an editor has published or discarded them, so the review does not publish text nobody approved.',
  bg: 'Версията „{language}“ има непубликувани промени. Отбележете проверката, след като редактор ги публикува или отхвърли, за да не публикува проверката текст, който никой не е одобрил.',
  ar: 'في نسخة «{language}» تغييرات غير منشورة. سجّل المراجعة بعد أن ينشرها أحد المحررين أو يتجاهلها، حتى لا تنشر المراجعة نصًا لم يوافق عليه أحد.',
}

/**
 * A legal reviewer's save publishes whatever the language's latest version
 * holds. When an editor or translator has unpublished changes there, that
 * would put text nobody approved online: the save is refused, and the review
 * date says why and what to do, in the reviewer's admin language. (A hook, not
 * access: the admin asks access while the form is being filled in, where a
 * refusal must not throw.)
 */
export const reviewPublishesNothingPending: CollectionBeforeChangeHook = ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || data._status !== 'published' || !isLegalReviewer(roleUser(req.user))) return data
  if (originalDoc?._status === 'published') return data
  throw fieldRefusal({
    req,
    collection: collection.slug,
    id: originalDoc?.id,
    path: 'reviewedAt',
    label: fieldLabel(req, collection.flattenedFields, 'reviewedAt', REVIEWED_AT),
    message: say(req, REVIEW_WOULD_PUBLISH_DRAFT, { language: languageName(req.locale) }),
  })
}
