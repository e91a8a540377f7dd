import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Payload gives each `*_locales` table only UNIQUE(_locale, _parent_id) and each
// `*_texts` table only (order, parent_id) and (locale, parent_id). Loading a
// document selects its languages and texts by parent alone
// (`WHERE _parent_id = articles.id`), which neither index can serve, so SQLite
// scanned the whole table, bodies included, for every document read. These
// indexes turn that scan into a search (tests/int/query-plan.int.test.ts).
// Array, select and relationship tables (`*_rels`) have a parent index already.
//
// Written by hand: Payload's schema does not know these indexes, so this
// migration has no .json snapshot. The next `migrate:create` diffs against the
// previous snapshot and leaves them alone; a generated migration that rebuilds
// one of these tables (drizzle-kit's `__new_<table>` copy) would drop its index,
// which the query-plan test reports.

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`articles_locales_parent_id_idx\` ON \`articles_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`_articles_v_locales_parent_id_idx\` ON \`_articles_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`articles_change_history_locales_parent_id_idx\` ON \`articles_change_history_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`_articles_v_version_change_history_locales_parent_id_idx\` ON \`_articles_v_version_change_history_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`events_locales_parent_id_idx\` ON \`events_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`_events_v_locales_parent_id_idx\` ON \`_events_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`help_centres_locales_parent_id_idx\` ON \`help_centres_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`_help_centres_v_locales_parent_id_idx\` ON \`_help_centres_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`regions_locales_parent_id_idx\` ON \`regions_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`topics_locales_parent_id_idx\` ON \`topics_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`site_alert_locales_parent_id_idx\` ON \`site_alert_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`articles_texts_parent_id_idx\` ON \`articles_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`_articles_v_texts_parent_id_idx\` ON \`_articles_v_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`help_centres_texts_parent_id_idx\` ON \`help_centres_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`_help_centres_v_texts_parent_id_idx\` ON \`_help_centres_v_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`glossary_terms_texts_parent_id_idx\` ON \`glossary_terms_texts\` (\`parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX IF EXISTS \`articles_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`_articles_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`articles_change_history_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`_articles_v_version_change_history_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`events_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`_events_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`help_centres_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`_help_centres_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`regions_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`topics_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`site_alert_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`articles_texts_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`_articles_v_texts_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`help_centres_texts_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`_help_centres_v_texts_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`glossary_terms_texts_parent_id_idx\`;`)
}
