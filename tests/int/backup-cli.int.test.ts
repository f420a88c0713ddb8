// `npm run backup` on this test file's database: what it writes, with which modes, and what it refuses.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { mediaDirectory } from '@/lib/platform/uploadFolders'

import { fillSite, modesUnder, readManifest, runBackupCli, sha256Of } from './helpers/backup'
import { bootPayload, shutdownPayload } from './helpers/payload'

const isSqlite = (process.env.DATABASE_URI ?? '').startsWith('file:')
const work = mkdtempSync(path.join(tmpdir(), 'evcp-backup-'))
const CLI_TIMEOUT_MS = 180_000
const COLLECTIONS: CollectionSlug[] = [
  'countries',
  'ev-statistics',
  'contacts',
  'tasks',
  'policy-articles',
  'media',
  'data-releases',
  'users',
]

let payload: Payload
beforeAll(async () => {
  payload = await bootPayload()
  await fillSite(payload)
})
afterAll(async () => {
  await shutdownPayload(payload)
})

describe.runIf(isSqlite)('npm run backup', () => {
  it(
    'writes the database, every uploaded file and a manifest with counts and checksums, readable by the owner only',
    async () => {
      const folder = path.join(work, 'first')
      const run = await runBackupCli('backup.ts', [folder])
      expect(run.code, run.stderr).toBe(0)
      expect(run.stdout[0]).toBe(`Backup written to ${folder} (readable by its owner only):`)

      const manifest = readManifest(folder)
      for (const collection of COLLECTIONS) {
        const { totalDocs } = await payload.count({ collection, overrideAccess: true })
        expect(manifest.documents[collection], collection).toBe(totalDocs)
      }
      expect(manifest.documents.users).toBe(2)
      const uploaded = readdirSync(mediaDirectory()).sort()
      expect(uploaded).toHaveLength(2)
      expect(manifest.files.map((file) => file.path)).toEqual([
        'database/site.db',
        ...uploaded.map((name) => `uploads/media/${name}`),
      ])
      for (const file of manifest.files) {
        expect(sha256Of(path.join(folder, file.path)), file.path).toBe(file.sha256)
        if (file.path.startsWith('uploads/media/'))
          expect(file.sha256).toBe(sha256Of(path.join(mediaDirectory(), path.basename(file.path))))
      }
      const modes = modesUnder(folder)
      expect(Object.keys(modes).sort()).toEqual(
        [
          'database',
          'uploads',
          'uploads/media',
          'manifest.json',
          ...manifest.files.map((file) => file.path),
        ].sort(),
      )
      const folders = ['database', 'uploads', 'uploads/media']
      for (const [entry, mode] of Object.entries(modes))
        expect(mode.toString(8), entry).toBe(folders.includes(entry) ? '700' : '600')
      expect(modesUnder(work).first?.toString(8)).toBe('700')
    },
    CLI_TIMEOUT_MS,
  )

  it(
    'refuses a folder that already holds files, naming it, and writes nothing',
    async () => {
      const folder = path.join(work, 'occupied')
      mkdirSync(folder)
      writeFileSync(path.join(folder, 'notes.txt'), 'keep me')
      const run = await runBackupCli('backup.ts', [folder])
      expect(run.code).toBe(1)
      expect(run.stderr.trim()).toBe(
        `Backup failed: ${folder} already exists and is not empty; name a new folder for the backup.`,
      )
      expect(readdirSync(folder)).toEqual(['notes.txt'])
      expect(readdirSync(work).filter((name) => name.includes('partial'))).toEqual([])
    },
    CLI_TIMEOUT_MS,
  )

  it(
    'on MongoDB says to run mongodump and copy the media folder, and writes nothing',
    async () => {
      const folder = path.join(work, 'mongo')
      const run = await runBackupCli('backup.ts', [folder], {
        DATABASE_URI: 'mongodb://backup-user:secret@db.example.test:27017/site',
      })
      expect(run.code).toBe(1)
      const message = run.stderr.trim()
      expect(message.split('\n')).toHaveLength(1)
      expect(message).toContain(`mongodump --uri="$DATABASE_URI" --archive=${folder}/database.archive`)
      expect(message).toContain(mediaDirectory())
      expect(message).not.toContain('secret')
      expect(existsSync(folder)).toBe(false)
    },
    CLI_TIMEOUT_MS,
  )
})
