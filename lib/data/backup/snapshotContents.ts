import { BackupError } from '@/lib/platform/backup/backupError'
import type { ManifestFile } from '@/lib/platform/backup/manifest'
import { countRows, listColumns, readColumn } from '@/lib/platform/database/sqliteSnapshot'

import { backupFolderOf, type SiteLayout } from './siteLayout'

/** Documents per collection in a database file; a collection without its table is refused. */
export async function countDocuments(file: string, layout: SiteLayout): Promise<Record<string, number>> {
  const counts = await countRows(
    file,
    layout.collections.map((collection) => collection.table),
  )
  const documents: Record<string, number> = {}
  for (const { slug, table } of layout.collections) {
    const count = counts.get(table)
    if (count === null || count === undefined)
      throw new BackupError(`The database has no table "${table}" for the collection ${slug}.`)
    documents[slug] = count
  }
  return documents
}

// The SQLite adapter keeps an upload's file name, and each image size's, in these columns.
const isFilenameColumn = (column: string) => column === 'filename' || /^sizes_.+_filename$/.test(column)

/** Files the database names (`filename`, image sizes) that are not among the copied files. */
export async function findMissingUploads(
  file: string,
  layout: SiteLayout,
  copied: readonly ManifestFile[],
): Promise<string[]> {
  const present = new Set(copied.map((entry) => entry.path))
  const missing: string[] = []
  for (const root of layout.uploadRoots) {
    const folder = backupFolderOf(root)
    for (const table of root.tables) {
      for (const column of (await listColumns(file, table)).filter(isFilenameColumn)) {
        for (const name of await readColumn(file, table, column)) {
          if (!present.has(`${folder}/${name}`)) missing.push(`${root.dir}/${name}`)
        }
      }
    }
  }
  return missing
}
