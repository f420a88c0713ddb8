import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { moveReportsToChapters, readCountryReports } from '@/lib/data/migrations/countryReports'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`publications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`last_edited_by_id\` integer,
  	\`type\` text,
  	\`year\` numeric,
  	\`date\` text,
  	\`description\` text,
  	\`thumbnail_id\` integer,
  	\`legacy_file_name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`thumbnail_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`publications_slug_idx\` ON \`publications\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`publications_last_edited_by_idx\` ON \`publications\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_type_idx\` ON \`publications\` (\`type\`);`)
  await db.run(sql`CREATE INDEX \`publications_thumbnail_idx\` ON \`publications\` (\`thumbnail_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_legacy_file_name_idx\` ON \`publications\` (\`legacy_file_name\`);`)
  await db.run(sql`CREATE INDEX \`publications_updated_at_idx\` ON \`publications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`publications_created_at_idx\` ON \`publications\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`publications__status_idx\` ON \`publications\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`publications_filename_idx\` ON \`publications\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`publications_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`tasks_id\` integer,
  	\`countries_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tasks_id\`) REFERENCES \`tasks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`countries_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`publications_rels_order_idx\` ON \`publications_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`publications_rels_parent_idx\` ON \`publications_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_rels_path_idx\` ON \`publications_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`publications_rels_tasks_id_idx\` ON \`publications_rels\` (\`tasks_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_rels_countries_id_idx\` ON \`publications_rels\` (\`countries_id\`);`)
  await db.run(sql`CREATE TABLE \`_publications_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_last_edited_by_id\` integer,
  	\`version_type\` text,
  	\`version_year\` numeric,
  	\`version_date\` text,
  	\`version_description\` text,
  	\`version_thumbnail_id\` integer,
  	\`version_legacy_file_name\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_url\` text,
  	\`version_thumbnail_u_r_l\` text,
  	\`version_filename\` text,
  	\`version_mime_type\` text,
  	\`version_filesize\` numeric,
  	\`version_width\` numeric,
  	\`version_height\` numeric,
  	\`version_focal_x\` numeric,
  	\`version_focal_y\` numeric,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_thumbnail_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_publications_v_parent_idx\` ON \`_publications_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_slug_idx\` ON \`_publications_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_last_edited_by_idx\` ON \`_publications_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_type_idx\` ON \`_publications_v\` (\`version_type\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_thumbnail_idx\` ON \`_publications_v\` (\`version_thumbnail_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_legacy_file_name_idx\` ON \`_publications_v\` (\`version_legacy_file_name\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_updated_at_idx\` ON \`_publications_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_created_at_idx\` ON \`_publications_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version__status_idx\` ON \`_publications_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_filename_idx\` ON \`_publications_v\` (\`version_filename\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_created_at_idx\` ON \`_publications_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_updated_at_idx\` ON \`_publications_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_latest_idx\` ON \`_publications_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_autosave_idx\` ON \`_publications_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_publications_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`tasks_id\` integer,
  	\`countries_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_publications_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tasks_id\`) REFERENCES \`tasks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`countries_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_publications_v_rels_order_idx\` ON \`_publications_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_rels_parent_idx\` ON \`_publications_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_rels_path_idx\` ON \`_publications_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_rels_tasks_id_idx\` ON \`_publications_v_rels\` (\`tasks_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_rels_countries_id_idx\` ON \`_publications_v_rels\` (\`countries_id\`);`)
  await db.run(sql`CREATE TABLE \`pdf_extracts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`source\` text NOT NULL,
  	\`file_size\` numeric,
  	\`status\` text NOT NULL,
  	\`error\` text,
  	\`page_count\` numeric,
  	\`has_text\` integer DEFAULT false,
  	\`is_text_truncated\` integer DEFAULT false,
  	\`pages\` text,
  	\`has_thumbnail\` integer DEFAULT false,
  	\`thumbnail\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pdf_extracts_source_idx\` ON \`pdf_extracts\` (\`source\`);`)
  await db.run(sql`CREATE INDEX \`pdf_extracts_updated_at_idx\` ON \`pdf_extracts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pdf_extracts_created_at_idx\` ON \`pdf_extracts\` (\`created_at\`);`)
  // Written by hand: the reports editors entered, read before their columns go.
  const reports = await readCountryReports(db)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_countries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`slug\` text,
  	\`last_edited_by_id\` integer,
  	\`iso_code\` text,
  	\`body\` text,
  	\`search_text\` text,
  	\`chart_description\` text,
  	\`chapter_publication_id\` integer,
  	\`chapter_start_page\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`chapter_publication_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_countries\`("id", "name", "slug", "last_edited_by_id", "iso_code", "body", "search_text", "chart_description", "chapter_publication_id", "chapter_start_page", "updated_at", "created_at", "_status") SELECT "id", "name", "slug", "last_edited_by_id", "iso_code", "body", "search_text", "chart_description", NULL, NULL, "updated_at", "created_at", "_status" FROM \`countries\`;`)
  await db.run(sql`DROP TABLE \`countries\`;`)
  await db.run(sql`ALTER TABLE \`__new_countries\` RENAME TO \`countries\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`countries_name_idx\` ON \`countries\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`countries_slug_idx\` ON \`countries\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`countries_last_edited_by_idx\` ON \`countries\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`countries_iso_code_idx\` ON \`countries\` (\`iso_code\`);`)
  await db.run(sql`CREATE INDEX \`countries_chapter_chapter_publication_idx\` ON \`countries\` (\`chapter_publication_id\`);`)
  await db.run(sql`CREATE INDEX \`countries_updated_at_idx\` ON \`countries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`countries_created_at_idx\` ON \`countries\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`countries__status_idx\` ON \`countries\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__countries_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_last_edited_by_id\` integer,
  	\`version_iso_code\` text,
  	\`version_body\` text,
  	\`version_search_text\` text,
  	\`version_chart_description\` text,
  	\`version_chapter_publication_id\` integer,
  	\`version_chapter_start_page\` numeric,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_chapter_publication_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__countries_v\`("id", "parent_id", "version_name", "version_slug", "version_last_edited_by_id", "version_iso_code", "version_body", "version_search_text", "version_chart_description", "version_chapter_publication_id", "version_chapter_start_page", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_name", "version_slug", "version_last_edited_by_id", "version_iso_code", "version_body", "version_search_text", "version_chart_description", NULL, NULL, "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_countries_v\`;`)
  await db.run(sql`DROP TABLE \`_countries_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__countries_v\` RENAME TO \`_countries_v\`;`)
  await db.run(sql`CREATE INDEX \`_countries_v_parent_idx\` ON \`_countries_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_version_name_idx\` ON \`_countries_v\` (\`version_name\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_version_slug_idx\` ON \`_countries_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_version_last_edited_by_idx\` ON \`_countries_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_version_iso_code_idx\` ON \`_countries_v\` (\`version_iso_code\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_chapter_version_chapter_publication_idx\` ON \`_countries_v\` (\`version_chapter_publication_id\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_version_updated_at_idx\` ON \`_countries_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_version_created_at_idx\` ON \`_countries_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_version__status_idx\` ON \`_countries_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_created_at_idx\` ON \`_countries_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_updated_at_idx\` ON \`_countries_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_latest_idx\` ON \`_countries_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_autosave_idx\` ON \`_countries_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`tasks\` ADD \`chapter_publication_id\` integer REFERENCES publications(id);`)
  await db.run(sql`ALTER TABLE \`tasks\` ADD \`chapter_start_page\` numeric;`)
  await db.run(sql`CREATE INDEX \`tasks_chapter_chapter_publication_idx\` ON \`tasks\` (\`chapter_publication_id\`);`)
  await db.run(sql`ALTER TABLE \`_tasks_v\` ADD \`version_chapter_publication_id\` integer REFERENCES publications(id);`)
  await db.run(sql`ALTER TABLE \`_tasks_v\` ADD \`version_chapter_start_page\` numeric;`)
  await db.run(sql`CREATE INDEX \`_tasks_v_version_chapter_version_chapter_publication_idx\` ON \`_tasks_v\` (\`version_chapter_publication_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`publications_id\` integer REFERENCES publications(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`pdf_extracts_id\` integer REFERENCES pdf_extracts(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_publications_id_idx\` ON \`payload_locked_documents_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pdf_extracts_id_idx\` ON \`payload_locked_documents_rels\` (\`pdf_extracts_id\`);`)
  // Written by hand: each country's report becomes a publication and the country's chapter of it.
  await moveReportsToChapters(db, reports)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_countries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`slug\` text,
  	\`last_edited_by_id\` integer,
  	\`iso_code\` text,
  	\`body\` text,
  	\`search_text\` text,
  	\`chart_description\` text,
  	\`report_id\` integer,
  	\`report_url\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`report_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_countries\`("id", "name", "slug", "last_edited_by_id", "iso_code", "body", "search_text", "chart_description", "report_id", "report_url", "updated_at", "created_at", "_status") SELECT "id", "name", "slug", "last_edited_by_id", "iso_code", "body", "search_text", "chart_description", NULL, NULL, "updated_at", "created_at", "_status" FROM \`countries\`;`)
  await db.run(sql`DROP TABLE \`countries\`;`)
  await db.run(sql`ALTER TABLE \`__new_countries\` RENAME TO \`countries\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`countries_name_idx\` ON \`countries\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`countries_slug_idx\` ON \`countries\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`countries_last_edited_by_idx\` ON \`countries\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`countries_iso_code_idx\` ON \`countries\` (\`iso_code\`);`)
  await db.run(sql`CREATE INDEX \`countries_report_idx\` ON \`countries\` (\`report_id\`);`)
  await db.run(sql`CREATE INDEX \`countries_updated_at_idx\` ON \`countries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`countries_created_at_idx\` ON \`countries\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`countries__status_idx\` ON \`countries\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__countries_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_last_edited_by_id\` integer,
  	\`version_iso_code\` text,
  	\`version_body\` text,
  	\`version_search_text\` text,
  	\`version_chart_description\` text,
  	\`version_report_id\` integer,
  	\`version_report_url\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_report_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__countries_v\`("id", "parent_id", "version_name", "version_slug", "version_last_edited_by_id", "version_iso_code", "version_body", "version_search_text", "version_chart_description", "version_report_id", "version_report_url", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_name", "version_slug", "version_last_edited_by_id", "version_iso_code", "version_body", "version_search_text", "version_chart_description", NULL, NULL, "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_countries_v\`;`)
  await db.run(sql`DROP TABLE \`_countries_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__countries_v\` RENAME TO \`_countries_v\`;`)
  await db.run(sql`CREATE INDEX \`_countries_v_parent_idx\` ON \`_countries_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_version_name_idx\` ON \`_countries_v\` (\`version_name\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_version_slug_idx\` ON \`_countries_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_version_last_edited_by_idx\` ON \`_countries_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_version_iso_code_idx\` ON \`_countries_v\` (\`version_iso_code\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_version_report_idx\` ON \`_countries_v\` (\`version_report_id\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_version_updated_at_idx\` ON \`_countries_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_version_created_at_idx\` ON \`_countries_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_version__status_idx\` ON \`_countries_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_created_at_idx\` ON \`_countries_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_updated_at_idx\` ON \`_countries_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_latest_idx\` ON \`_countries_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_autosave_idx\` ON \`_countries_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_tasks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	\`status\` text DEFAULT 'ongoing',
  	\`title\` text,
  	\`summary\` text,
  	\`start_year\` numeric,
  	\`end_year\` numeric,
  	\`period_note\` text,
  	\`description\` text,
  	\`search_text\` text,
  	\`last_edited_by_id\` integer,
  	\`label\` text,
  	\`placeholder\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_tasks\`("id", "number", "status", "title", "summary", "start_year", "end_year", "period_note", "description", "search_text", "last_edited_by_id", "label", "placeholder", "updated_at", "created_at", "_status") SELECT "id", "number", "status", "title", "summary", "start_year", "end_year", "period_note", "description", "search_text", "last_edited_by_id", "label", "placeholder", "updated_at", "created_at", "_status" FROM \`tasks\`;`)
  await db.run(sql`DROP TABLE \`tasks\`;`)
  await db.run(sql`ALTER TABLE \`__new_tasks\` RENAME TO \`tasks\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`tasks_number_idx\` ON \`tasks\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`tasks_last_edited_by_idx\` ON \`tasks\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`tasks_updated_at_idx\` ON \`tasks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`tasks_created_at_idx\` ON \`tasks\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`tasks__status_idx\` ON \`tasks\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__tasks_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_number\` numeric,
  	\`version_status\` text DEFAULT 'ongoing',
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_start_year\` numeric,
  	\`version_end_year\` numeric,
  	\`version_period_note\` text,
  	\`version_description\` text,
  	\`version_search_text\` text,
  	\`version_last_edited_by_id\` integer,
  	\`version_label\` text,
  	\`version_placeholder\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tasks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__tasks_v\`("id", "parent_id", "version_number", "version_status", "version_title", "version_summary", "version_start_year", "version_end_year", "version_period_note", "version_description", "version_search_text", "version_last_edited_by_id", "version_label", "version_placeholder", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_number", "version_status", "version_title", "version_summary", "version_start_year", "version_end_year", "version_period_note", "version_description", "version_search_text", "version_last_edited_by_id", "version_label", "version_placeholder", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_tasks_v\`;`)
  await db.run(sql`DROP TABLE \`_tasks_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__tasks_v\` RENAME TO \`_tasks_v\`;`)
  await db.run(sql`CREATE INDEX \`_tasks_v_parent_idx\` ON \`_tasks_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_tasks_v_version_version_number_idx\` ON \`_tasks_v\` (\`version_number\`);`)
  await db.run(sql`CREATE INDEX \`_tasks_v_version_version_last_edited_by_idx\` ON \`_tasks_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_tasks_v_version_version_updated_at_idx\` ON \`_tasks_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_tasks_v_version_version_created_at_idx\` ON \`_tasks_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_tasks_v_version_version__status_idx\` ON \`_tasks_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_tasks_v_created_at_idx\` ON \`_tasks_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_tasks_v_updated_at_idx\` ON \`_tasks_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_tasks_v_latest_idx\` ON \`_tasks_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_tasks_v_autosave_idx\` ON \`_tasks_v\` (\`autosave\`);`)
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
  	\`data_releases_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`countries_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`ev_statistics_id\`) REFERENCES \`ev_statistics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contacts_id\`) REFERENCES \`contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tasks_id\`) REFERENCES \`tasks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_articles_id\`) REFERENCES \`policy_articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`data_releases_id\`) REFERENCES \`data_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "countries_id", "ev_statistics_id", "contacts_id", "tasks_id", "policy_articles_id", "media_id", "data_releases_id", "users_id") SELECT "id", "order", "parent_id", "path", "countries_id", "ev_statistics_id", "contacts_id", "tasks_id", "policy_articles_id", "media_id", "data_releases_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_countries_id_idx\` ON \`payload_locked_documents_rels\` (\`countries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ev_statistics_id_idx\` ON \`payload_locked_documents_rels\` (\`ev_statistics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contacts_id_idx\` ON \`payload_locked_documents_rels\` (\`contacts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tasks_id_idx\` ON \`payload_locked_documents_rels\` (\`tasks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_policy_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`policy_articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_data_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`data_releases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  // Written by hand: dropped last, once no table refers to them (the chapters are not moved back).
  await db.run(sql`DROP TABLE \`publications_rels\`;`)
  await db.run(sql`DROP TABLE \`_publications_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_publications_v\`;`)
  await db.run(sql`DROP TABLE \`publications\`;`)
  await db.run(sql`DROP TABLE \`pdf_extracts\`;`)
}
