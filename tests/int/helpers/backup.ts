import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { createServer as createHttpServer } from 'node:http'
import { createServer as createTcpServer } from 'node:net'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { expect } from 'vitest'

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

/** Rows per table of a database file, read apart (tests/int/helpers/count-rows.mjs says why). */
export function countRows(file: string, tables: string[]): number[] {
  const script = path.join('tests', 'int', 'helpers', 'count-rows.mjs')
  const child = spawnSync(process.execPath, [script, file, ...tables], { encoding: 'utf8' })
  expect(child.status, child.stderr).toBe(0)
  const counts: unknown = JSON.parse(child.stdout)
  if (!Array.isArray(counts)) throw new Error(`not a list of counts: ${child.stdout}`)
  return counts.map(Number)
}

/**
 * Stand-ins for the shared caches: an HTTP cache that records each PURGE's Surrogate-Key, and a
 * "Redis" that drops every connection (a Redis that cannot be reached).
 */
export async function startCacheStandIns() {
  const purges: string[] = []
  const http = createHttpServer((request, response) => {
    if (request.method === 'PURGE') purges.push(String(request.headers['surrogate-key']))
    response.end('purged')
  })
  const redis = createTcpServer((socket) => socket.destroy())
  const listen = (server: typeof http | typeof redis) =>
    new Promise<number>((resolve) =>
      server.listen(0, '127.0.0.1', () => {
        const address = server.address()
        resolve(typeof address === 'object' && address !== null ? address.port : 0)
      }),
    )
  const purgeUrl = `http://127.0.0.1:${await listen(http)}/`
  const redisUrl = `redis://127.0.0.1:${await listen(redis)}`
  return {
    purgeUrl,
    redisUrl,
    purges,
    close: () => {
      http.close()
      redis.close()
    },
  }
}
