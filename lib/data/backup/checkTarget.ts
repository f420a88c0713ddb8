import { existsSync } from 'node:fs'

import { BackupError } from '@/lib/platform/backup/backupError'
import { listFiles } from '@/lib/platform/backup/files'
import { countRows, findProcessesUsing, withCopyOf } from '@/lib/platform/database/sqliteSnapshot'
import { describeError } from '@/lib/platform/errors'

import { describeCounts } from './describeCounts'
import type { SiteLayout } from './siteLayout'

const FORCE_HINT = 'restore into an empty database and folder, or add --force to replace what is there'

/** What the database already holds, e.g. "41 tasks, 2 users"; empty when it holds no document. */
async function describeContents(databaseFile: string, layout: SiteLayout): Promise<string> {
  let counts: Map<string, number | null>
  try {
    const tables = layout.collections.map((collection) => collection.table)
    counts = await withCopyOf(databaseFile, (copy) => countRows(copy, tables))
  } catch (error) {
    throw new BackupError(`Cannot read the database ${databaseFile}: ${describeError(error)}`)
  }
  const documents = Object.fromEntries(
    layout.collections.map(({ slug, table }) => [slug, counts.get(table) ?? 0]),
  )
  return describeCounts(documents, { skipZero: true })
}

/**
 * Refuses a target a restore would harm: a database a running process has open (always), or,
 * without `force`, a database holding any document or user, or an upload folder holding files.
 */
export async function checkTarget(layout: SiteLayout, databaseFile: string, force: boolean): Promise<void> {
  if (existsSync(databaseFile)) {
    const users = await findProcessesUsing(databaseFile)
    if (users.length > 0)
      throw new BackupError(
        `The database ${databaseFile} is open in process ${users.join(', ')} (a running site?): stop it before restoring.`,
      )
    const contents = force ? '' : await describeContents(databaseFile, layout)
    if (contents)
      throw new BackupError(
        `The database ${databaseFile} already holds documents (${contents}): ${FORCE_HINT}.`,
      )
  }
  if (force) return
  for (const root of layout.uploadRoots) {
    const files = await listFiles(root.dir)
    if (files.length > 0)
      throw new BackupError(
        `The upload folder ${root.dir} already holds ${files.length} file${files.length === 1 ? '' : 's'} (${files[0]}${files.length > 1 ? ', …' : ''}): ${FORCE_HINT}.`,
      )
  }
}
