import { describe, expect, it } from 'vitest'

import { BackupError } from '@/lib/platform/backup/backupError'
import { BACKUP_FORMAT, FORMAT_VERSION, parseManifest, type Manifest } from '@/lib/platform/backup/manifest'

const SHA = 'a'.repeat(64)

function manifest(overrides: Record<string, unknown> = {}): string {
  const valid: Manifest = {
    format: BACKUP_FORMAT,
    formatVersion: FORMAT_VERSION,
    createdAt: '2026-12-01T02:00:00.000Z',
    appVersion: '0.1.0',
    database: { engine: 'sqlite', file: 'database/site.db', migrations: ['20261122_190938_initial'] },
    searchIndex: 'not included',
    documents: { countries: 18, users: 2 },
    uploads: [{ folder: 'uploads/media', collections: ['media'] }],
    files: [
      { path: 'database/site.db', bytes: 4096, sha256: SHA },
      { path: 'uploads/media/map.png', bytes: 10, sha256: SHA },
    ],
  }
  return JSON.stringify({ ...valid, ...overrides })
}

/** The message parseManifest refuses `text` with (a BackupError, nothing else). */
function refusal(text: string): string {
  try {
    parseManifest(text)
  } catch (error) {
    expect(error).toBeInstanceOf(BackupError)
    return error instanceof Error ? error.message : String(error)
  }
  throw new Error('the manifest was accepted')
}

describe('parseManifest', () => {
  it('reads back what the backup writes', () => {
    expect(parseManifest(manifest())).toEqual(JSON.parse(manifest()))
  })

  it('refuses text that is not JSON, or JSON of another program', () => {
    expect(refusal('{"format":')).toBe('manifest.json is not valid: it is not JSON.')
    expect(refusal(manifest({ format: 'other' }))).toBe(
      'manifest.json does not describe a backup of EV Country Profiles.',
    )
  })

  it('refuses a format version it does not know, naming both', () => {
    expect(refusal(manifest({ formatVersion: FORMAT_VERSION + 1 }))).toBe(
      `The backup has format version ${FORMAT_VERSION + 1}; this version restores format ${FORMAT_VERSION} only.`,
    )
  })

  it.each(['../site.db', '/etc/passwd', 'uploads/../../x', 'uploads//x', './x'])(
    'refuses the file path %j, which could write outside the backup',
    (path) => {
      const files = [
        { path: 'database/site.db', bytes: 1, sha256: SHA },
        { path, bytes: 1, sha256: SHA },
      ]
      expect(refusal(manifest({ files }))).toMatch(/^manifest\.json is not valid: the file ".*" lies outside/)
    },
  )

  it('refuses a file without a SHA-256, negative counts and a missing database', () => {
    const noSha = [{ path: 'database/site.db', bytes: 1, sha256: 'abc' }]
    expect(refusal(manifest({ files: noSha }))).toContain(
      'the size or SHA-256 of "database/site.db" is missing',
    )
    expect(refusal(manifest({ documents: { users: -1 } }))).toContain(
      '"documents" is not a count per collection',
    )
    expect(refusal(manifest({ files: [] }))).toContain('database/site.db is not listed')
  })
})
