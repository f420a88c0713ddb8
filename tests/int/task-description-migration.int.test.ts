import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import {
  convertTaskDescriptionsToPlainText,
  convertTaskDescriptionsToRichText,
} from '@/lib/data/migrations/taskDescriptions'

import { createTask } from './helpers/factories'
import { blockTypes } from './helpers/lexical'
import { bootPayload, shutdownPayload } from './helpers/payload'

const PLAIN = 'Hybrid trucks for cities (which ones?).\n\nA second paragraph.'

let payload: Payload
beforeAll(async () => {
  payload = await bootPayload()
})
afterAll(async () => {
  await shutdownPayload(payload)
})

/**
 * Tasks' descriptions were plain text before they became rich text. The SQLite migration
 * (migrations/*_task_description_rich_text.ts) converts what is stored; MongoDB needs none, as
 * the field reads a stored string as paragraphs.
 */
it('turns stored plain-text descriptions into rich text with search text and review items, and back', async () => {
  if (payload.db.name === 'mongoose') return
  const db = payload.db.drizzle
  const task = await createTask(payload)
  // What an older version of the site stored: plain text in the document and in its version.
  await db.run(sql`UPDATE tasks SET description = ${PLAIN}, search_text = NULL WHERE id = ${task.id}`)
  await db.run(sql`UPDATE _tasks_v SET version_description = ${PLAIN} WHERE parent_id = ${task.id}`)
  await db.run(sql`DELETE FROM tasks_review_items WHERE _parent_id = ${task.id}`)

  await convertTaskDescriptionsToRichText(db)

  const converted = await payload.findByID({ collection: 'tasks', id: task.id, depth: 0 })
  expect(blockTypes(converted.description)).toEqual(['paragraph', 'paragraph'])
  expect(converted.searchText).toBe('Hybrid trucks for cities (which ones?).\nA second paragraph.')
  expect(converted.reviewItems?.map(({ question, sentence }) => ({ question, sentence }))).toEqual([
    { question: '(which ones?)', sentence: 'Hybrid trucks for cities (which ones?).' },
  ])
  const { docs: versions } = await payload.findVersions({
    collection: 'tasks',
    where: { parent: { equals: task.id } },
  })
  expect(versions.length).toBeGreaterThan(0)
  for (const version of versions) {
    expect(blockTypes(version.version.description)).toEqual(['paragraph', 'paragraph'])
  }

  // Running it again leaves rich text alone.
  const stored = await db.run(sql`SELECT description FROM tasks WHERE id = ${task.id}`)
  await convertTaskDescriptionsToRichText(db)
  expect((await db.run(sql`SELECT description FROM tasks WHERE id = ${task.id}`)).rows).toEqual(stored.rows)

  await convertTaskDescriptionsToPlainText(db)
  const { rows } = await db.run(sql`SELECT description FROM tasks WHERE id = ${task.id}`)
  expect(rows[0]?.description).toBe('Hybrid trucks for cities (which ones?).\nA second paragraph.')
})
