import type { CollectionConfig } from 'payload'

import { anyone } from './anyone'
import { authenticated } from './authenticated'

/** Reference data with no drafts (topics, glossary): anyone reads, CMS users write. */
export const publicContent: CollectionConfig['access'] = {
  read: anyone,
  create: authenticated,
  update: authenticated,
  delete: authenticated,
}
