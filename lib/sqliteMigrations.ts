import type { SQLiteAdapterArgs } from '@payloadcms/db-sqlite'

import { ConfigError, describeError } from './errors'

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
 * Whether an earlier development server changed this database's tables directly (schema push):
 * Payload records that as a migration of batch -1, and would then ask on the terminal
 * whether to proceed, a question nobody can answer in a server or a script.
 */
async function wasSchemaPushed(client: Client): Promise<boolean> {
  const table = await client.execute(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'payload_migrations'",
  )
  if (table.rows.length === 0) return false
  const pushed = await client.execute('SELECT id FROM payload_migrations WHERE batch = -1 LIMIT 1')
  return pushed.rows.length > 0
}

/**
 * Brings a SQLite database up to date with `migrations/`, the one way every command (dev
 * server, `npm start`, seed, import, tests) shapes its tables. A database whose tables an
 * older development server pushed is refused with what to do, never with a prompt.
 * `npm run migrate` (Payload's own command) only gets the check: it migrates by itself.
 */
export async function applySqliteMigrations(
  adapter: object,
  migrations: Migrations,
  filePath: string,
): Promise<void> {
  if (!isMigratingAdapter(adapter)) return
  if (await wasSchemaPushed(adapter.client)) {
    throw new ConfigError(
      `${filePath} was created by the development server of an earlier version, which changed its tables without migrations, so migrations cannot be applied to it. Delete it (rm ${filePath}*) and run npm run seed, or set DATABASE_URI to another file.`,
    )
  }
  if (process.env.PAYLOAD_MIGRATING === 'true') return
  try {
    await adapter.migrate({ migrations })
  } catch (error) {
    throw new ConfigError(`Could not apply the migrations to ${filePath}: ${describeError(error)}`)
  }
}
