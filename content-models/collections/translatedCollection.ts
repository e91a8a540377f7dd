import type {
  CollectionBeforeChangeHook,
  CollectionBeforeValidateHook,
  CollectionConfig,
  Field,
  TextField,
} from 'payload'

import { draftableContent } from '../access/content'
import type { AdminText } from '../i18n/adminText'
import { editorialCheckboxes, textUpdatedAtField } from '../fields/common'
import { withRoleAccess } from '../fields/roleAccess'
import { slugField } from '../fields/slug'
import { guardPublication } from '../hooks/guardPublication'
import {
  noteWhatIsSent,
  rememberPublishedSharedFields,
  restorePublishedSharedFields,
} from '../hooks/keepPublishedSharedFields'
import {
  anonymousReadsPublished,
  dropDraftReferences,
  stripUnpublishedLocales,
} from '../hooks/publishedOnlyForAnonymous'
import { stampTranslationUpdate } from '../hooks/stampTranslationUpdate'
import { fillTargetLanguages, targetLanguagesField } from '../fields/targetLanguages'

/**
 * A translated collection's config with its slug and title field kept as
 * literal types, so the lists built from it (content-models/index.ts) can be
 * passed straight to the Local API.
 */
export type TranslatedCollectionConfig<
  Slug extends string = string,
  TitleField extends string = string,
> = CollectionConfig & {
  slug: Slug
  admin: NonNullable<CollectionConfig['admin']> & { useAsTitle: TitleField }
}

export interface TranslatedCollectionOptions<Slug extends string, TitleField extends string> {
  slug: Slug
  /** The collection's name on the dashboard and in the admin, in every admin language. */
  labels: { singular: AdminText; plural: AdminText }
  /**
   * Names a document in the admin and in the translation report, which counts
   * a language as missing while this field is empty there.
   */
  titleField: TitleField
  /** The title field's label; "Title" unless given. */
  titleLabel?: AdminText
  /** The fields whose change means a translation's text changed (see stampTranslationUpdate). */
  textFields: readonly string[]
  defaultColumns: string[]
  /** Checks of this collection's own, run before the shared ones. */
  hooks?: {
    beforeValidate?: CollectionBeforeValidateHook[]
    beforeChange?: CollectionBeforeChangeHook[]
    /** Checks and stamps that need this save's text date (`textUpdatedAt`), run right after it is set. */
    afterTextStamp?: CollectionBeforeChangeHook[]
  }
  /** How many versions to keep per document. */
  maxPerDoc?: number
  /** The main column, after the title. */
  fields: Field[]
  /** The sidebar, after the slug, the text date and the editorial checkboxes. */
  sidebarFields?: Field[]
  /**
   * Fields only legal reviewers (and admins) may change. Naming any lets legal
   * reviewers update the collection: their field access leaves them only these.
   */
  reviewFields?: string[]
}

const titleText: AdminText = { ru: 'Заголовок', en: 'Title', bg: 'Заглавие', ar: 'العنوان' }

/**
 * Content written in one language and translated into the others, each
 * translation drafted, published and scheduled on its own. Every such
 * collection shares the same publishing rules: anonymous readers see only
 * published translations, a translation's publish leaves the shared fields as
 * the published original has them, and each save records when this language's
 * text last changed, so outdated translations show.
 */
export function translatedCollection<const Slug extends string, const TitleField extends string>({
  slug,
  labels,
  titleField,
  titleLabel = titleText,
  textFields,
  defaultColumns,
  hooks = {},
  maxPerDoc = 20,
  fields,
  sidebarFields = [],
  reviewFields = [],
}: TranslatedCollectionOptions<Slug, TitleField>): TranslatedCollectionConfig<Slug, TitleField> {
  // Short enough to read on a small phone screen and in a search result.
  const title: TextField = {
    name: titleField,
    label: titleLabel,
    type: 'text',
    required: true,
    localized: true,
    maxLength: 160,
  }
  return {
    slug,
    labels,
    admin: {
      useAsTitle: titleField,
      defaultColumns,
      listSearchableFields: [titleField, 'slug'],
      components: {
        // Under the document's title: why a translator may not change the language on screen, and links to theirs.
        Description: '/components/LanguageNotice#LanguageNotice',
        // A translator's main button publishes the language on screen, not all of them (guardPublication).
        edit: { PublishButton: '/components/LanguagePublishButton#LanguagePublishButton' },
      },
    },
    access: draftableContent({ legalReviewers: reviewFields.length > 0 }),
    hooks: {
      beforeOperation: [anonymousReadsPublished, guardPublication, noteWhatIsSent],
      ...(hooks.beforeValidate && { beforeValidate: hooks.beforeValidate }),
      beforeChange: [
        ...(hooks.beforeChange ?? []),
        fillTargetLanguages,
        stampTranslationUpdate(textFields),
        ...(hooks.afterTextStamp ?? []),
        rememberPublishedSharedFields,
      ],
      afterChange: [restorePublishedSharedFields],
      afterRead: [stripUnpublishedLocales, dropDraftReferences],
    },
    versions: {
      maxPerDoc,
      drafts: {
        // Each translation is published on its own: the Uzbek text can go live
        // before the Kyrgyz one is ready.
        localizeStatus: true,
        schedulePublish: { timeFormat: 'HH:mm', timeIntervals: 1 },
      },
    },
    fields: withRoleAccess(
      [
        title,
        ...fields,
        slugField(),
        textUpdatedAtField,
        ...editorialCheckboxes,
        ...sidebarFields,
        targetLanguagesField,
      ],
      reviewFields,
    ),
  }
}
