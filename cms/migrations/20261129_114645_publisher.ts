import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`publisher\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`phone\` text,
  	\`email\` text,
  	\`website\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`publisher_locales\` (
  	\`name\` text,
  	\`about\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`publisher\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`publisher_locales_locale_parent_id_unique\` ON \`publisher_locales\` (\`_locale\`,\`_parent_id\`);`)
  // As migration 20261129_030600_parent_id_indexes does for every table that points at a parent.
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`publisher_locales_parent_id_idx\` ON \`publisher_locales\` (\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`publisher\`;`)
  await db.run(sql`DROP TABLE \`publisher_locales\`;`)
}
