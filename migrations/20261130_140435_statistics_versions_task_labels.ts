import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`_ev_statistics_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_country_id\` integer NOT NULL,
  	\`version_year\` numeric NOT NULL,
  	\`version_bev\` numeric,
  	\`version_phev\` numeric,
  	\`version_hev\` numeric,
  	\`version_total_new_cars\` numeric,
  	\`version_source\` text,
  	\`version_notes\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`ev_statistics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_country_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_ev_statistics_v_parent_idx\` ON \`_ev_statistics_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_ev_statistics_v_version_version_country_idx\` ON \`_ev_statistics_v\` (\`version_country_id\`);`)
  await db.run(sql`CREATE INDEX \`_ev_statistics_v_version_version_year_idx\` ON \`_ev_statistics_v\` (\`version_year\`);`)
  await db.run(sql`CREATE INDEX \`_ev_statistics_v_version_version_updated_at_idx\` ON \`_ev_statistics_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_ev_statistics_v_version_version_created_at_idx\` ON \`_ev_statistics_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_ev_statistics_v_created_at_idx\` ON \`_ev_statistics_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_ev_statistics_v_updated_at_idx\` ON \`_ev_statistics_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`version_country_version_year_idx\` ON \`_ev_statistics_v\` (\`version_country_id\`,\`version_year\`);`)
  await db.run(sql`ALTER TABLE \`tasks\` ADD \`label\` text;`)
  await db.run(sql`ALTER TABLE \`tasks\` ADD \`placeholder\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_tasks_v\` ADD \`version_label\` text;`)
  await db.run(sql`ALTER TABLE \`_tasks_v\` ADD \`version_placeholder\` integer DEFAULT false;`)
  // Written by hand. The statistics written before there was a history become its first versions.
  await db.run(sql`INSERT INTO \`_ev_statistics_v\` (\`parent_id\`, \`version_country_id\`, \`version_year\`,
    \`version_bev\`, \`version_phev\`, \`version_hev\`, \`version_total_new_cars\`, \`version_source\`,
    \`version_notes\`, \`version_updated_at\`, \`version_created_at\`, \`created_at\`, \`updated_at\`)
    SELECT \`id\`, \`country_id\`, \`year\`, \`bev\`, \`phev\`, \`hev\`, \`total_new_cars\`, \`source\`, \`notes\`,
    \`updated_at\`, \`created_at\`, \`updated_at\`, \`updated_at\` FROM \`ev_statistics\`;`)
  // The admin names tasks "Task 10 — Electrochemical Systems" (fields/taskLabel.ts).
  await db.run(sql`UPDATE \`tasks\` SET \`label\` = 'Task ' || \`number\` ||
    CASE WHEN trim(coalesce(\`title\`, '')) = '' THEN '' ELSE ' — ' || trim(\`title\`) END;`)
  await db.run(sql`UPDATE \`_tasks_v\` SET \`version_label\` = 'Task ' || \`version_number\` ||
    CASE WHEN trim(coalesce(\`version_title\`, '')) = '' THEN '' ELSE ' — ' || trim(\`version_title\`) END;`)
  // Imports created unpublished "Task N" placeholders before they were marked as such.
  await db.run(sql`UPDATE \`tasks\` SET \`placeholder\` = 1 WHERE \`_status\` = 'draft' AND \`title\` = 'Task ' || \`number\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`_ev_statistics_v\`;`)
  await db.run(sql`ALTER TABLE \`tasks\` DROP COLUMN \`label\`;`)
  await db.run(sql`ALTER TABLE \`tasks\` DROP COLUMN \`placeholder\`;`)
  await db.run(sql`ALTER TABLE \`_tasks_v\` DROP COLUMN \`version_label\`;`)
  await db.run(sql`ALTER TABLE \`_tasks_v\` DROP COLUMN \`version_placeholder\`;`)
}
