import { existsSync } from 'node:fs'
import { chmod, mkdir, readdir, rename, rm, rmdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { BackupError } from '@/lib/platform/backup/backupError'
import { digestFile, PRIVATE_FILE_MODE, PRIVATE_FOLDER_MODE } from '@/lib/platform/backup/files'
import {
  BACKUP_FORMAT,
  DATABASE_ENTRY,
  FORMAT_VERSION,
  MANIFEST_FILE,
  SEARCH_INDEX_NOTE,
  type Manifest,
} from '@/lib/platform/backup/manifest'
import { readAppliedMigrations, snapshotSqlite } from '@/lib/platform/database/sqliteSnapshot'

import { copyUploads } from './copyUploads'
import { countDocuments, findMissingUploads } from './snapshotContents'
import { backupFolderOf, type SiteLayout } from './siteLayout'

export type BackupRequest = {
  layout: SiteLayout
  databaseFile: string
  /** The folder to create; it must not exist, or be empty. */
  target: string
  appVersion: string
}

/** What was written, and files the database names that no upload folder had. */
export type BackupResult = { manifest: Manifest; missingUploads: string[] }

async function assertUsableTarget(target: string, layout: SiteLayout): Promise<void> {
  for (const root of layout.uploadRoots) {
    if (target === root.dir || target.startsWith(`${root.dir}${path.sep}`))
      throw new BackupError(`${target} is inside the upload folder ${root.dir}; write the backup elsewhere.`)
  }
  if (!existsSync(target)) return
  const entries = await readdir(target).catch(() => {
    throw new BackupError(`${target} exists and is not a folder; name a new folder for the backup.`)
  })
  if (entries.length > 0)
    throw new BackupError(`${target} already exists and is not empty; name a new folder for the backup.`)
}

/**
 * Writes one consistent backup of a running site into a new folder: the database as one
 * snapshot, every upload folder, and a manifest with counts and checksums. Everything is
 * written into `<target>.partial-<pid>` first and renamed at the end, so a failed backup
 * leaves no folder that looks complete.
 */
export async function createBackup(request: BackupRequest): Promise<BackupResult> {
  const { layout, databaseFile } = request
  const target = path.resolve(request.target)
  if (!existsSync(databaseFile))
    throw new BackupError(`There is no database at ${databaseFile} (DATABASE_URI): nothing to back up.`)
  await assertUsableTarget(target, layout)
  const staging = `${target}.partial-${process.pid}`
  await mkdir(staging, { recursive: true, mode: PRIVATE_FOLDER_MODE })
  try {
    const uploads = copyUploads(layout, staging)
    await uploads.pass()
    const snapshot = path.join(staging, DATABASE_ENTRY)
    await mkdir(path.dirname(snapshot), { mode: PRIVATE_FOLDER_MODE })
    await snapshotSqlite(databaseFile, snapshot)
    await chmod(snapshot, PRIVATE_FILE_MODE)
    await uploads.pass()
    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      formatVersion: FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      appVersion: request.appVersion,
      database: { engine: 'sqlite', file: DATABASE_ENTRY, migrations: await readAppliedMigrations(snapshot) },
      searchIndex: SEARCH_INDEX_NOTE,
      documents: await countDocuments(snapshot, layout),
      uploads: layout.uploadRoots.map((root) => ({
        folder: backupFolderOf(root),
        collections: root.collections,
      })),
      files: [{ path: DATABASE_ENTRY, ...(await digestFile(snapshot)) }, ...uploads.files()],
    }
    const missingUploads = await findMissingUploads(snapshot, layout, manifest.files)
    await writeFile(path.join(staging, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, {
      mode: PRIVATE_FILE_MODE,
    })
    if (existsSync(target)) await rmdir(target)
    await rename(staging, target)
    return { manifest, missingUploads }
  } catch (error) {
    await rm(staging, { recursive: true, force: true })
    throw error
  }
}
