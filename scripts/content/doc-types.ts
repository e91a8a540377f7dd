import type { Locale } from '../../content-models/locales'
import type { DocumentInput } from './document'
import type { FieldRule, RefTarget } from './field-rules'
import type { Refs, StoredDoc } from './references'
import { articleType } from './types/article'
import { eventType } from './types/event'
import { helpCentreType } from './types/help-centre'
import { stepType } from './types/step'

type Report = (field: string, message: string) => void

/** What a type's `text` mapper may need besides the files. */
export interface TextContext {
  /**
   * The stored document in this language, when it exists; for a document this
   * import is creating, as its last save returned it (another language, but the
   * same shared values and array rows).
   */
  stored?: StoredDoc
}

/**
 * One kind of document the importer reads from `<folder>/<slug>.<locale>.md`:
 * how its front matter is read and checked, and how it becomes Payload field
 * values. Everything type-specific lives here, so the reader and the writer
 * work alike for every type.
 */
export interface DocType {
  folder: 'articles' | 'events' | 'help-centres' | 'steps'
  collection: 'articles' | 'events' | 'help-centres' | 'situation-steps'
  /** Where the documents are in the read content and the import report. */
  key: 'articles' | 'events' | 'helpCentres' | 'steps'
  fields: Record<string, FieldRule>
  /** Shared values a document gets when no file gives them. */
  defaults?: Record<string, unknown>
  /** Whether the Markdown body may be empty. */
  bodyOptional?: boolean
  /** The body is plain text for this field (at most `max` characters), not rich text for `body`. */
  plainBody?: { field: string; max: number }
  /** Checks across fields, once the files of a document are merged. */
  check?: (doc: DocumentInput, at: Report) => void
  /** The language-independent values of a document, as Payload field values; slugs become ids through `refs`. */
  shared: (doc: DocumentInput, refs: Refs) => Record<string, unknown>
  /** One language's values, as Payload field values; the writer adds the body. */
  text: (doc: DocumentInput, locale: Locale, context: TextContext) => Record<string, unknown>
  /** Fields listing documents of a collection, written once every document of the import has an id (linkAfterWrite). */
  linkedAfterWrite?: Record<string, RefTarget>
  /** Database fields stored under another name than the front-matter key the author wrote, so problems name the key. */
  frontMatterKeys?: Record<string, string>
  /** Messages replacing Payload's validation messages, by database field path, where Payload's do not say how to fix the file. */
  errorMessages?: Record<string, string>
}

/** Every type, in the order the reader reports problems. */
export const docTypes = [articleType, eventType, helpCentreType, stepType] as const

/**
 * The order the writer saves types in: a type after the types its documents
 * name (events name help centres, steps name articles), so every reference
 * resolves.
 */
export const writeOrder = [helpCentreType, articleType, stepType, eventType] as const
