import type { Migration, Payload, PayloadRequest } from 'payload'

import { starterGlossary } from '../content-models/data/starterGlossary'
import { localeCodes } from '../content-models/locales'

interface Args {
  payload: Payload
  req: PayloadRequest
}

/**
 * The starter glossary (content-models/data/starterGlossary.ts), concept by
 * concept. A concept whose key is already there (a database seeded before the
 * glossary left the demo) is left as it is.
 */
async function addStarterGlossary({ payload, req }: Args): Promise<void> {
  const stored = await payload.find({ collection: 'glossary-terms', limit: 0, depth: 0, pagination: false, req })
  const present = new Set(stored.docs.map((d) => d.key))
  for (const [key, terms] of Object.entries(starterGlossary)) {
    if (present.has(key)) continue
    // Payload writes one language at a time: the first creates the concept, the others are added to it.
    const [first, ...others] = localeCodes.filter((l) => terms[l])
    const data = (locale: typeof first) => ({ key, terms: [...terms[locale]!] })
    const { id } = await payload.create({ collection: 'glossary-terms', locale: first, data: data(first), req })
    for (const locale of others)
      await payload.update({ collection: 'glossary-terms', id, locale, data: data(locale), req })
  }
}

/**
 * Data every deployment starts with, whatever content it is then given, run
 * by Payload's migrator once the schema is complete (`applyMigrations`,
 * cms/database.ts) and recorded in `payload-migrations` like a migration, on
 * SQLite and MongoDB alike. Each step runs once per database: afterwards the
 * data is the editors', and a concept they change or delete stays as they left
 * it. Not in cms/migrations: a step written through the Local API must see the
 * whole schema of the current code, which a migration in the middle of the
 * sequence does not on a new database. Data added here later reaches new
 * databases; existing ones need a new step that adds just that.
 */
export const productData: Migration[] = [
  {
    name: 'product-data_starter-glossary',
    up: (args) => addStarterGlossary(args as Args),
    // Left in place: by now the concepts are the editors' data, changed or not.
    down: async () => {},
  },
]
