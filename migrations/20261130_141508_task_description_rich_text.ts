import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import {
  convertTaskDescriptionsToPlainText,
  convertTaskDescriptionsToRichText,
} from '@/lib/data/migrations/taskDescriptions'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`countries_review_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`sentence\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`countries_review_items_order_idx\` ON \`countries_review_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`countries_review_items_parent_id_idx\` ON \`countries_review_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_countries_v_version_review_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`sentence\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_countries_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_countries_v_version_review_items_order_idx\` ON \`_countries_v_version_review_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_review_items_parent_id_idx\` ON \`_countries_v_version_review_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tasks_review_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`sentence\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tasks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tasks_review_items_order_idx\` ON \`tasks_review_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`tasks_review_items_parent_id_idx\` ON \`tasks_review_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tasks_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`contacts_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tasks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contacts_id\`) REFERENCES \`contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tasks_rels_order_idx\` ON \`tasks_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`tasks_rels_parent_idx\` ON \`tasks_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`tasks_rels_path_idx\` ON \`tasks_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`tasks_rels_contacts_id_idx\` ON \`tasks_rels\` (\`contacts_id\`);`)
  await db.run(sql`CREATE TABLE \`_tasks_v_version_review_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`sentence\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_tasks_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_tasks_v_version_review_items_order_idx\` ON \`_tasks_v_version_review_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_tasks_v_version_review_items_parent_id_idx\` ON \`_tasks_v_version_review_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_tasks_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`contacts_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_tasks_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contacts_id\`) REFERENCES \`contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_tasks_v_rels_order_idx\` ON \`_tasks_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_tasks_v_rels_parent_idx\` ON \`_tasks_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_tasks_v_rels_path_idx\` ON \`_tasks_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_tasks_v_rels_contacts_id_idx\` ON \`_tasks_v_rels\` (\`contacts_id\`);`)
  await db.run(sql`CREATE TABLE \`policy_articles_review_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`sentence\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`policy_articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policy_articles_review_items_order_idx\` ON \`policy_articles_review_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`policy_articles_review_items_parent_id_idx\` ON \`policy_articles_review_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_policy_articles_v_version_review_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`sentence\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_policy_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_policy_articles_v_version_review_items_order_idx\` ON \`_policy_articles_v_version_review_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_policy_articles_v_version_review_items_parent_id_idx\` ON \`_policy_articles_v_version_review_items\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`tasks\` ADD \`summary\` text;`)
  await db.run(sql`ALTER TABLE \`tasks\` ADD \`period_note\` text;`)
  await db.run(sql`ALTER TABLE \`tasks\` ADD \`search_text\` text;`)
  await db.run(sql`ALTER TABLE \`_tasks_v\` ADD \`version_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_tasks_v\` ADD \`version_period_note\` text;`)
  await db.run(sql`ALTER TABLE \`_tasks_v\` ADD \`version_search_text\` text;`)
  // Tasks' descriptions were plain text: they become rich-text paragraphs.
  await convertTaskDescriptionsToRichText(db)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await convertTaskDescriptionsToPlainText(db)
  await db.run(sql`DROP TABLE \`countries_review_items\`;`)
  await db.run(sql`DROP TABLE \`_countries_v_version_review_items\`;`)
  await db.run(sql`DROP TABLE \`tasks_review_items\`;`)
  await db.run(sql`DROP TABLE \`tasks_rels\`;`)
  await db.run(sql`DROP TABLE \`_tasks_v_version_review_items\`;`)
  await db.run(sql`DROP TABLE \`_tasks_v_rels\`;`)
  await db.run(sql`DROP TABLE \`policy_articles_review_items\`;`)
  await db.run(sql`DROP TABLE \`_policy_articles_v_version_review_items\`;`)
  await db.run(sql`ALTER TABLE \`tasks\` DROP COLUMN \`summary\`;`)
  await db.run(sql`ALTER TABLE \`tasks\` DROP COLUMN \`period_note\`;`)
  await db.run(sql`ALTER TABLE \`tasks\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`ALTER TABLE \`_tasks_v\` DROP COLUMN \`version_summary\`;`)
  await db.run(sql`ALTER TABLE \`_tasks_v\` DROP COLUMN \`version_period_note\`;`)
  await db.run(sql`ALTER TABLE \`_tasks_v\` DROP COLUMN \`version_search_text\`;`)
}
