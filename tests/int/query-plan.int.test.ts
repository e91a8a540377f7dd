import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { freshPayload } from '../helpers/payload'

/**
 * Payload's SQLite tables of languages (`*_locales`), texts, arrays and
 * relationships point at their document through `_parent_id` or `parent_id`,
 * and every read of a document selects them by that column alone. Without an
 * index that starts with it, SQLite scans the whole table, bodies included,
 * for each document read, so reads slow down with the size of the site
 * (cms/migrations/20261129_030600_parent_id_indexes.ts). These checks read
 * SQLite's query plans, not timings.
 */

let payload: Payload
let sqlite: SQLiteAdapter
let articleId: number

type Statement = { sql: string; params: unknown[] }
type Logger = { logQuery(sql: string, params: unknown[]): void }
/** The drizzle internals that carry its query logger (not in drizzle's public types). */
type LoggedSession = { session: { logger: Logger; options?: { logger?: Logger } } }

/** The SQL statements Payload runs for `fn`, in order, with their parameters. */
async function statementsOf(fn: () => Promise<unknown>): Promise<Statement[]> {
  const seen: Statement[] = []
  const logger: Logger = { logQuery: (sql, params) => seen.push({ sql, params }) }
  const { session } = sqlite.drizzle as unknown as LoggedSession
  const before = { logger: session.logger, options: session.options?.logger }
  session.logger = logger
  // Sessions opened for transactions take their logger from the options.
  if (session.options) session.options.logger = logger
  try {
    await fn()
  } finally {
    session.logger = before.logger
    if (session.options) session.options.logger = before.options
  }
  return seen
}

type PlanLine = { id: number; parent: number; detail: string }

/** SQLite's plan for one statement: a tree of lines, each naming its parent. */
async function plan(sql: string, params: unknown[] = []): Promise<PlanLine[]> {
  const result = await sqlite.client.execute({ sql: `EXPLAIN QUERY PLAN ${sql}`, args: params as never })
  return result.rows.map((row) => ({ id: Number(row.id), parent: Number(row.parent), detail: String(row.detail) }))
}

/**
 * Full scans of stored tables in a plan. Payload reads arrays, texts and
 * relationships through a subquery (a co-routine) named like the table in it:
 * the table is read inside the co-routine, and the co-routine's rows are then
 * scanned beside it, under the same parent. That second `SCAN` reads rows
 * already found, so it does not count.
 */
function tableScans(lines: PlanLine[]): string[] {
  const subqueries = new Set(
    lines.flatMap((line) => {
      const name = /^(?:CO-ROUTINE|MATERIALIZE) (\S+)/.exec(line.detail)?.[1]
      return name ? [`${line.parent} ${name}`] : []
    }),
  )
  return lines
    .filter((line) => {
      const scanned = /^SCAN (\S+)/.exec(line.detail)?.[1]
      return scanned !== undefined && scanned !== 'CONSTANT' && !subqueries.has(`${line.parent} ${scanned}`)
    })
    .map((line) => line.detail)
}

beforeAll(async () => {
  payload = await freshPayload()
  sqlite = payload.db as unknown as SQLiteAdapter
  const topic = await payload.create({ collection: 'topics', locale: 'ru', data: { slug: 'work', title: 'Работа' } })
  await payload.update({ collection: 'topics', id: topic.id, locale: 'tg', data: { title: 'Кор' } })
  const article = await payload.create({
    collection: 'articles',
    locale: 'ru',
    data: {
      slug: 'patent',
      title: 'Патент',
      summary: 'Кратко о патенте',
      kind: 'rights',
      country: 'ru',
      topics: [topic.id],
      _status: 'published',
    },
  })
  articleId = article.id
  await payload.update({
    collection: 'articles',
    id: articleId,
    locale: 'tg',
    data: { title: 'Патент (tg)', _status: 'published' },
  })
  // A newer draft, so that a draft read loads the version as well as the document.
  await payload.update({
    collection: 'articles',
    id: articleId,
    locale: 'ru',
    draft: true,
    data: { title: 'Патент: черновик', _status: 'draft' },
  })
})

describe('SQLite query plans', () => {
  it('finds the rows of a document in every table that points at one, without scanning the table', async () => {
    const { rows } = await sqlite.client.execute(
      `SELECT m.name AS tbl, c.name AS col
         FROM sqlite_master m JOIN pragma_table_info(m.name) c
        WHERE m.type = 'table' AND c.name IN ('_parent_id', 'parent_id')
        ORDER BY m.name`,
    )
    const tables = rows.map((row) => ({ table: String(row.tbl), column: String(row.col) }))
    // The locales of articles and their versions are among them: the query above found the schema.
    expect(tables).toContainEqual({ table: 'articles_locales', column: '_parent_id' })
    expect(tables).toContainEqual({ table: '_articles_v_locales', column: '_parent_id' })

    const scanned: string[] = []
    for (const { table, column } of tables) {
      const lines = (await plan(`SELECT * FROM "${table}" WHERE "${column}" = ?`, [articleId])).map((l) => l.detail)
      if (!lines.some((line) => line.startsWith(`SEARCH ${table} USING `))) {
        scanned.push(`${table} (${column}): ${lines.join('; ')}`)
      }
    }
    // Each entry names a table that needs an index on its parent column.
    expect(scanned).toEqual([])
  })

  /** Reads whose every statement must find its rows through an index, and the tables they must have read. */
  const reads: { name: string; read: () => Promise<unknown>; tables: string[] }[] = [
    {
      name: 'one article, all languages, draft',
      read: () => payload.findByID({ collection: 'articles', id: articleId, locale: 'all', draft: true, depth: 1 }),
      tables: ['articles', '_articles_v'],
    },
    {
      name: 'one article, all languages, published',
      read: () => payload.findByID({ collection: 'articles', id: articleId, locale: 'all', draft: false, depth: 1 }),
      tables: ['articles'],
    },
    {
      name: 'one article, one language, draft',
      read: () => payload.findByID({ collection: 'articles', id: articleId, locale: 'ru', draft: true, depth: 1 }),
      tables: ['articles', '_articles_v'],
    },
    {
      name: 'one article, one language, published',
      read: () => payload.findByID({ collection: 'articles', id: articleId, locale: 'ru', draft: false, depth: 1 }),
      tables: ['articles'],
    },
    {
      // The admin's list: without the indexes SQLite reads every latest
      // version's languages in full before it sorts and keeps ten.
      name: "the admin's list of drafts",
      read: () =>
        payload.find({ collection: 'articles', locale: 'ru', draft: true, sort: '-updatedAt', limit: 10, depth: 1 }),
      tables: ['_articles_v'],
    },
  ]

  for (const { name, read, tables } of reads) {
    it(`reads ${name} without scanning a table`, async () => {
      const selects = (await statementsOf(read)).filter((s) => /^\s*select\b/i.test(s.sql))
      // Payload's queries were captured, or this test checks nothing.
      for (const table of tables) {
        expect(selects.some((s) => s.sql.includes(`from "${table}" "${table}"`))).toBe(true)
      }

      const scans: string[] = []
      for (const { sql, params } of selects) {
        for (const line of tableScans(await plan(sql, params))) scans.push(`${line}  ←  ${sql.slice(0, 120)}…`)
      }
      expect(scans).toEqual([])
    })
  }
})
