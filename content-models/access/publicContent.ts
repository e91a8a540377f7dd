import type { CollectionConfig } from 'payload'

import { anyone } from './anyone'
import { editorsOnly, updateTranslatable } from './content'

/**
 * Reference data with no drafts (topics, regions, glossary): anyone reads,
 * editors write, translators translate the languages assigned to them.
 */
export const publicContent: CollectionConfig['access'] = {
  read: anyone,
  create: editorsOnly,
  update: updateTranslatable(),
  delete: editorsOnly,
}
