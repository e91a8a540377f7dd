import { type Locale, localeCodes, sourceLocale } from '../locales'

/**
 * Where one language of a document stands:
 * - missing: no text in this language;
 * - draft: text saved but never published;
 * - published: readers see it, and it is as new as the original;
 * - outdated: the source-language text changed after this translation was last
 *   updated, so it may say something the original no longer says.
 */
export type TranslationState = 'missing' | 'draft' | 'published' | 'outdated'

export interface LocaleFacts {
  /** The language has text (a title) in its latest version, draft or published. */
  hasText: boolean
  /** A version in this language is published. */
  published: boolean
  /** When this language's text last changed (ISO). */
  textUpdatedAt?: string | null
}

export interface TranslationStatus {
  state: TranslationState
  /** Readers can see a version in this language (an outdated translation may still be live). */
  published: boolean
  /** For an outdated translation: when it and the original last changed. */
  translationDate?: string
  originalDate?: string
}

/** True when the original changed after the translation: the rule behind "outdated". */
export function isOutdated(
  translationUpdatedAt: string | null | undefined,
  originalUpdatedAt: string | null | undefined,
): boolean {
  if (!translationUpdatedAt || !originalUpdatedAt) return false
  return new Date(originalUpdatedAt).getTime() > new Date(translationUpdatedAt).getTime()
}

export function translationStatus(locale: Locale, facts: Partial<Record<Locale, LocaleFacts>>): TranslationStatus {
  const own = facts[locale]
  if (!own?.hasText) return { state: 'missing', published: false }
  const original = facts[sourceLocale]
  if (locale !== sourceLocale && original?.hasText && isOutdated(own.textUpdatedAt, original.textUpdatedAt)) {
    return {
      state: 'outdated',
      published: own.published,
      translationDate: own.textUpdatedAt ?? undefined,
      originalDate: original.textUpdatedAt ?? undefined,
    }
  }
  return { state: own.published ? 'published' : 'draft', published: own.published }
}

/** Every language's status at once. */
export function translationStatuses(facts: Partial<Record<Locale, LocaleFacts>>): Record<Locale, TranslationStatus> {
  return Object.fromEntries(localeCodes.map((l) => [l, translationStatus(l, facts)])) as Record<
    Locale,
    TranslationStatus
  >
}

type Localized<T> = Partial<Record<Locale, T | null>> | null | undefined
type Doc = Record<string, unknown>

/** The facts translationStatus needs, from a document read with `locale: 'all'` (latest) and its published version. */
export function localeFacts(
  latest: Doc,
  published: Doc | undefined,
  titleField: string,
): Partial<Record<Locale, LocaleFacts>> {
  const titles = latest[titleField] as Localized<string>
  const dates = latest.textUpdatedAt as Localized<string>
  const status = published?._status as Localized<string> | string
  return Object.fromEntries(
    localeCodes.map((l) => [
      l,
      {
        hasText: Boolean(titles?.[l]),
        published: typeof status === 'object' && status !== null ? status[l] === 'published' : false,
        textUpdatedAt: dates?.[l] ?? null,
      },
    ]),
  )
}
