import { copyFile, mkdir, stat } from 'node:fs/promises'
import path from 'node:path'

import { type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

import { slugify } from '@/lib/domain/text'
import { publicationFilePath } from '@/lib/domain/urls'
import { mediaDirectory, publicationsDirectory } from '@/lib/platform/uploadFolders'

type Db = MigrateUpArgs['db']

/** A country document or version that had a "Full country report": an uploaded PDF or an address. */
export type CountryReport = {
  table: 'countries' | '_countries_v'
  rowId: number
  countryId: number
  countryName: string
  mediaId: number | null
  url: string | null
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')
const id = (value: unknown) => (typeof value === 'number' || typeof value === 'bigint' ? Number(value) : null)

/**
 * The reports entered in the countries' former `report`/`reportUrl` fields, documents and
 * versions alike. Read before those columns are dropped.
 */
export async function readCountryReports(db: Db): Promise<CountryReport[]> {
  const documents = await db.run(sql`SELECT id, id AS country_id, name, report_id, report_url FROM countries
    WHERE report_id IS NOT NULL OR trim(coalesce(report_url, '')) <> ''`)
  const versions = await db.run(sql`SELECT id, parent_id AS country_id, version_name AS name,
    version_report_id AS report_id, version_report_url AS report_url FROM _countries_v
    WHERE parent_id IS NOT NULL AND (version_report_id IS NOT NULL OR trim(coalesce(version_report_url, '')) <> '')`)
  const toReport = (table: CountryReport['table']) => (row: Record<string, unknown>) => ({
    table,
    rowId: id(row.id) ?? 0,
    countryId: id(row.country_id) ?? 0,
    countryName: text(row.name) || 'Country',
    mediaId: id(row.report_id),
    url: text(row.report_url) || null,
  })
  return [...documents.rows.map(toReport('countries')), ...versions.rows.map(toReport('_countries_v'))]
}

type NewPublication = {
  title: string
  year: number
  description: string | null
  file: { filename: string; mimeType: string; filesize: number } | null
  countryIds: number[]
}

/** A free file name in the publications folder: the media file's own, numbered when taken. */
async function claimFileName(folder: string, wanted: string): Promise<string> {
  const { name, ext } = path.parse(wanted)
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? wanted : `${name}-${n}${ext}`
    const isTaken = await stat(path.join(folder, candidate)).then(
      () => true,
      () => false,
    )
    if (!isTaken) return candidate
  }
}

/** The PDF of a media document, copied into the publications folder; null when it is not a PDF on disk. */
async function copyMediaPdf(
  db: Db,
  mediaId: number,
): Promise<(NonNullable<NewPublication['file']> & { year: number }) | null> {
  const { rows } = await db.run(sql`SELECT filename, mime_type, created_at FROM media WHERE id = ${mediaId}`)
  const row = rows[0]
  const source = text(row?.filename)
  const year = new Date(text(row?.created_at) || Date.now()).getUTCFullYear()
  if (!source || text(row?.mime_type) !== 'application/pdf') return null
  const from = path.join(mediaDirectory(), source)
  const size = await stat(from).then(
    (stats) => stats.size,
    () => null,
  )
  if (size === null) return null
  const folder = publicationsDirectory()
  await mkdir(folder, { recursive: true })
  const filename = await claimFileName(folder, source)
  await copyFile(from, path.join(folder, filename))
  return { filename, mimeType: 'application/pdf', filesize: size, year }
}

/** Inserts a publication with its first version, as Payload would have saved it. */
async function insertPublication(db: Db, publication: NewPublication, slug: string): Promise<number> {
  const { file } = publication
  const status = file ? 'published' : 'draft'
  const now = new Date().toISOString()
  const url = file ? publicationFilePath(file.filename) : null
  const inserted = await db.run(sql`INSERT INTO publications (title, slug, type, year, description, filename,
    mime_type, filesize, url, _status, updated_at, created_at) VALUES (${publication.title}, ${slug}, 'other',
    ${publication.year}, ${publication.description}, ${file?.filename ?? null}, ${file?.mimeType ?? null},
    ${file?.filesize ?? null}, ${url}, ${status}, ${now}, ${now}) RETURNING id`)
  const publicationId = id(inserted.rows[0]?.id) ?? 0
  const version =
    await db.run(sql`INSERT INTO _publications_v (parent_id, version_title, version_slug, version_type,
    version_year, version_description, version_filename, version_mime_type, version_filesize, version_url,
    version__status, version_updated_at, version_created_at, created_at, updated_at, latest) VALUES (${publicationId},
    ${publication.title}, ${slug}, 'other', ${publication.year}, ${publication.description}, ${file?.filename ?? null},
    ${file?.mimeType ?? null}, ${file?.filesize ?? null}, ${url}, ${status}, ${now}, ${now}, ${now}, ${now}, 1) RETURNING id`)
  const versionId = id(version.rows[0]?.id) ?? 0
  for (const [order, countryId] of publication.countryIds.entries()) {
    await db.run(sql`INSERT INTO publications_rels ("order", parent_id, path, countries_id)
      VALUES (${order + 1}, ${publicationId}, 'countries', ${countryId})`)
    await db.run(sql`INSERT INTO _publications_v_rels ("order", parent_id, path, countries_id)
      VALUES (${order + 1}, ${versionId}, 'countries', ${countryId})`)
  }
  return publicationId
}

/**
 * Makes each distinct report a publication and the country's chapter of it, from page 1: an
 * uploaded PDF is copied into the publications folder and published (it was public as a media
 * file); an address becomes a draft saying where the report was, listed on the dashboard until an
 * editor attaches its PDF (nothing is downloaded). Documents and versions point at the same one.
 */
export async function moveReportsToChapters(db: Db, reports: readonly CountryReport[]): Promise<void> {
  const groups = new Map<string, CountryReport[]>()
  for (const report of reports) {
    const key = report.mediaId !== null ? `media:${report.mediaId}` : `url:${report.url ?? ''}`
    groups.set(key, [...(groups.get(key) ?? []), report])
  }
  const slugs = new Set<string>()
  for (const group of groups.values()) {
    const [first] = group
    if (!first) continue
    const file = first.mediaId !== null ? await copyMediaPdf(db, first.mediaId) : null
    const described = first.url ?? 'an uploaded file that is no longer there'
    const base = slugify(`${first.countryName} country report`) || 'country-report'
    let slug = base
    for (let n = 2; slugs.has(slug); n += 1) slug = `${base}-${n}`
    slugs.add(slug)
    const publicationId = await insertPublication(
      db,
      {
        title: `${first.countryName}: full country report`,
        year: file?.year ?? new Date().getUTCFullYear(),
        description: file
          ? null
          : `Before reports became publications, this country’s report was ${described}. Attach its PDF, then publish.`,
        file,
        countryIds: [...new Set(group.map((report) => report.countryId))],
      },
      slug,
    )
    for (const report of group) {
      await db.run(
        report.table === 'countries'
          ? sql`UPDATE countries SET chapter_publication_id = ${publicationId}, chapter_start_page = 1 WHERE id = ${report.rowId}`
          : sql`UPDATE _countries_v SET version_chapter_publication_id = ${publicationId}, version_chapter_start_page = 1 WHERE id = ${report.rowId}`,
      )
    }
  }
}
