import type { SQLiteAdapterArgs } from '@payloadcms/db-sqlite'

import { ConfigError, describeError } from '../errors'
import { describeSchemaPush } from './sqliteFile.mjs'

/** The migrations in `migrations/index.ts`. */
export type Migrations = NonNullable<SQLiteAdapterArgs['prodMigrations']>

type Client = { execute: (sql: string) => Promise<{ rows: unknown[] }> }
type MigratingAdapter = {
  client: Client
  migrate: (args: { migrations: Migrations }) => Promise<void>
}

function isMigratingAdapter(adapter: object): adapter is MigratingAdapter {
  return (
    'client' in adapter &&
    typeof adapter.client === 'object' &&
    adapter.client !== null &&
    'execute' in adapter.client &&
    'migrate' in adapter &&
    typeof adapter.migrate === 'function'
  )
}

/**
 * Brings a SQLite database up to date with `migrations/`, the one way every command (dev
 * server, `npm start`, seed, import, tests) shapes its tables. A database whose tables an
 * older development server pushed is refused with what to do, never with a prompt.
 * Payload's own commands (`npm run migrate`, …) only get the check: they migrate by themselves.
 */
export async function applySqliteMigrations(
  adapter: object,
  migrations: Migrations,
  filePath: string,
): Promise<void> {
  if (!isMigratingAdapter(adapter)) return
  // `payload migrate:fresh` empties the database: exactly what such a file needs.
  const pushed = process.argv.includes('migrate:fresh')
    ? null
    : await describeSchemaPush(adapter.client, filePath)
  if (pushed) throw new ConfigError(pushed)
  if (process.env.PAYLOAD_MIGRATING === 'true') return
  try {
    await adapter.migrate({ migrations })
  } catch (error) {
    throw new ConfigError(`Could not apply the migrations to ${filePath}: ${describeError(error)}`)
  }
}
