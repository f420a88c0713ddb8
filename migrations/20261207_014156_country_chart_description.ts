import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`countries\` ADD \`chart_description\` text;`)
  await db.run(sql`ALTER TABLE \`_countries_v\` ADD \`version_chart_description\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`countries\` DROP COLUMN \`chart_description\`;`)
  await db.run(sql`ALTER TABLE \`_countries_v\` DROP COLUMN \`version_chart_description\`;`)
}
