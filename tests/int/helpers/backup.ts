import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { parseManifest, type Manifest } from '@/lib/platform/backup/manifest'

import { type CliExit, startCli } from './cli-process'
import { createContact, createCountry, createMedia, createPolicyArticle, createTask } from './factories'
import { createUser } from './payload'

/** Runs `npm run backup` / `npm run restore`'s script to its end, with extra variables. */
export function runBackupCli(
  script: 'backup.ts' | 'restore.ts',
  args: string[],
  env: Readonly<Record<string, string>> = {},
): Promise<CliExit> {
  return startCli(script, args, 90_000, env).exited
}

/** DATABASE_URI and MEDIA_DIR of a site in `folder` (nothing is created). */
export const siteIn = (folder: string) => ({
  DATABASE_URI: `file:${path.join(folder, 'site.db')}`,
  MEDIA_DIR: path.join(folder, 'media'),
})

/** Content of every kind, a user, and an image and a PDF upload. */
export async function fillSite(payload: Payload): Promise<void> {
  await createUser(payload, 'admin')
  await createUser(payload, 'editor')
  await createPolicyArticle(payload)
  await createCountry(payload, { _status: 'draft' })
  await createTask(payload)
  await createContact(payload)
  await createMedia(payload, 'png')
  await createMedia(payload, 'pdf')
}

/** The SHA-256 of a file, as the manifest writes it. */
export const sha256Of = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

/** The manifest of a backup folder. */
export const readManifest = (folder: string): Manifest =>
  parseManifest(readFileSync(path.join(folder, 'manifest.json'), 'utf8'))

/** Every file and folder under `root` with its permission bits, e.g. { 'manifest.json': 0o600 }. */
export function modesUnder(root: string): Record<string, number> {
  const modes: Record<string, number> = {}
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name)
      modes[path.relative(root, full)] = statSync(full).mode & 0o777
      if (entry.isDirectory()) walk(full)
    }
  }
  walk(root)
  return modes
}

/** The state of a site's folder: each file's SHA-256 (folders as "folder"), to show nothing changed. */
export function snapshotFolder(root: string): Record<string, string> {
  const state: Record<string, string> = {}
  for (const [entry, mode] of Object.entries(modesUnder(root))) {
    const full = path.join(root, entry)
    state[entry] = statSync(full).isDirectory() ? `folder ${mode.toString(8)}` : sha256Of(full)
  }
  return state
}
