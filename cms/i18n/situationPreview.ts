/**
 * The words of the "My situation" preview above the steps list, in each admin
 * language, under Payload's `custom` namespace (`t('custom:situationPreview…')`).
 * `{{…}}` are Payload's placeholders. Countries, citizenships, purposes and
 * dates are named by content-models/i18n (optionLabels, situationLabels).
 */
const en = {
  situationPreviewTitle: 'Try the rules',
  situationPreviewIntro:
    'Pick a situation to see the steps a reader would get, with their days. Drafts count too, so check before publishing.',
  situationPreviewHost: 'Host country',
  situationPreviewCitizenship: 'Citizenship',
  situationPreviewPurpose: 'Purpose',
  situationPreviewToday: 'Today',
  situationPreviewDateOf: 'Date of {{date}}',
  situationPreviewShow: 'Show the steps',
  situationPreviewLoading: 'Loading the steps…',
  situationPreviewFailed: 'The steps could not be loaded: {{error}}',
  situationPreviewNone: 'No step applies to this situation.',
  situationPreviewStep: 'Step',
  situationPreviewDue: 'By',
  situationPreviewNeeds: 'needs the date of {{date}}',
  situationPreviewDraft: 'draft',
  situationPreviewCalendarMissing: 'no holiday calendar for a year it crosses: the day may be off',
}

export type SituationPreviewKey = keyof typeof en

const ru: Record<SituationPreviewKey, string> = {
  situationPreviewTitle: 'Проверить правила',
  situationPreviewIntro:
    'Выберите ситуацию, чтобы увидеть шаги, которые получит читатель, и их сроки. Черновики тоже учитываются: проверьте перед публикацией.',
  situationPreviewHost: 'Страна пребывания',
  situationPreviewCitizenship: 'Гражданство',
  situationPreviewPurpose: 'Цель',
  situationPreviewToday: 'Сегодня',
  situationPreviewDateOf: 'Дата {{date}}',
  situationPreviewShow: 'Показать шаги',
  situationPreviewLoading: 'Загружаем шаги…',
  situationPreviewFailed: 'Не удалось загрузить шаги: {{error}}',
  situationPreviewNone: 'К этой ситуации не относится ни один шаг.',
  situationPreviewStep: 'Шаг',
  situationPreviewDue: 'Срок',
  situationPreviewNeeds: 'нужна дата {{date}}',
  situationPreviewDraft: 'черновик',
  situationPreviewCalendarMissing: 'нет календаря праздников на один из годов: дата может быть неточной',
}

const bg: Record<SituationPreviewKey, string> = {
  situationPreviewTitle: 'Проверка на правилата',
  situationPreviewIntro:
    'Изберете ситуация, за да видите стъпките, които читателят ще получи, и сроковете им. Черновите също се броят: проверете преди публикуване.',
  situationPreviewHost: 'Държава на пребиваване',
  situationPreviewCitizenship: 'Гражданство',
  situationPreviewPurpose: 'Цел',
  situationPreviewToday: 'Днес',
  situationPreviewDateOf: 'Дата на {{date}}',
  situationPreviewShow: 'Покажи стъпките',
  situationPreviewLoading: 'Стъпките се зареждат…',
  situationPreviewFailed: 'Стъпките не можаха да се заредят: {{error}}',
  situationPreviewNone: 'Нито една стъпка не се отнася до тази ситуация.',
  situationPreviewStep: 'Стъпка',
  situationPreviewDue: 'Срок',
  situationPreviewNeeds: 'нужна е датата на {{date}}',
  situationPreviewDraft: 'чернова',
  situationPreviewCalendarMissing: 'няма календар на празниците за една от годините: датата може да е неточна',
}

const ar: Record<SituationPreviewKey, string> = {
  situationPreviewTitle: 'جرّب القواعد',
  situationPreviewIntro:
    'اختر حالة لترى الخطوات التي سيحصل عليها القارئ ومواعيدها. تُحتسب المسودات أيضًا، فتحقّق قبل النشر.',
  situationPreviewHost: 'بلد الإقامة',
  situationPreviewCitizenship: 'الجنسية',
  situationPreviewPurpose: 'الغرض',
  situationPreviewToday: 'اليوم',
  situationPreviewDateOf: 'تاريخ {{date}}',
  situationPreviewShow: 'اعرض الخطوات',
  situationPreviewLoading: 'جارٍ تحميل الخطوات…',
  situationPreviewFailed: 'تعذّر تحميل الخطوات: {{error}}',
  situationPreviewNone: 'لا تنطبق أي خطوة على هذه الحالة.',
  situationPreviewStep: 'الخطوة',
  situationPreviewDue: 'الموعد',
  situationPreviewNeeds: 'يلزم تاريخ {{date}}',
  situationPreviewDraft: 'مسودة',
  situationPreviewCalendarMissing: 'لا يوجد تقويم عطلات لإحدى السنوات: قد يكون التاريخ غير دقيق',
}

export const situationPreviewTranslations = { en, ru, bg, ar }
