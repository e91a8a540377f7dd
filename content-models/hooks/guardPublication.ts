import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { roleUser } from '../access/content'
import { adminLanguageOf, type AdminText, say } from '../i18n/adminText'
import { sourceLocale } from '../locales'
import { isEditor, isLegalReviewer, mayEditLocale, mayPublishLocale, type RoleUser } from '../roles'
import { languageName, refusal } from './refusals'

/**
 * `{button}` is the admin's own "Publish in <language>" for the language on
 * screen: a translator's main button (cms/components/LanguagePublishButton.tsx),
 * an item of the publish button's menu for everyone else.
 */
export const PUBLISH_ALL_IS_FOR_EDITORS: AdminText = {
  ru: 'Публиковать все языки сразу могут только редакторы. Чтобы опубликовать только язык на экране, нажмите «{button}».',
  en: 'Only editors publish every language at once. To publish just the language on screen, choose "{button}".',
  bg: 'Само редакторите публикуват всички езици наведнъж. За да публикувате само езика на екрана, изберете „{button}“.',
  ar: 'لا ينشر جميع اللغات دفعة واحدة إلا المحررون. لنشر اللغة المعروضة فقط، اختر «{button}».',
}

export const UNPUBLISH_ALL_IS_FOR_EDITORS: AdminText = {
  ru: 'Снимать с публикации все языки сразу могут только редакторы — попросите об этом редактора.',
  en: 'Only editors unpublish every language at once; ask an editor to do it.',
  bg: 'Само редакторите свалят от публикация всички езици наведнъж — помолете редактор да го направи.',
  ar: 'لا يلغي نشر جميع اللغات دفعة واحدة إلا المحررون، فاطلب ذلك من أحد المحررين.',
}

export const RESTORE_IS_FOR_EDITORS: AdminText = {
  ru: 'Восстанавливать версию могут только редакторы — она заменяет сразу все языки и общие поля. Перенесите нужный текст из этой версии в свой язык и сохраните или попросите редактора её восстановить.',
  en: 'Only editors restore a version, as it replaces every language and the shared fields at once. Copy what you need from that version into your language and save, or ask an editor to restore it.',
  bg: 'Само редакторите възстановяват версия, защото тя заменя наведнъж всички езици и общите полета. Пренесете нужния текст от тази версия в своя език и запазете или помолете редактор да я възстанови.',
  ar: 'لا يستعيد الإصدارات إلا المحررون، لأن الاستعادة تستبدل جميع اللغات والحقول المشتركة دفعة واحدة. انسخ ما تحتاجه من ذلك الإصدار إلى لغتك واحفظه، أو اطلب من أحد المحررين استعادته.',
}

/** `{language}` is the original's language and `{languages}` the translator's own, by their own names. */
export const SOURCE_IS_FOR_EDITORS: AdminText = {
  ru: 'Оригинал ({language}) правят и публикуют редакторы. Вы можете править только языки {languages} — переключите документ на один из них.',
  en: 'Editors edit and publish the original ({language}). You may edit only {languages}; switch the document to one of those languages.',
  bg: 'Оригиналът ({language}) се редактира и публикува от редакторите. Можете да редактирате само {languages} — превключете документа на един от тези езици.',
  ar: 'يحرّر المحررون النص الأصلي ({language}) وينشرونه. يمكنك تحرير {languages} فقط، فانتقل بالمستند إلى إحدى هذه اللغات.',
}

export const NOT_YOUR_LANGUAGE: AdminText = {
  ru: 'Язык {language} вам не назначен. Вы можете править только языки {languages} — переключите документ на один из них.',
  en: '{language} is not one of your languages. You may edit only {languages}; switch the document to one of those languages.',
  bg: 'Езикът {language} не ви е възложен. Можете да редактирате само {languages} — превключете документа на един от тези езици.',
  ar: 'اللغة {language} ليست من لغاتك. يمكنك تحرير {languages} فقط، فانتقل بالمستند إلى إحدى هذه اللغات.',
}

export const NO_LANGUAGES: AdminText = {
  ru: 'Вам ещё не назначен ни один язык. Попросите администратора назначить языки, на которые вы переводите.',
  en: 'No languages are assigned to you yet. Ask an administrator to assign the languages you translate into.',
  bg: 'Все още нямате възложени езици. Помолете администратор да ви възложи езиците, на които превеждате.',
  ar: 'لم تُسند إليك أي لغة بعد. اطلب من المسؤول أن يسند إليك اللغات التي تترجم إليها.',
}

