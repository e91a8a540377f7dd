/**
 * The starter glossary is product data: every database gets it once, when
 * it is first opened (cms/product-data.ts), so a centre that imports only its own articles (no demo) still
 * finds «загранпаспорт» on its page about a «паспорт», and editors own it
 * afterwards.
 */
import type { Migration, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { applyMigrations } from '../../cms/database'
import { productData } from '../../cms/product-data'
import { starterGlossary } from '../../content-models/data/starterGlossary'
import { localeCodes } from '../../content-models/locales'
import { importDir } from '../../scripts/content/import-dir'
import { readContentDir } from '../../scripts/content/read-content-dir'
import { DEMO_CONTENT_DIR } from '../../scripts/content/seed'
import { exportContent } from '../../scripts/site/export-content'
import { articleRecord } from '../../site/search/index-records'
import { normalizeQuery } from '../../site/search/normalize'
import { INDEX_SEPARATOR } from '../../site/search/record'
import { fixture, freshPayload } from '../helpers/payload'

const STARTER = productData.find((m) => m.name.endsWith('starter-glossary'))!

let payload: Payload

beforeAll(async () => {
  payload = await freshPayload()
})

/** Every concept as stored, key → locale → terms. */
async function storedGlossary(): Promise<Record<string, Record<string, string[] | null | undefined>>> {
  const { docs } = await payload.find({ collection: 'glossary-terms', locale: 'all', limit: 0, depth: 0 })
  return Object.fromEntries(docs.map((d) => [d.key, d.terms as unknown as Record<string, string[]>]))
}

describe('the starter glossary', () => {
  it('is in a new database before anything is imported', async () => {
    const stored = await storedGlossary()
    expect(Object.keys(stored).sort()).toEqual(Object.keys(starterGlossary).sort())
    for (const [key, terms] of Object.entries(starterGlossary)) {
      for (const locale of localeCodes)
        expect(stored[key][locale] ?? undefined, `${key} ${locale}`).toEqual(terms[locale])
    }
  })

  it('is not demo content: the demo brings no glossary of its own', async () => {
    expect((await readContentDir(DEMO_CONTENT_DIR)).glossary).toEqual([])
  })

  it('reaches the site of a centre that imported only its own articles, and search finds by it', async () => {
    await importDir(payload, fixture('valid'))
    const content = await exportContent(payload)
    expect(content.glossary.map((g) => g.key).sort()).toEqual(Object.keys(starterGlossary).sort())
    // The centre's glossary.yml has the last word on its own concepts, language by language…
    const card = content.glossary.find((g) => g.key === 'migration-card')!
    expect(card.terms.ru).toEqual(['миграционная карта', 'миграционка'])
    expect(card.terms.tg).toEqual(starterGlossary['migration-card'].tg)
    // …and the rest is the starter's.
    expect(content.glossary.find((g) => g.key === 'passport')?.terms).toEqual(starterGlossary.passport)

    // The article says «паспорт»; the starter concept adds «загранпаспорт» and English to its index.
    const patent = content.articles.find((a) => a.slug === 'test-patent')!
    expect(patent.translations.ru?.html).not.toMatch(/загранпаспорт|passport/i)
    const [, extra] = articleRecord(patent, 'ru', content).content.split(INDEX_SEPARATOR.trim())
    const added = new Set(extra.replace(/<[^>]*>/g, ' ').split(/\s+/))
    for (const query of ['загранпаспорт', 'international passport']) {
      for (const word of normalizeQuery(query, 'ru').split(' ')) expect(added, query).toContain(word)
    }
  })

  it('is the editors’ afterwards: a change or a deletion survives every later start', async () => {
    const concept = async (key: string) =>
      (await payload.find({ collection: 'glossary-terms', where: { key: { equals: key } }, depth: 0 })).docs[0]
    const passport = await concept('passport')
    await payload.update({
      collection: 'glossary-terms',
      id: passport.id,
      locale: 'ru',
      data: { terms: ['паспорт', 'загран'] },
    })
    await payload.delete({ collection: 'glossary-terms', id: (await concept('kindergarten')).id })
    const edited = await storedGlossary()

    // What every process does when it opens the database.
    await applyMigrations(payload)
    expect(await storedGlossary()).toEqual(edited)
    expect(edited.passport.ru).toEqual(['паспорт', 'загран'])
    expect(edited.kindergarten).toBeUndefined()
  })

  it('leaves a concept alone when one with its key is already there (a database seeded before)', async () => {
    const before = await storedGlossary()
    await STARTER.up({ payload, req: undefined } as never)
    const after = await storedGlossary()
    expect(after.passport).toEqual(before.passport)
    expect(after['migration-card']).toEqual(before['migration-card'])
  })

  it('is given to MongoDB too, which takes no schema migrations', async () => {
    const ran: string[][] = []
    const mongo = {
      db: {
        name: 'mongoose',
        migrate: async ({ migrations }: { migrations: Migration[] }) => ran.push(migrations.map((m) => m.name)),
      },
    }
    await applyMigrations(mongo as unknown as Payload)
    expect(ran).toEqual([[STARTER.name]])
  })
})
