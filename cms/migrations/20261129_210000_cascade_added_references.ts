import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

// Relationship columns added to an existing `*_rels` table were added by
// `ALTER TABLE … ADD … REFERENCES <table>(id)` (editorial_workflow,
// search_glossary_keywords, situation), which SQLite gives no ON DELETE
// action: deleting a document another one names (an article a law change
// lists in «Affected articles», a step a law change changes) failed with
// SQLITE_CONSTRAINT_FOREIGNKEY, a raw "Failed query" in the admin. Payload's
// own columns, created with their table, cascade. SQLite cannot change a
// foreign key, so each such table is rebuilt with the same columns, rows and
// indexes, and ON DELETE CASCADE on those references
// (tests/int/delete-named.int.test.ts).
//
// Written by hand, like parent_id_indexes: the schema Payload knows already
// cascades, so there is no .json snapshot to change. Kept in this one file:
// Payload takes every other file of this folder for a migration.

export const TABLES = ['articles_rels', '_articles_v_rels', 'payload_locked_documents_rels'] as const

/** A column reference with no ON DELETE action, as `ALTER TABLE … ADD` wrote it. */
const BARE_REFERENCE = /REFERENCES ([a-z_]+)\(id\)(?!\s*ON)/g

type Db = MigrateUpArgs['db']

/**
 * Rebuilds `table` with `rewrite` applied to its CREATE TABLE statement
 * (by default: every bare column reference cascades), keeping its rows and
 * indexes. Does nothing when the statement would not change.
 */
export async function rebuildWithCascade(
  db: Db,
  table: string,
  rewrite = (create: string) =>
    create.replace(BARE_REFERENCE, 'REFERENCES `$1`(`id`) ON UPDATE no action ON DELETE cascade'),
): Promise<void> {
  const rows = await db.all<{ type: string; sql: string | null }>(
    sql`SELECT type, sql FROM sqlite_master WHERE tbl_name = ${table} ORDER BY type DESC`,
  )
  const create = rows.find((r) => r.type === 'table')?.sql
  if (!create) return
  const rebuilt = rewrite(create)
  if (rebuilt === create) return
  const columns = (await db.all<{ name: string }>(sql.raw(`PRAGMA table_info(\`${table}\`)`)))
    .map((c) => `\`${c.name}\``)
    .join(', ')
  // A row naming a document that is gone (possible only if foreign keys were ever off) is what the
  // cascade would have deleted; copied, it would fail the new table's check and stop every start.
  for (const [, column, target] of create.matchAll(/`([a-z_]+)` integer REFERENCES ([a-z_]+)\(id\)(?!\s*ON)/g))
    await db.run(
      sql.raw(
        `DELETE FROM \`${table}\` WHERE \`${column}\` IS NOT NULL AND \`${column}\` NOT IN (SELECT id FROM \`${target}\`)`,
      ),
    )
  const fresh = `__cascade_${table}`
  await db.run(sql.raw(rebuilt.replace(/^CREATE TABLE [`"]?[A-Za-z_]+[`"]?/, `CREATE TABLE \`${fresh}\``)))
  await db.run(sql.raw(`INSERT INTO \`${fresh}\` (${columns}) SELECT ${columns} FROM \`${table}\``))
  await db.run(sql.raw(`DROP TABLE \`${table}\``))
  await db.run(sql.raw(`ALTER TABLE \`${fresh}\` RENAME TO \`${table}\``))
  for (const index of rows) if (index.type === 'index' && index.sql) await db.run(sql.raw(index.sql))
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const table of TABLES) await rebuildWithCascade(db, table)
}

export async function down(_: MigrateDownArgs): Promise<void> {
  // Nothing to undo: taking the cascade away again would only bring the failed deletes back.
}