/** For a translator who may edit the original but not publish it. */
export const SOURCE_PUBLISHED_BY_EDITORS: AdminText = {
  ru: 'Оригинал ({language}) публикуют редакторы. Сохраните правки как черновик — редактор их опубликует.',
  en: 'Editors publish the original ({language}). Save your changes as a draft and an editor will publish them.',
  bg: 'Оригиналът ({language}) се публикува от редакторите. Запазете промените като чернова — редактор ще ги публикува.',
  ar: 'ينشر المحررون النص الأصلي ({language}). احفظ تعديلاتك كمسودة وسينشرها أحد المحررين.',
}

export const REVIEWERS_REVIEW_ARTICLES: AdminText = {
  ru: 'Юристы отмечают проверку только в статьях. Чтобы изменить этот документ, обратитесь к редактору.',
  en: 'Legal reviewers record reviews of articles only. Ask an editor to change this document.',
  bg: 'Юристите отбелязват проверка само в статиите. За промени в този документ се обърнете към редактор.',
  ar: 'يسجّل المراجعون القانونيون المراجعة في المقالات فقط. لتغيير هذا المستند، تواصل مع أحد المحررين.',
}

type Args = {
  id?: number | string
  data?: { _status?: unknown }
  publishAllLocales?: unknown
  unpublishAllLocales?: unknown
  publishSpecificLocale?: unknown
}

/** The admin's own label of its "Publish in <language>" menu item, in the request's admin language. */
function publishInButton(req: PayloadRequest, locale: string | undefined): string {
  const language = languageName(locale)
  const t = req.t as unknown as ((key: string, vars?: Record<string, unknown>) => string) | undefined
  const text = t?.('version:publishIn', { locale: language })
  return text && text !== 'version:publishIn' ? text : `${language}`
}

/** Why a translator may not save (or publish) this language, or undefined when they may. */
function translatorRefusal(req: PayloadRequest, user: RoleUser, locale: string | undefined, publishing: boolean) {
  const own = user.languages ?? []
  const languages = own.map(languageName).join(adminLanguageOf(req) === 'ar' ? '، ' : ', ')
  if (!mayEditLocale(user, locale)) {
    if (!own.length) return say(req, NO_LANGUAGES)
    return say(req, locale === sourceLocale ? SOURCE_IS_FOR_EDITORS : NOT_YOUR_LANGUAGE, {
      language: languageName(locale),
      languages,
    })
  }
  if (publishing && !mayPublishLocale(user, locale))
    return say(req, SOURCE_PUBLISHED_BY_EDITORS, { language: languageName(locale) })
  return undefined
}

/**
 * What only editors may do, refused before Payload's access check so the
 * refusal says why and what to do instead, in the admin language of whoever
 * asked (Payload's own 403 says only "You are not allowed to perform this
 * action"). The access rules (access/content.ts) still decide; this refuses
 * only what they would refuse, with a reason:
 * - "publish all languages" (and unpublish all): it would publish languages a
 *   translator may not touch, and access rules only see the language of the
 *   request;
 * - restoring a version: it replaces every language and every shared field at
 *   once (a translator's restore of an early version left title, body and slug
 *   empty in every language);
 * - a translator's save in a language not theirs, and their publication of the
 *   original, which editors publish; the language is the one Payload will
 *   write, which for a scheduled publication is the one scheduled;
 * - a legal reviewer's save where reviews are not recorded.
 */
export const guardPublication: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const user = roleUser(req.user)
  if (!user || isEditor(user)) return args
  if (operation === 'restoreVersion') throw refusal(say(req, RESTORE_IS_FOR_EDITORS))
  if (operation !== 'update' && operation !== 'create') return args
  const a = args as Args
  const locale = typeof a.publishSpecificLocale === 'string' ? a.publishSpecificLocale : req.locale
  if (operation === 'update' && user.role === 'translator') {
    const reason = translatorRefusal(req, user, locale ?? undefined, a.data?._status === 'published')
    if (reason) throw refusal(reason)
  }
  if (operation === 'update' && isLegalReviewer(user)) {
    const allowed = await collection.access?.update?.({ id: a.id, data: a.data, req } as never)
    if (!allowed) throw refusal(say(req, REVIEWERS_REVIEW_ARTICLES))
  }
  if (a.publishAllLocales)
    throw refusal(say(req, PUBLISH_ALL_IS_FOR_EDITORS, { button: publishInButton(req, locale ?? undefined) }))
  if (a.unpublishAllLocales) throw refusal(say(req, UNPUBLISH_ALL_IS_FOR_EDITORS))
  return args
}
