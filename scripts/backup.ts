// `npm run backup -- <new-folder>`: one consistent backup of the site while it runs (the SQLite
// database, every upload folder, a manifest with counts and checksums), readable only by its owner.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { createBackup } from '../lib/data/backup/createBackup'
import { describeCounts } from '../lib/data/backup/describeCounts'
import { describeSiteLayout } from '../lib/data/backup/siteLayout'
import { describeMongoBackup } from '../lib/platform/backup/mongodb'
import { chooseDatabase } from '../lib/platform/database/adapter'
import { describeError } from '../lib/platform/errors'

const USAGE = 'Usage: npm run backup -- <new-folder>'

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

// Backups hold e-mail addresses and password hashes: whatever this command creates is private.
process.umask(0o077)

let folder: string
try {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} })
  if (positionals.length !== 1 || !positionals[0]) fail(`Name one folder to write the backup to. ${USAGE}`)
  folder = positionals[0]
} catch (error) {
  fail(`${describeError(error)} ${USAGE}`)
}

/** The site's version (package.json), recorded in the manifest. */
function readAppVersion(): string {
  const data: unknown = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
  return typeof data === 'object' && data !== null && 'version' in data && typeof data.version === 'string'
    ? data.version
    : 'unknown'
}

const kib = (bytes: number) => `${Math.ceil(bytes / 1024).toLocaleString('en-US')} KiB`

try {
  const database = chooseDatabase()
  const { default: config } = await import('../payload.config')
  const layout = describeSiteLayout(await config)
  if (database.kind === 'mongodb')
    fail(
      describeMongoBackup(
        database.hosts,
        folder,
        layout.uploadRoots.map((root) => root.dir),
      ),
    )
  const { manifest, missingUploads } = await createBackup({
    layout,
    databaseFile: path.resolve(database.filePath),
    target: folder,
    appVersion: readAppVersion(),
  })
  for (const file of missingUploads)
    console.error(`Warning: the database names ${file}, which was not there to copy.`)
  const [databaseFile, ...uploads] = manifest.files
  console.log(`Backup written to ${path.resolve(folder)} (readable by its owner only):`)
  console.log(`  database: ${kib(databaseFile?.bytes ?? 0)}; ${describeCounts(manifest.documents)}`)
  console.log(
    `  uploads: ${uploads.length} files, ${kib(uploads.reduce((sum, file) => sum + file.bytes, 0))}`,
  )
  console.log(`  search index: ${manifest.searchIndex}`)
  process.exit(0)
} catch (error) {
  fail(`Backup failed: ${describeError(error)}`)
}
