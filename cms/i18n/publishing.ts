/**
 * The words of the translator's publish button and of the notice on a language
 * they may not change, in each admin language, under Payload's `custom`
 * namespace (`t('custom:publishing…')`). `{{…}}` are Payload's placeholders;
 * `{{language}}` is a content language's own name (content-models/locales.ts).
 */
const en = {
  publishingSourceReadOnly: 'This is the original text ({{language}}). Only editors change it.',
  publishingOtherReadOnly:
    'This is the {{language}} translation, not one of your languages. Only editors and its translators change it.',
  publishingSourceNoPublish: 'You may edit the original ({{language}}), but only editors publish it.',
  publishingYourTranslations: 'Your translations of this document:',
  publishingTranslateInto: 'Translate into {{language}}',
  publishingNoLanguages: 'No languages are assigned to you yet: ask an editor.',
  publishingOnlyEditors: 'Only editors publish the original ({{language}}).',
}

export type PublishingKey = keyof typeof en

const ru: Record<PublishingKey, string> = {
  publishingSourceReadOnly: 'Это оригинал ({{language}}). Его меняют только редакторы.',
  publishingOtherReadOnly:
    'Это перевод ({{language}}), и это не ваш язык. Его меняют только редакторы и переводчики этого языка.',
  publishingSourceNoPublish: 'Вы можете править оригинал ({{language}}), но публикуют его только редакторы.',
  publishingYourTranslations: 'Ваши переводы этого документа:',
  publishingTranslateInto: 'Перевести на {{language}}',
  publishingNoLanguages: 'Вам ещё не назначены языки: обратитесь к редактору.',
  publishingOnlyEditors: 'Оригинал ({{language}}) публикуют только редакторы.',
}

const bg: Record<PublishingKey, string> = {
  publishingSourceReadOnly: 'Това е оригиналът ({{language}}). Променят го само редакторите.',
  publishingOtherReadOnly:
    'Това е преводът ({{language}}) и този език не е ваш. Променят го само редакторите и преводачите на този език.',
  publishingSourceNoPublish: 'Можете да редактирате оригинала ({{language}}), но го публикуват само редакторите.',
  publishingYourTranslations: 'Вашите преводи на този документ:',
  publishingTranslateInto: 'Преведете на {{language}}',
  publishingNoLanguages: 'Все още нямате назначени езици: обърнете се към редактор.',
  publishingOnlyEditors: 'Оригиналът ({{language}}) се публикува само от редакторите.',
}

const ar: Record<PublishingKey, string> = {
  publishingSourceReadOnly: 'هذا هو النص الأصلي ({{language}}). لا يغيّره إلا المحررون.',
  publishingOtherReadOnly:
    'هذه هي الترجمة ({{language}})، وهي ليست من لغاتك. لا يغيّرها إلا المحررون ومترجمو هذه اللغة.',
  publishingSourceNoPublish: 'يمكنك تعديل النص الأصلي ({{language}})، لكن لا ينشره إلا المحررون.',
  publishingYourTranslations: 'ترجماتك لهذا المستند:',
  publishingTranslateInto: 'الترجمة إلى {{language}}',
  publishingNoLanguages: 'لم تُسند إليك أي لغة بعد: تواصل مع أحد المحررين.',
  publishingOnlyEditors: 'لا ينشر النص الأصلي ({{language}}) إلا المحررون.',
}

/** This view's words in each admin language (cms/i18n/index.ts gives them to Payload). */
export const publishingTranslations = { en, ru, bg, ar }
