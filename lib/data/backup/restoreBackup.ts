import path from 'node:path'

import { BackupError } from '@/lib/platform/backup/backupError'
import { copyPrivateFile } from '@/lib/platform/backup/files'
import { DATABASE_ENTRY, type Manifest, type ManifestFile } from '@/lib/platform/backup/manifest'
import { createReplacement, type Replacement } from '@/lib/platform/backup/replacement'

import { searchIndexFileOf } from '../search-index/registry'
import { checkTarget } from './checkTarget'
import { nestedRoots, type SiteLayout, type UploadRoot } from './siteLayout'
import { matches, verifyBackup, type VerifiedBackup } from './verifyBackup'

export type RestoreRequest = {
  backupDir: string
  layout: SiteLayout
  /** The SQLite file `DATABASE_URI` names. */
  databaseFile: string
  /** Replace a database or upload folder that holds data. */
  force: boolean
  /** The migrations of this version (`migrations/index.ts`). */
  knownMigrations: readonly string[]
}

/** Copies one file of the backup to `target`, checking its bytes once more on the way. */
async function copyChecked(backupDir: string, entry: ManifestFile, target: string): Promise<void> {
  const digest = await copyPrivateFile(path.join(backupDir, entry.path), target)
  if (!matches(digest, entry))
    throw new BackupError(
      `${entry.path} changed while it was being restored; check the backup and try again.`,
    )
}

/** Copies the files of the backup's folder for `root` (if any) into a staging folder inside it. */
async function stageUploads(
  replacement: Replacement,
  backup: VerifiedBackup,
  root: UploadRoot,
): Promise<string> {
  await replacement.makeFolder(root.dir)
  const staging = replacement.stagingFolderIn(root.dir)
  await replacement.makeFolder(staging)
  const upload = backup.uploads.find((candidate) => candidate.root === root)
  if (!upload) return staging
  const prefix = `${upload.folder.folder}/`
  for (const entry of backup.manifest.files.filter((file) => file.path.startsWith(prefix))) {
    await copyChecked(backup.dir, entry, path.join(staging, entry.path.slice(prefix.length)))
  }
  return staging
}

/**
 * Restores a backup into the database file and upload folders of this site: checks the backup
 * and the target first, copies everything beside its place, then swaps it in. Any failure puts
 * back what was there. The search index file is removed (it is rebuilt from the database).
 */
export async function restoreBackup(request: RestoreRequest): Promise<Manifest> {
  const { layout, databaseFile } = request
  const backup = await verifyBackup(request.backupDir, layout, request.knownMigrations)
  await checkTarget(layout, databaseFile, request.force)
  const replacement = createReplacement()
  try {
    await replacement.makeFolder(path.dirname(databaseFile))
    const stagedDatabase = replacement.stagingFileFor(databaseFile)
    replacement.track(stagedDatabase)
    const databaseEntry = backup.manifest.files.find((file) => file.path === DATABASE_ENTRY)
    if (!databaseEntry) throw new BackupError(`The backup lists no ${DATABASE_ENTRY}.`)
    await copyChecked(backup.dir, databaseEntry, stagedDatabase)
    const staged = new Map<UploadRoot, string>()
    for (const root of layout.uploadRoots) staged.set(root, await stageUploads(replacement, backup, root))

    const searchIndex = searchIndexFileOf(databaseFile)
    await replacement.replaceFile(databaseFile, stagedDatabase, [
      ...['-wal', '-shm'].map((suffix) => `${databaseFile}${suffix}`),
      ...['', '-wal', '-shm'].map((suffix) => `${searchIndex}${suffix}`),
    ])
    for (const [root, staging] of staged) {
      const keep = nestedRoots(root, layout).map(
        (dir) => path.relative(root.dir, dir).split(path.sep)[0] ?? '',
      )
      await replacement.replaceFolderContents(root.dir, staging, keep)
    }
  } catch (error) {
    await replacement.rollback()
    throw error
  }
  await replacement.commit()
  return backup.manifest
}
