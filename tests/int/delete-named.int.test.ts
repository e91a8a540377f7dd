import { type SQLiteAdapter, sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { rebuildWithCascade, TABLES, up } from '../../cms/migrations/20261129_210000_cascade_added_references'
import { importDir } from '../../scripts/content/import-dir'
import { DEMO_CONTENT_DIR } from '../../scripts/content/seed'
import type { Article } from '../../content-models/payload-types'
import { freshPayload } from '../helpers/payload'

/**
 * An editor may delete a document another one names: an article a law change
 * lists as affected, a step a law change changes. The database used to refuse
 * (cms/migrations/20261129_210000_cascade_added_references.ts).
 */

let payload: Payload
let db: SQLiteAdapter['drizzle']

beforeAll(async () => {
  payload = await freshPayload()
  db = (payload.db as unknown as SQLiteAdapter).drizzle
  await importDir(payload, DEMO_CONTENT_DIR)
}, 120_000)

type Row = Record<string, unknown>
type Named = 'affectedArticles' | 'changesSteps'
/** The ids a law change names in `field` (read at depth 0). */
const named = (doc: Article, field: Named) => (doc[field] ?? []) as number[]
const lawChangeNaming = async (field: Named) =>
  (
    await payload.find({
      collection: 'articles',
      where: { kind: { equals: 'law-change' } },
      depth: 0,
      limit: 0,
    })
  ).docs.find((doc) => named(doc, field).length)!
const rowsOf = async (table: string) => db.all<Row>(sql.raw(`SELECT * FROM \`${table}\` ORDER BY id`))
const schemaOf = async (table: string) =>
  db.all<{ sql: string }>(sql`SELECT sql FROM sqlite_master WHERE tbl_name = ${table} ORDER BY name`)

describe('deleting a document another one names', () => {
  it('keeps every row and index when the migration rebuilds a table with the old references', async () => {
    // The tables as the earlier migrations left them: the added references with no ON DELETE action.
    const old = (create: string) =>
      create.replace(/REFERENCES `([a-z_]+)`\(`id`\) ON UPDATE no action ON DELETE cascade/g, (ref, target, at) =>
        // Only the references written inline with their column, as `ALTER TABLE … ADD` put them.
        /integer $/.test(create.slice(0, at)) ? `REFERENCES ${target}(id)` : ref,
      )
    const before = new Map<string, { rows: Row[]; schema: unknown }>()
    for (const table of TABLES) {
      await rebuildWithCascade(db as never, table, old)
      before.set(table, { rows: await rowsOf(table), schema: (await schemaOf(table)).length })
    }
    expect((await schemaOf('articles_rels')).map((r) => r.sql).join('\n')).toMatch(/REFERENCES articles\(id\),/)
    const lawChange = await lawChangeNaming('affectedArticles')
    const [target] = named(lawChange, 'affectedArticles')
    await expect(payload.delete({ collection: 'articles', id: target })).rejects.toThrow()
    // A row naming an article that is gone, as a database once written with foreign keys off may hold:
    // the migration drops it (the cascade would have), rather than fail on it at every start.
    await db.run(sql`PRAGMA foreign_keys = OFF`)
    await db.run(
      sql`INSERT INTO articles_rels ("order", parent_id, path, articles_id) VALUES (9, ${lawChange.id}, 'affectedArticles', 999999)`,
    )
    await db.run(sql`PRAGMA foreign_keys = ON`)

    await up({ db, payload } as never)
    for (const table of TABLES) {
      expect(await rowsOf(table), table).toEqual(before.get(table)!.rows)
      expect((await schemaOf(table)).length, `${table}'s indexes`).toBe(before.get(table)!.schema)
    }
    expect((await schemaOf('articles_rels')).map((r) => r.sql).join('\n')).not.toMatch(/REFERENCES [a-z_]+\(id\)/)
  })

  it.each([
    ['an article a law change lists as affected', 'affectedArticles', 'articles'],
    ['a step a law change changes', 'changesSteps', 'situation-steps'],
  ] as const)('deletes %s, which the law change then no longer names', async (_, field, collection) => {
    const lawChange = await lawChangeNaming(field)
    const [gone, ...others] = named(lawChange, field)
    await payload.delete({ collection, id: gone })
    const after = await payload.findByID({ collection: 'articles', id: lawChange.id, depth: 0 })
    expect(named(after, field)).toEqual(others)
  })
})
