import { randomUUID } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * Gives every integration test file its own empty database and media folder before the
 * Payload config is imported. With `DATABASE_URI=mongodb://…` set, the same suite runs
 * against MongoDB, each file in a database of its own.
 */
const workDir = mkdtempSync(path.join(tmpdir(), 'evcp-int-'))
const given = process.env.DATABASE_URI?.trim() ?? ''

if (given.startsWith('mongodb://') || given.startsWith('mongodb+srv://')) {
  const url = new URL(given)
  url.pathname = `/evcp_test_${randomUUID().slice(0, 8)}`
  process.env.DATABASE_URI = url.toString()
} else {
  process.env.DATABASE_URI = `file:${path.join(workDir, 'test.db')}`
}
process.env.MEDIA_DIR = path.join(workDir, 'media')
process.env.PAYLOAD_SECRET ??= randomUUID() + randomUUID()
