import type { Purpose } from '../rules/situation/types'
import type { Citizenship } from '../taxonomy'

/**
 * The variant block (issue 15): a part of an article for some readers only,
 * "If you are a citizen of an EAEU country". Its stored shape, which the
 * importer writes, the export renders and the editor edits (Variant.ts).
 */
export const VARIANT_BLOCK = 'variant'

/** Who a variant is for. Empty lists do not restrict; a variant names at least one. */
export interface VariantAudience {
  /** Citizenship group slugs (e.g. `eaeu`): their members count as listed. */
  groups?: string[] | null
  citizenships?: Citizenship[] | null
  purposes?: Purpose[] | null
}

/** The fields of a stored variant block node (`{ type: 'block', fields }`). */
export interface VariantBlockFields {
  id: string
  blockName: string
  blockType: typeof VARIANT_BLOCK
  /** The heading readers see: «Если вы гражданин страны ЕАЭС». */
  label: string
  audience: VariantAudience
  /** Lexical JSON, as the article body. */
  content: unknown
}
