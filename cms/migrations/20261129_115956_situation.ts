import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`situation_steps_citizenships\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`situation_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`situation_steps_citizenships_order_idx\` ON \`situation_steps_citizenships\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`situation_steps_citizenships_parent_idx\` ON \`situation_steps_citizenships\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`situation_steps_purposes\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`situation_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`situation_steps_purposes_order_idx\` ON \`situation_steps_purposes\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`situation_steps_purposes_parent_idx\` ON \`situation_steps_purposes\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`situation_steps_change_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`situation_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`situation_steps_change_history_order_idx\` ON \`situation_steps_change_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`situation_steps_change_history_parent_id_idx\` ON \`situation_steps_change_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`situation_steps_change_history_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`situation_steps_change_history\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`situation_steps_change_history_locales_locale_parent_id_uniq\` ON \`situation_steps_change_history_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`situation_steps_target_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`situation_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`situation_steps_target_languages_order_idx\` ON \`situation_steps_target_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`situation_steps_target_languages_parent_idx\` ON \`situation_steps_target_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`situation_steps\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`amount\` numeric,
  	\`unit\` text,
  	\`direction\` text DEFAULT 'after',
  	\`count_from\` text,
  	\`inclusive\` integer DEFAULT false,
  	\`repeat_every\` numeric,
  	\`slug\` text,
  	\`country\` text,
  	\`order\` numeric DEFAULT 0,
  	\`article_id\` integer,
  	\`legal_url\` text,
  	\`service\` text,
  	\`editorial_note\` text,
  	\`reviewed_at\` text,
  	\`review_due\` text,
  	\`review_recorded_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`situation_steps_slug_idx\` ON \`situation_steps\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`situation_steps_article_idx\` ON \`situation_steps\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`situation_steps_updated_at_idx\` ON \`situation_steps\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`situation_steps_created_at_idx\` ON \`situation_steps\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`situation_steps_locales\` (
  	\`title\` text,
  	\`action\` text,
  	\`cost\` text,
  	\`legal_basis\` text,
  	\`consequence\` text,
  	\`text_updated_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`situation_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`situation_steps__status_idx\` ON \`situation_steps_locales\` (\`_status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`situation_steps_locales_locale_parent_id_unique\` ON \`situation_steps_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`situation_steps_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`citizenship_groups_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`situation_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`citizenship_groups_id\`) REFERENCES \`citizenship_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`situation_steps_rels_order_idx\` ON \`situation_steps_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`situation_steps_rels_parent_idx\` ON \`situation_steps_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`situation_steps_rels_path_idx\` ON \`situation_steps_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`situation_steps_rels_citizenship_groups_id_idx\` ON \`situation_steps_rels\` (\`citizenship_groups_id\`);`)
  await db.run(sql`CREATE TABLE \`_situation_steps_v_version_citizenships\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_situation_steps_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_situation_steps_v_version_citizenships_order_idx\` ON \`_situation_steps_v_version_citizenships\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_situation_steps_v_version_citizenships_parent_idx\` ON \`_situation_steps_v_version_citizenships\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_situation_steps_v_version_purposes\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_situation_steps_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_situation_steps_v_version_purposes_order_idx\` ON \`_situation_steps_v_version_purposes\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_situation_steps_v_version_purposes_parent_idx\` ON \`_situation_steps_v_version_purposes\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_situation_steps_v_version_change_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_situation_steps_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_situation_steps_v_version_change_history_order_idx\` ON \`_situation_steps_v_version_change_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_situation_steps_v_version_change_history_parent_id_idx\` ON \`_situation_steps_v_version_change_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_situation_steps_v_version_change_history_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_situation_steps_v_version_change_history\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_situation_steps_v_version_change_history_locales_locale_par\` ON \`_situation_steps_v_version_change_history_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_situation_steps_v_version_target_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_situation_steps_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_situation_steps_v_version_target_languages_order_idx\` ON \`_situation_steps_v_version_target_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_situation_steps_v_version_target_languages_parent_idx\` ON \`_situation_steps_v_version_target_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_situation_steps_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_amount\` numeric,
  	\`version_unit\` text,
  	\`version_direction\` text DEFAULT 'after',
  	\`version_count_from\` text,
  	\`version_inclusive\` integer DEFAULT false,
  	\`version_repeat_every\` numeric,
  	\`version_slug\` text,
  	\`version_country\` text,
  	\`version_order\` numeric DEFAULT 0,
  	\`version_article_id\` integer,
  	\`version_legal_url\` text,
  	\`version_service\` text,
  	\`version_editorial_note\` text,
  	\`version_reviewed_at\` text,
  	\`version_review_due\` text,
  	\`version_review_recorded_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`situation_steps\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_situation_steps_v_parent_idx\` ON \`_situation_steps_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_situation_steps_v_version_version_slug_idx\` ON \`_situation_steps_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_situation_steps_v_version_version_article_idx\` ON \`_situation_steps_v\` (\`version_article_id\`);`)
  await db.run(sql`CREATE INDEX \`_situation_steps_v_version_version_updated_at_idx\` ON \`_situation_steps_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_situation_steps_v_version_version_created_at_idx\` ON \`_situation_steps_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_situation_steps_v_created_at_idx\` ON \`_situation_steps_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_situation_steps_v_updated_at_idx\` ON \`_situation_steps_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_situation_steps_v_snapshot_idx\` ON \`_situation_steps_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_situation_steps_v_published_locale_idx\` ON \`_situation_steps_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_situation_steps_v_latest_idx\` ON \`_situation_steps_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_situation_steps_v_locales\` (
  	\`version_title\` text,
  	\`version_action\` text,
  	\`version_cost\` text,
  	\`version_legal_basis\` text,
  	\`version_consequence\` text,
  	\`version_text_updated_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_situation_steps_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_situation_steps_v_version_version__status_idx\` ON \`_situation_steps_v_locales\` (\`version__status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_situation_steps_v_locales_locale_parent_id_unique\` ON \`_situation_steps_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_situation_steps_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`citizenship_groups_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_situation_steps_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`citizenship_groups_id\`) REFERENCES \`citizenship_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_situation_steps_v_rels_order_idx\` ON \`_situation_steps_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_situation_steps_v_rels_parent_idx\` ON \`_situation_steps_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_situation_steps_v_rels_path_idx\` ON \`_situation_steps_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_situation_steps_v_rels_citizenship_groups_id_idx\` ON \`_situation_steps_v_rels\` (\`citizenship_groups_id\`);`)
  await db.run(sql`CREATE TABLE \`citizenship_groups_members\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`citizenship_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`citizenship_groups_members_order_idx\` ON \`citizenship_groups_members\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`citizenship_groups_members_parent_idx\` ON \`citizenship_groups_members\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`citizenship_groups\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`citizenship_groups_slug_idx\` ON \`citizenship_groups\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`citizenship_groups_updated_at_idx\` ON \`citizenship_groups\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`citizenship_groups_created_at_idx\` ON \`citizenship_groups\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`citizenship_groups_locales\` (
  	\`name\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`citizenship_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`citizenship_groups_locales_locale_parent_id_unique\` ON \`citizenship_groups_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`holiday_calendars\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`country\` text NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`holidays\` text,
  	\`working_weekends\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`holiday_calendars_year_idx\` ON \`holiday_calendars\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`holiday_calendars_updated_at_idx\` ON \`holiday_calendars\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`holiday_calendars_created_at_idx\` ON \`holiday_calendars\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`country_year_idx\` ON \`holiday_calendars\` (\`country\`,\`year\`);`)
  await db.run(sql`ALTER TABLE \`articles_rels\` ADD \`situation_steps_id\` integer REFERENCES situation_steps(id);`)
  await db.run(sql`CREATE INDEX \`articles_rels_situation_steps_id_idx\` ON \`articles_rels\` (\`situation_steps_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v_rels\` ADD \`situation_steps_id\` integer REFERENCES situation_steps(id);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_situation_steps_id_idx\` ON \`_articles_v_rels\` (\`situation_steps_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`situation_steps_id\` integer REFERENCES situation_steps(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`citizenship_groups_id\` integer REFERENCES citizenship_groups(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`holiday_calendars_id\` integer REFERENCES holiday_calendars(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_situation_steps_id_idx\` ON \`payload_locked_documents_rels\` (\`situation_steps_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_citizenship_groups_id_idx\` ON \`payload_locked_documents_rels\` (\`citizenship_groups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_holiday_calendars_id_idx\` ON \`payload_locked_documents_rels\` (\`holiday_calendars_id\`);`)
  // Parent indexes for the new language tables, as 20261129_030600_parent_id_indexes does for the others
  // (Payload's schema does not know them; tests/int/query-plan.int.test.ts checks every such table).
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`situation_steps_locales_parent_id_idx\` ON \`situation_steps_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`_situation_steps_v_locales_parent_id_idx\` ON \`_situation_steps_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`situation_steps_change_history_locales_parent_id_idx\` ON \`situation_steps_change_history_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`_situation_steps_v_version_change_history_locales_parent_id_idx\` ON \`_situation_steps_v_version_change_history_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`citizenship_groups_locales_parent_id_idx\` ON \`citizenship_groups_locales\` (\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX IF EXISTS \`situation_steps_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`_situation_steps_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`situation_steps_change_history_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`_situation_steps_v_version_change_history_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`citizenship_groups_locales_parent_id_idx\`;`)
  await db.run(sql`DROP TABLE \`situation_steps_citizenships\`;`)
  await db.run(sql`DROP TABLE \`situation_steps_purposes\`;`)
  await db.run(sql`DROP TABLE \`situation_steps_change_history\`;`)
  await db.run(sql`DROP TABLE \`situation_steps_change_history_locales\`;`)
  await db.run(sql`DROP TABLE \`situation_steps_target_languages\`;`)
  await db.run(sql`DROP TABLE \`situation_steps\`;`)
  await db.run(sql`DROP TABLE \`situation_steps_locales\`;`)
  await db.run(sql`DROP TABLE \`situation_steps_rels\`;`)
  await db.run(sql`DROP TABLE \`_situation_steps_v_version_citizenships\`;`)
  await db.run(sql`DROP TABLE \`_situation_steps_v_version_purposes\`;`)
  await db.run(sql`DROP TABLE \`_situation_steps_v_version_change_history\`;`)
  await db.run(sql`DROP TABLE \`_situation_steps_v_version_change_history_locales\`;`)
  await db.run(sql`DROP TABLE \`_situation_steps_v_version_target_languages\`;`)
  await db.run(sql`DROP TABLE \`_situation_steps_v\`;`)
  await db.run(sql`DROP TABLE \`_situation_steps_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_situation_steps_v_rels\`;`)
  await db.run(sql`DROP TABLE \`citizenship_groups_members\`;`)
  await db.run(sql`DROP TABLE \`citizenship_groups\`;`)
  await db.run(sql`DROP TABLE \`citizenship_groups_locales\`;`)
  await db.run(sql`DROP TABLE \`holiday_calendars\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles_rels\`("id", "order", "parent_id", "path", "articles_id", "topics_id") SELECT "id", "order", "parent_id", "path", "articles_id", "topics_id" FROM \`articles_rels\`;`)
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles_rels\` RENAME TO \`articles_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`articles_rels_order_idx\` ON \`articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_parent_idx\` ON \`articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_idx\` ON \`articles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_articles_id_idx\` ON \`articles_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_topics_id_idx\` ON \`articles_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v_rels\`("id", "order", "parent_id", "path", "articles_id", "topics_id") SELECT "id", "order", "parent_id", "path", "articles_id", "topics_id" FROM \`_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v_rels\` RENAME TO \`_articles_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_order_idx\` ON \`_articles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_parent_idx\` ON \`_articles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_idx\` ON \`_articles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_articles_id_idx\` ON \`_articles_v_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_topics_id_idx\` ON \`_articles_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`events_id\` integer,
  	\`help_centres_id\` integer,
  	\`topics_id\` integer,
  	\`regions_id\` integer,
  	\`glossary_terms_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`help_centres_id\`) REFERENCES \`help_centres\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`glossary_terms_id\`) REFERENCES \`glossary_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "events_id", "help_centres_id", "topics_id", "regions_id", "glossary_terms_id", "users_id") SELECT "id", "order", "parent_id", "path", "articles_id", "events_id", "help_centres_id", "topics_id", "regions_id", "glossary_terms_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_help_centres_id_idx\` ON \`payload_locked_documents_rels\` (\`help_centres_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_regions_id_idx\` ON \`payload_locked_documents_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_glossary_terms_id_idx\` ON \`payload_locked_documents_rels\` (\`glossary_terms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
