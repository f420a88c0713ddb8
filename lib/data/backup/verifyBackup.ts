import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { BackupError } from '@/lib/platform/backup/backupError'
import { digestFile, type FileDigest } from '@/lib/platform/backup/files'
import {
  MANIFEST_FILE,
  parseManifest,
  type Manifest,
  type UploadFolder,
} from '@/lib/platform/backup/manifest'

import type { SiteLayout, UploadRoot } from './siteLayout'

/** A backup whose every file matched its checksum, with the site folder each upload folder goes to. */
export type VerifiedBackup = {
  dir: string
  manifest: Manifest
  uploads: { folder: UploadFolder; root: UploadRoot }[]
}

/** Whether a file's bytes are the ones the manifest recorded. */
export const matches = (digest: FileDigest, expected: FileDigest) =>
  digest.bytes === expected.bytes && digest.sha256 === expected.sha256

async function readManifest(dir: string): Promise<Manifest> {
  if (!existsSync(dir)) throw new BackupError(`There is no backup at ${dir}.`)
  const file = path.join(dir, MANIFEST_FILE)
  if (!existsSync(file)) throw new BackupError(`${dir} has no ${MANIFEST_FILE}: it is not a backup folder.`)
  return parseManifest(await readFile(file, 'utf8'))
}

/** The site folder of each upload folder in the backup, matched by the collections using it. */
function matchUploads(manifest: Manifest, layout: SiteLayout): VerifiedBackup['uploads'] {
  return manifest.uploads.map((folder) => {
    const root = layout.uploadRoots.find((candidate) =>
      candidate.collections.some((slug) => folder.collections.includes(slug)),
    )
    if (!root)
      throw new BackupError(
        `The backup holds uploads of ${folder.collections.join(', ')}, a collection this version of the site does not have.`,
      )
    return { folder, root }
  })
}

/**
 * Checks a backup before anything is restored: a manifest of a known format, every listed file
 * present with its size and SHA-256, migrations this version knows, upload folders it has.
 */
export async function verifyBackup(
  backupDir: string,
  layout: SiteLayout,
  knownMigrations: readonly string[],
): Promise<VerifiedBackup> {
  const dir = path.resolve(backupDir)
  const manifest = await readManifest(dir)
  const unknown = manifest.database.migrations.find((name) => !knownMigrations.includes(name))
  if (unknown)
    throw new BackupError(
      `The backup was made by a newer version of the site (its database has the migration ${unknown}, unknown here): restore it with that version.`,
    )
  const uploads = matchUploads(manifest, layout)
  for (const expected of manifest.files) {
    const file = path.join(dir, expected.path)
    if (!existsSync(file))
      throw new BackupError(`The backup is incomplete: ${expected.path} is missing from ${dir}.`)
    if (!matches(await digestFile(file), expected))
      throw new BackupError(
        `The backup is damaged: ${expected.path} does not match its size and SHA-256 in ${MANIFEST_FILE}.`,
      )
  }
  return { dir, manifest, uploads }
}
