// @ts-check
// Which SQLite file a command opens, and whether an older development server pushed its
// tables. Plain JavaScript, so that the CLI preload (scripts/cli-preload.mjs) can check a
// database before anything heavy loads; lib/platform/database/adapter.ts and lib/platform/database/sqliteMigrations.ts use it too.
import path from 'node:path'

/** The SQLite file of development and production when `DATABASE_URI` is unset. */
export const DEFAULT_SQLITE_FILE = path.join('data', 'site.db')

/**
 * The SQLite file `DATABASE_URI` names, or the default one when it is unset (`data/site.db`;
 * `data/test.db` for tests); undefined when it names anything else. `filePath` is empty for
 * a `file:` URI without a file.
 * @param {NodeJS.ProcessEnv} env
 * @returns {{ url: string, filePath: string } | undefined}
 */
export function sqliteFileOf(env) {
  const uri = env.DATABASE_URI?.trim()
  if (!uri) {
    const filePath = env.NODE_ENV === 'test' ? path.join('data', 'test.db') : DEFAULT_SQLITE_FILE
    return { url: `file:./${filePath}`, filePath }
  }
  if (!uri.startsWith('file:')) return undefined
  return { url: uri, filePath: uri.slice('file:'.length).replace(/^\/\/(?=\/)/, '') }
}

/**
 * Why migrations cannot be applied to a database whose tables an older development server
 * pushed, with what to do; null for any other database. Payload records a push as a
 * migration of batch -1, and would then ask on the terminal whether to go on, a question
 * nobody can answer in a server or a script.
 * @param {{ execute: (sql: string) => Promise<{ rows: unknown[] }> }} client an open database
 * @param {string} filePath
 * @returns {Promise<string | null>}
 */
export async function describeSchemaPush(client, filePath) {
  const table = await client.execute(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'payload_migrations'",
  )
  if (table.rows.length === 0) return null
  const pushed = await client.execute('SELECT id FROM payload_migrations WHERE batch = -1 LIMIT 1')
  if (pushed.rows.length === 0) return null
  return `${filePath} was created by the development server of an earlier version, which changed its tables without migrations, so migrations cannot be applied to it. Empty it with npm run migrate:fresh (or delete it: rm ${filePath}*), then run npm run seed; or set DATABASE_URI to another file.`
}
