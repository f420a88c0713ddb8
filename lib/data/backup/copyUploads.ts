import path from 'node:path'

import { copyPrivateFile, fileStamp, listFiles } from '@/lib/platform/backup/files'
import type { ManifestFile } from '@/lib/platform/backup/manifest'

import { backupFolderOf, nestedRoots, type SiteLayout } from './siteLayout'

type Copied = { stamp: string | null; file: ManifestFile }

/**
 * Copies the upload folders into a backup in passes: one before the database snapshot, one after
 * it for the files that appeared or changed meanwhile. A file deleted after the first pass stays
 * copied, so every file the snapshot names is kept even while editors delete and upload.
 */
export function copyUploads(layout: SiteLayout, backupDir: string) {
  const copied = new Map<string, Copied>()
  const pass = async () => {
    for (const root of layout.uploadRoots) {
      const folder = backupFolderOf(root)
      for (const relative of await listFiles(root.dir, nestedRoots(root, layout))) {
        const source = path.join(root.dir, relative)
        const entry = `${folder}/${relative}`
        const stamp = await fileStamp(source)
        if (stamp === null || copied.get(entry)?.stamp === stamp) continue
        const digest = await copyPrivateFile(source, path.join(backupDir, entry))
        copied.set(entry, { stamp, file: { path: entry, ...digest } })
      }
    }
  }
  return {
    pass,
    /** Every file copied, by its path inside the backup. */
    files: (): ManifestFile[] =>
      [...copied.values()].map(({ file }) => file).sort((a, b) => a.path.localeCompare(b.path)),
  }
}
