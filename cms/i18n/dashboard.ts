/**
 * The editorial dashboard's words in each admin language, under Payload's
 * `custom` namespace (`i18n.t('custom:dashboard…')`). Payload translates its own
 * admin; these are ours. `{{…}}` are Payload's placeholders.
 */
const en = {
  dashboardTitle: 'Translations',
  dashboardTitleMine: 'Translations in your languages: {{languages}}',
  dashboardLanguage: 'Language',
  dashboardStateOutdated: 'outdated',
  dashboardStateMissing: 'missing',
  dashboardStateDraft: 'draft',
  dashboardStatePublished: 'published',
  dashboardExplainOutdated: 'the original ({{source}}) changed after the translation was last updated',
  dashboardExplainMissing: 'no text in that language yet',
  dashboardExplainDraft: 'saved but never published',
  dashboardTodo: 'To do in {{language}}: {{count}}',
  dashboardOutdatedSince: 'translation of {{translated}}, original changed {{changed}}',
  dashboardOverdue: 'Legal review overdue',
  dashboardReviewDue: 'review was due {{date}}',
  dashboardLastReviewed: 'last reviewed {{date}}',
  dashboardNeverReviewed: 'never reviewed',
  dashboardMatrix: 'Every document in every language',
  dashboardDocument: 'Document',
  dashboardLive: 'live on the site',
  dashboardNotNeeded: 'not needed in this language',
  dashboardChangedSinceReview: 'Text changed since the legal review',
  dashboardChangedIn: 'reviewed {{date}}, changed since in: {{languages}}',
}

export type DashboardKey = keyof typeof en

const ru: Record<DashboardKey, string> = {
  dashboardTitle: 'Переводы',
  dashboardTitleMine: 'Переводы на ваши языки: {{languages}}',
  dashboardLanguage: 'Язык',
  dashboardStateOutdated: 'устарел',
  dashboardStateMissing: 'нет перевода',
  dashboardStateDraft: 'черновик',
  dashboardStatePublished: 'опубликован',
  dashboardExplainOutdated: 'оригинал ({{source}}) изменился после последнего обновления перевода',
  dashboardExplainMissing: 'текста на этом языке ещё нет',
  dashboardExplainDraft: 'сохранён, но ни разу не опубликован',
  dashboardTodo: 'Сделать ({{language}}): {{count}}',
  dashboardOutdatedSince: 'перевод от {{translated}}, оригинал изменён {{changed}}',
  dashboardOverdue: 'Просрочена юридическая проверка',
  dashboardReviewDue: 'проверка была нужна до {{date}}',
  dashboardLastReviewed: 'последняя проверка {{date}}',
  dashboardNeverReviewed: 'ещё не проверялась',
  dashboardMatrix: 'Все документы на всех языках',
  dashboardDocument: 'Документ',
  dashboardLive: 'на сайте',
  dashboardNotNeeded: 'на этом языке не нужен',
  dashboardChangedSinceReview: 'Текст изменён после юридической проверки',
  dashboardChangedIn: 'проверено {{date}}, с тех пор изменено: {{languages}}',
}

const bg: Record<DashboardKey, string> = {
  dashboardTitle: 'Преводи',
  dashboardTitleMine: 'Преводи на вашите езици: {{languages}}',
  dashboardLanguage: 'Език',
  dashboardStateOutdated: 'остарял',
  dashboardStateMissing: 'липсва',
  dashboardStateDraft: 'чернова',
  dashboardStatePublished: 'публикуван',
  dashboardExplainOutdated: 'оригиналът ({{source}}) е променен след последното обновяване на превода',
  dashboardExplainMissing: 'все още няма текст на този език',
  dashboardExplainDraft: 'запазен, но никога не е публикуван',
  dashboardTodo: 'За вършене ({{language}}): {{count}}',
  dashboardOutdatedSince: 'превод от {{translated}}, оригиналът е променен на {{changed}}',
  dashboardOverdue: 'Просрочена юридическа проверка',
  dashboardReviewDue: 'проверката трябваше да е до {{date}}',
  dashboardLastReviewed: 'последна проверка {{date}}',
  dashboardNeverReviewed: 'не е проверявана',
  dashboardMatrix: 'Всички документи на всички езици',
  dashboardDocument: 'Документ',
  dashboardLive: 'на сайта',
  dashboardNotNeeded: 'не е нужен на този език',
  dashboardChangedSinceReview: 'Текстът е променен след юридическата проверка',
  dashboardChangedIn: 'проверено на {{date}}, оттогава променено: {{languages}}',
}

const ar: Record<DashboardKey, string> = {
  dashboardTitle: 'الترجمات',
  dashboardTitleMine: 'الترجمات إلى لغاتك: {{languages}}',
  dashboardLanguage: 'اللغة',
  dashboardStateOutdated: 'قديمة',
  dashboardStateMissing: 'غير موجودة',
  dashboardStateDraft: 'مسودة',
  dashboardStatePublished: 'منشورة',
  dashboardExplainOutdated: 'تغيّر الأصل ({{source}}) بعد آخر تحديث للترجمة',
  dashboardExplainMissing: 'لا يوجد نص بهذه اللغة بعد',
  dashboardExplainDraft: 'محفوظة ولكن لم تُنشر قط',
  dashboardTodo: 'المطلوب ({{language}}): {{count}}',
  dashboardOutdatedSince: 'ترجمة بتاريخ {{translated}}، وتغيّر الأصل بتاريخ {{changed}}',
  dashboardOverdue: 'مراجعة قانونية متأخرة',
  dashboardReviewDue: 'كان موعد المراجعة {{date}}',
  dashboardLastReviewed: 'آخر مراجعة {{date}}',
  dashboardNeverReviewed: 'لم تُراجع قط',
  dashboardMatrix: 'كل المستندات بكل اللغات',
  dashboardDocument: 'المستند',
  dashboardLive: 'منشورة على الموقع',
  dashboardNotNeeded: 'غير مطلوب بهذه اللغة',
  dashboardChangedSinceReview: 'نص تغيّر بعد المراجعة القانونية',
  dashboardChangedIn: 'رُوجع في {{date}}، وتغيّر بعدها في: {{languages}}',
}

/** This view's words in each admin language (cms/i18n/index.ts gives them to Payload). */
export const dashboardTranslations = { en, ru, bg, ar }
