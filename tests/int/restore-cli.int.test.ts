// `npm run restore` of a backup of this test file's database: into an empty target, refusing one
// that holds data (and --force), refusing a damaged backup; whatever it refuses, it changes nothing.
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Manifest } from '@/lib/platform/backup/manifest'
import { ALL_TAGS } from '@/lib/platform/cache/tags'

import {
  countRows,
  fillSite,
  startCacheStandIns,
  modesUnder,
  readManifest,
  runBackupCli,
  sha256Of,
  siteIn,
  snapshotFolder,
} from './helpers/backup'
import { bootPayload, shutdownPayload } from './helpers/payload'

const isSqlite = (process.env.DATABASE_URI ?? '').startsWith('file:')
const work = mkdtempSync(path.join(tmpdir(), 'evcp-restore-'))
const backup = path.join(work, 'backup')
const target = path.join(work, 'target')
const CLI_TIMEOUT_MS = 180_000

let payload: Payload
let manifest: Manifest
let published: number
beforeAll(async () => {
  payload = await bootPayload()
  await fillSite(payload)
  const where = { _status: { equals: 'published' } } as const
  published = 0
  for (const collection of ['countries', 'tasks', 'policy-articles'] as const)
    published += (await payload.count({ collection, where, overrideAccess: true })).totalDocs
  const run = await runBackupCli('backup.ts', [backup])
  expect(run.code, run.stderr).toBe(0)
  manifest = readManifest(backup)
}, CLI_TIMEOUT_MS)
afterAll(async () => {
  await shutdownPayload(payload)
})

describe.runIf(isSqlite)('npm run restore', () => {
  it(
    'restores every document and uploaded file into an empty target, mode 0600, and rebuilds the search index',
    async () => {
      const run = await runBackupCli('restore.ts', [backup], siteIn(target))
      expect(run.code, run.stderr).toBe(0)
      expect(run.stdout).toContain(`  search index rebuilt: ${published} published documents`)
      const tables = ['countries', 'ev_statistics', 'contacts', 'tasks', 'policy_articles', 'media', 'users']
      expect(countRows(path.join(target, 'site.db'), tables)).toEqual(
        ['countries', 'ev-statistics', 'contacts', 'tasks', 'policy-articles', 'media', 'users'].map(
          (slug) => manifest.documents[slug],
        ),
      )
      expect(countRows(path.join(target, 'site.search.db'), ['search_entries'])).toEqual([published])
      const uploads = manifest.files.filter((file) => file.path.startsWith('uploads/media/'))
      // Files only: the publications' folder lies inside the media folder (restored from its own entries).
      const restoredMedia = readdirSync(path.join(target, 'media'), { withFileTypes: true })
      expect(restoredMedia.flatMap((entry) => (entry.isFile() ? [entry.name] : [])).sort()).toEqual(
        uploads.map((file) => path.basename(file.path)),
      )
      for (const file of uploads)
        expect(sha256Of(path.join(target, 'media', path.basename(file.path)))).toBe(file.sha256)
      const modes = modesUnder(target)
      expect(modes['site.db']?.toString(8)).toBe('600')
      for (const file of uploads) expect(modes[`media/${path.basename(file.path)}`]?.toString(8)).toBe('600')
    },
    CLI_TIMEOUT_MS,
  )

  it(
    'refuses a target that holds data, naming what it holds, and changes nothing',
    async () => {
      const before = snapshotFolder(target)
      const run = await runBackupCli('restore.ts', [backup], siteIn(target))
      expect(run.code).toBe(1)
      expect(run.stderr.trim()).toMatch(
        new RegExp(
          `^Restore failed, nothing was changed: The database ${path.join(target, 'site.db')} already holds documents \\(.*tasks: ${manifest.documents.tasks}.*users: 2\\): .*add --force to replace`,
        ),
      )
      expect(snapshotFolder(target)).toEqual(before)
    },
    CLI_TIMEOUT_MS,
  )

  it(
    'refuses an upload folder that holds files; --force replaces both and empties the shared caches, or says what to run',
    async () => {
      const other = path.join(work, 'media-only')
      mkdirSync(path.join(other, 'media'), { recursive: true })
      writeFileSync(path.join(other, 'media', 'stale.png'), 'not from the backup')
      const refused = await runBackupCli('restore.ts', [backup], siteIn(other))
      expect(refused.code).toBe(1)
      expect(refused.stderr).toContain(
        `The upload folder ${path.join(other, 'media')} already holds 1 file (stale.png)`,
      )
      expect(readdirSync(other)).toEqual(['media'])

      writeFileSync(path.join(target, 'media', 'stale.png'), 'not from the backup')
      const caches = await startCacheStandIns()
      const forced = await runBackupCli('restore.ts', [backup, '--force'], {
        ...siteIn(target),
        CACHE_PURGE_URL: caches.purgeUrl,
        REDIS_URL: caches.redisUrl,
      }).finally(caches.close)
      expect(forced.code, forced.stderr).toBe(0)
      expect(caches.purges).toEqual([ALL_TAGS.join(' ')])
      expect(forced.stdout).toContain(
        `  Purged every page from the HTTP caches (CACHE_PURGE_URL: ${caches.purgeUrl}).`,
      )
      expect(forced.stdout.join('\n')).toMatch(
        /Redis \(REDIS_URL\) was not emptied \(.*\); the site empties it when it starts, or run: redis-cli -u "\$REDIS_URL" --scan --pattern 'ev-country-profiles:\*' \| xargs -r redis-cli -u "\$REDIS_URL" unlink/,
      )
      expect(readdirSync(path.join(target, 'media'))).not.toContain('stale.png')
      expect(readdirSync(target).filter((name) => /restore|replaced/.test(name))).toEqual([])
    },
    CLI_TIMEOUT_MS,
  )

  it(
    'refuses a damaged backup (a checksum that does not match), naming the file, and changes nothing',
    async () => {
      const damaged = path.join(work, 'damaged')
      cpSync(backup, damaged, { recursive: true })
      const image = manifest.files.find((file) => file.path.endsWith('.png'))
      if (!image) throw new Error('the backup holds no image')
      appendFileSync(path.join(damaged, image.path), 'x')

      const fresh = path.join(work, 'fresh')
      const intoFresh = await runBackupCli('restore.ts', [damaged], siteIn(fresh))
      expect(intoFresh.code).toBe(1)
      expect(intoFresh.stderr.trim()).toBe(
        `Restore failed, nothing was changed: The backup is damaged: ${image.path} does not match its size and SHA-256 in manifest.json.`,
      )
      expect(existsSync(fresh)).toBe(false)

      const before = snapshotFolder(target)
      const forced = await runBackupCli('restore.ts', [damaged, '--force'], siteIn(target))
      expect(forced.code).toBe(1)
      expect(forced.stderr).toContain(`The backup is damaged: ${image.path}`)
      expect(snapshotFolder(target)).toEqual(before)
    },
    CLI_TIMEOUT_MS,
  )
})
