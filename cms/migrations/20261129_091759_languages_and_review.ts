import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Which languages each article, event and help centre should exist in
// (content-models/fields/targetLanguages.ts), and when an article's legal
// review date was entered (content-models/fields/reviewRecorded.ts).

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`articles_target_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_target_languages_order_idx\` ON \`articles_target_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_target_languages_parent_idx\` ON \`articles_target_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_target_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_target_languages_order_idx\` ON \`_articles_v_version_target_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_target_languages_parent_idx\` ON \`_articles_v_version_target_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_target_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_target_languages_order_idx\` ON \`events_target_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`events_target_languages_parent_idx\` ON \`events_target_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_target_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_target_languages_order_idx\` ON \`_events_v_version_target_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_target_languages_parent_idx\` ON \`_events_v_version_target_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`help_centres_target_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`help_centres\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`help_centres_target_languages_order_idx\` ON \`help_centres_target_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`help_centres_target_languages_parent_idx\` ON \`help_centres_target_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_help_centres_v_version_target_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_help_centres_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_help_centres_v_version_target_languages_order_idx\` ON \`_help_centres_v_version_target_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_help_centres_v_version_target_languages_parent_idx\` ON \`_help_centres_v_version_target_languages\` (\`parent_id\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`review_recorded_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_review_recorded_at\` text;`)
  // Reviews entered before this migration vouch for the text as it stood then:
  // nothing is known to have changed since (content-models/rules/legalReview.ts).
  await db.run(sql`UPDATE \`articles\` SET \`review_recorded_at\` = \`updated_at\` WHERE \`reviewed_at\` IS NOT NULL;`)
  await db.run(
    sql`UPDATE \`_articles_v\` SET \`version_review_recorded_at\` = \`version_updated_at\` WHERE \`version_reviewed_at\` IS NOT NULL;`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`articles_target_languages\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_target_languages\`;`)
  await db.run(sql`DROP TABLE \`events_target_languages\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_target_languages\`;`)
  await db.run(sql`DROP TABLE \`help_centres_target_languages\`;`)
  await db.run(sql`DROP TABLE \`_help_centres_v_version_target_languages\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`review_recorded_at\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_review_recorded_at\`;`)
}
