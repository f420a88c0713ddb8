import { existsSync, readFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { down, up } from '@/migrations/20261207_040810_publications_chapters'
import { mediaDirectory, publicationsDirectory } from '@/lib/platform/uploadFolders'

import { buildTestPdf } from '../shared/pdfs'
import { createCountry } from './helpers/factories'
import { bootPayload, shutdownPayload } from './helpers/payload'

let payload: Payload
beforeAll(async () => {
  payload = await bootPayload()
})
afterAll(async () => {
  await shutdownPayload(payload)
})

/**
 * Before publications, a country's "Full country report" was an uploaded PDF (`report`, a media
 * document) or an address (`reportUrl`). The SQLite migration makes each a publication and the
 * country's chapter of it; MongoDB has no migrations (docs/publications.md).
 */
it('moves each country report into a publication and makes it the country’s chapter', async () => {
  if (payload.db.name === 'mongoose') return
  const db = payload.db.drizzle
  const withFile = await createCountry(payload, { name: 'Reportland' })
  const withUrl = await createCountry(payload, { name: 'Linkland' })
  const migration = { db, payload, req: {} as never }

  // The schema before the migration, with what editors had entered in it.
  await down(migration)
  const pdf = buildTestPdf([['Reportland in figures']])
  await mkdir(mediaDirectory(), { recursive: true })
  await writeFile(path.join(mediaDirectory(), 'reportland.pdf'), pdf)
  const media = await db.run(sql`INSERT INTO media (filename, mime_type, filesize, created_at, updated_at)
    VALUES ('reportland.pdf', 'application/pdf', ${pdf.length}, '2019-05-01T00:00:00.000Z', '2019-05-01T00:00:00.000Z') RETURNING id`)
  const mediaId = Number(media.rows[0]?.id)
  await db.run(sql`UPDATE countries SET report_id = ${mediaId} WHERE id = ${withFile.id}`)
  await db.run(sql`UPDATE _countries_v SET version_report_id = ${mediaId} WHERE parent_id = ${withFile.id}`)
  await db.run(
    sql`UPDATE countries SET report_url = 'https://example.org/linkland.pdf' WHERE id = ${withUrl.id}`,
  )

  await up(migration)

  const reportland = await payload.findByID({ collection: 'countries', id: withFile.id, depth: 0 })
  expect(reportland.chapter?.startPage).toBe(1)
  const publicationId = reportland.chapter?.publication
  if (typeof publicationId !== 'number') throw new Error('Reportland has no chapter')
  const publication = await payload.findByID({ collection: 'publications', id: publicationId })
  expect(publication).toMatchObject({
    title: 'Reportland: full country report',
    _status: 'published',
    year: 2019,
    filename: 'reportland.pdf',
  })
  const copied = path.join(publicationsDirectory(), 'reportland.pdf')
  expect(existsSync(copied)).toBe(true)
  expect(readFileSync(copied).equals(pdf)).toBe(true)
  const { docs: versions } = await payload.findVersions({
    collection: 'countries',
    where: { parent: { equals: withFile.id } },
    depth: 0,
  })
  expect(versions.length).toBeGreaterThan(0)
  expect(versions.map((version) => version.version.chapter?.publication)).toEqual(
    versions.map(() => publicationId),
  )

  const linkland = await payload.findByID({ collection: 'countries', id: withUrl.id, depth: 0 })
  const draftId = linkland.chapter?.publication
  if (typeof draftId !== 'number') throw new Error('Linkland has no chapter')
  const draft = await payload.findByID({ collection: 'publications', id: draftId, draft: true })
  expect(draft).toMatchObject({ _status: 'draft', title: 'Linkland: full country report' })
  expect(draft.filename ?? null).toBeNull()
  expect(draft.description).toContain('https://example.org/linkland.pdf')
})
