// `npm run restore -- <backup-folder> [--force]`: restores a backup made by `npm run backup` into
// the database and upload folders of DATABASE_URI / MEDIA_DIR, then rebuilds the search index and
// empties the shared caches. Refuses, changing nothing, a damaged backup or a target holding data.
import path from 'node:path'
import { parseArgs } from 'node:util'

import { getPayload } from 'payload'

import { restoreBackup } from '../lib/data/backup/restoreBackup'
import { describeCounts } from '../lib/data/backup/describeCounts'
import { describeSiteLayout } from '../lib/data/backup/siteLayout'
import { searchIndexFileOf } from '../lib/data/search-index/registry'
import { rebuildSearchIndex } from '../lib/data/search-index/sync'
import { describeMongoRestore } from '../lib/platform/backup/mongodb'
import { emptySharedCaches } from '../lib/platform/cache/emptyCaches'
import { chooseDatabase } from '../lib/platform/database/adapter'
import { describeError } from '../lib/platform/errors'
import { migrations } from '../migrations'

const USAGE = 'Usage: npm run restore -- <backup-folder> [--force]'

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

// The restored database holds e-mail addresses and password hashes, as the backup did.
process.umask(0o077)

let folder: string
let force: boolean
try {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { force: { type: 'boolean', default: false } },
  })
  if (positionals.length !== 1 || !positionals[0]) fail(`Name the backup folder to restore. ${USAGE}`)
  folder = positionals[0]
  force = values.force
} catch (error) {
  fail(`${describeError(error)} ${USAGE}`)
}

let restoredInto: string | undefined
try {
  const database = chooseDatabase()
  const config = await (await import('../payload.config')).default
  const layout = describeSiteLayout(config)
  if (database.kind === 'mongodb')
    fail(
      describeMongoRestore(
        database.hosts,
        folder,
        layout.uploadRoots.map((root) => root.dir),
      ),
    )
  const databaseFile = path.resolve(database.filePath)
  const manifest = await restoreBackup({
    backupDir: folder,
    layout,
    databaseFile,
    force,
    knownMigrations: migrations.map((migration) => migration.name),
  })
  restoredInto = databaseFile
  const places = [databaseFile, ...layout.uploadRoots.map((root) => root.dir)].join(' and ')
  console.log(`Restored the backup of ${manifest.createdAt} (version ${manifest.appVersion}) into ${places}:`)
  console.log(`  ${describeCounts(manifest.documents)}; ${manifest.files.length - 1} upload files`)
  // Opening the database applies the migrations a backup of an older version lacks.
  const payload = await getPayload({ config })
  console.log(`  search index rebuilt: ${await rebuildSearchIndex(payload)} published documents`)
  await payload.destroy()
  for (const line of await emptySharedCaches()) console.log(`  ${line}`)
  process.exit(0)
} catch (error) {
  fail(
    restoredInto
      ? `The backup was restored, but the search index was not rebuilt (${describeError(error)}): delete ${searchIndexFileOf(restoredInto)} and start the site, which rebuilds it.`
      : `Restore failed, nothing was changed: ${describeError(error)}`,
  )
}
