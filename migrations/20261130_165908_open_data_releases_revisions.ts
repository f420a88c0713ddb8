import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`data_releases\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version\` text NOT NULL,
  	\`notes\` text,
  	\`published_at\` text,
  	\`country_count\` numeric,
  	\`row_count\` numeric,
  	\`publisher_name\` text,
  	\`licence_name\` text,
  	\`licence_url\` text,
  	\`csv\` text,
  	\`json\` text,
  	\`data_package\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`data_releases_version_idx\` ON \`data_releases\` (\`version\`);`)
  await db.run(sql`CREATE INDEX \`data_releases_updated_at_idx\` ON \`data_releases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`data_releases_created_at_idx\` ON \`data_releases\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`open_data\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`publisher_name\` text DEFAULT 'EV Country Profiles' NOT NULL,
  	\`publisher_url\` text,
  	\`licence_name\` text DEFAULT 'CC BY 4.0' NOT NULL,
  	\`licence_title\` text DEFAULT 'Creative Commons Attribution 4.0 International' NOT NULL,
  	\`licence_id\` text DEFAULT 'CC-BY-4.0' NOT NULL,
  	\`licence_url\` text DEFAULT 'https://creativecommons.org/licenses/by/4.0/' NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`ev_statistics\` ADD \`change_note\` text;`)
  await db.run(sql`ALTER TABLE \`ev_statistics\` ADD \`is_editorial_change\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_ev_statistics_v\` ADD \`version_change_note\` text;`)
  await db.run(sql`ALTER TABLE \`_ev_statistics_v\` ADD \`version_is_editorial_change\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`data_releases_id\` integer REFERENCES data_releases(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_data_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`data_releases_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`data_releases\`;`)
  await db.run(sql`DROP TABLE \`open_data\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`countries_id\` integer,
  	\`ev_statistics_id\` integer,
  	\`contacts_id\` integer,
  	\`tasks_id\` integer,
  	\`policy_articles_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`countries_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`ev_statistics_id\`) REFERENCES \`ev_statistics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contacts_id\`) REFERENCES \`contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tasks_id\`) REFERENCES \`tasks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_articles_id\`) REFERENCES \`policy_articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "countries_id", "ev_statistics_id", "contacts_id", "tasks_id", "policy_articles_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "countries_id", "ev_statistics_id", "contacts_id", "tasks_id", "policy_articles_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_countries_id_idx\` ON \`payload_locked_documents_rels\` (\`countries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ev_statistics_id_idx\` ON \`payload_locked_documents_rels\` (\`ev_statistics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contacts_id_idx\` ON \`payload_locked_documents_rels\` (\`contacts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tasks_id_idx\` ON \`payload_locked_documents_rels\` (\`tasks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_policy_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`policy_articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`ev_statistics\` DROP COLUMN \`change_note\`;`)
  await db.run(sql`ALTER TABLE \`ev_statistics\` DROP COLUMN \`is_editorial_change\`;`)
  await db.run(sql`ALTER TABLE \`_ev_statistics_v\` DROP COLUMN \`version_change_note\`;`)
  await db.run(sql`ALTER TABLE \`_ev_statistics_v\` DROP COLUMN \`version_is_editorial_change\`;`)
}
