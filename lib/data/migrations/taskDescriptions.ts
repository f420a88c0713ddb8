import { randomBytes } from 'node:crypto'

import { type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

import { findReviewItems } from '@/lib/domain/review'
import { plainTextToLexical } from '@/lib/domain/richtext/fromPlainText'
import { toPlainText } from '@/lib/domain/richtext/plainText'

type Db = MigrateUpArgs['db']

/** The task tables: the documents, and their versions (whose columns carry a `version_` prefix). */
const TABLES = [
  { table: 'tasks', prefix: '', items: 'tasks_review_items' },
  { table: '_tasks_v', prefix: 'version_', items: '_tasks_v_version_review_items' },
] as const

/** A stored description as rich text: JSON written by the editor is kept, plain text becomes paragraphs. */
function toRichText(stored: string): unknown {
  try {
    const value: unknown = JSON.parse(stored)
    if (typeof value === 'object' && value !== null && 'root' in value) return value
  } catch {
    // Not JSON: plain text from before the field was rich text.
  }
  return plainTextToLexical(stored)
}

/**
 * Turns the tasks' plain-text descriptions (documents and versions) into rich-text paragraphs and
 * fills in what a save would compute from them: the search text and the review items. Plain SQL,
 * because the Local API cannot read a rich-text column that still holds plain text.
 */
export async function convertTaskDescriptionsToRichText(db: Db): Promise<void> {
  for (const { table, prefix, items } of TABLES) {
    const description = `${prefix}description`
    const { rows } = await db.run(
      sql`SELECT id, ${sql.identifier(description)} AS description FROM ${sql.identifier(table)} WHERE ${sql.identifier(description)} IS NOT NULL`,
    )
    for (const row of rows) {
      const stored = row.description
      if (typeof stored !== 'string') continue
      const value = stored.trim() === '' ? null : toRichText(stored)
      await db.run(
        sql`UPDATE ${sql.identifier(table)} SET ${sql.identifier(description)} = ${value === null ? null : JSON.stringify(value)}, ${sql.identifier(`${prefix}search_text`)} = ${value === null ? null : toPlainText(value)} WHERE id = ${row.id}`,
      )
      const reviewItems = value === null ? [] : findReviewItems(value)
      for (const [order, item] of reviewItems.entries()) {
        // Documents' array rows have text ids; versions' rows number themselves and keep a uuid.
        const id = randomBytes(12).toString('hex')
        await db.run(
          prefix
            ? sql`INSERT INTO ${sql.identifier(items)} (_order, _parent_id, question, sentence, _uuid) VALUES (${order + 1}, ${row.id}, ${item.question}, ${item.sentence}, ${id})`
            : sql`INSERT INTO ${sql.identifier(items)} (_order, _parent_id, id, question, sentence) VALUES (${order + 1}, ${row.id}, ${id}, ${item.question}, ${item.sentence})`,
        )
      }
    }
  }
}

/** The way back: each rich-text description becomes its plain text again. */
export async function convertTaskDescriptionsToPlainText(db: Db): Promise<void> {
  for (const { table, prefix } of TABLES) {
    const description = `${prefix}description`
    const { rows } = await db.run(
      sql`SELECT id, ${sql.identifier(description)} AS description FROM ${sql.identifier(table)} WHERE ${sql.identifier(description)} IS NOT NULL`,
    )
    for (const row of rows) {
      if (typeof row.description !== 'string') continue
      const text = toPlainText(toRichText(row.description))
      await db.run(
        sql`UPDATE ${sql.identifier(table)} SET ${sql.identifier(description)} = ${text || null} WHERE id = ${row.id}`,
      )
    }
  }
}
