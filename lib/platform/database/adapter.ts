import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import mongoose from 'mongoose'
import type { DatabaseAdapterObj } from 'payload'

import { ConfigError, describeError } from '../errors'
import { DEFAULT_SQLITE_FILE, sqliteFileOf } from './sqliteFile.mjs'
import { applySqliteMigrations, type Migrations } from './sqliteMigrations'
import { serialiseTransactions, SQLITE_BUSY_TIMEOUT_MS } from './sqliteTransactions'

/** How long a MongoDB server may take to answer before a command gives up. */
export const MONGO_SERVER_SELECTION_TIMEOUT_MS = 4_000

export type DatabaseChoice =
  | { kind: 'sqlite'; url: string; filePath: string }
  | { kind: 'mongodb'; url: string; hosts: string }

const SUPPORTED_SCHEMES = 'file: (SQLite), mongodb:// or mongodb+srv:// (MongoDB)'

/** Host list of a MongoDB URI without credentials, for error messages. */
export function describeMongoHosts(uri: string): string {
  const afterScheme = uri.replace(/^mongodb(\+srv)?:\/\//, '')
  const authority = afterScheme.split(/[/?]/, 1)[0] ?? ''
  const hosts = authority.includes('@') ? authority.slice(authority.lastIndexOf('@') + 1) : authority
  return hosts || '(no host)'
}

/**
 * Reads `DATABASE_URI`: unset or `file:` selects SQLite, `mongodb://` and `mongodb+srv://`
 * select MongoDB, anything else is refused. The default SQLite file is `data/site.db`:
 * the dev server, `npm start`, the seed and the import all migrate it the same way, so
 * `npm run seed` then `npm start` shows the seeded site. Tests keep `data/test.db`.
 */
export function chooseDatabase(env: NodeJS.ProcessEnv = process.env): DatabaseChoice {
  const sqlite = sqliteFileOf(env)
  if (sqlite) {
    if (!sqlite.filePath)
      throw new ConfigError(`DATABASE_URI "${sqlite.url}" names no file. Example: file:./data/site.db`)
    return { kind: 'sqlite', ...sqlite }
  }
  const uri = env.DATABASE_URI?.trim() ?? ''
  if (uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')) {
    return { kind: 'mongodb', url: uri, hosts: describeMongoHosts(uri) }
  }
  const scheme = uri.includes(':') ? `${uri.split(':', 1)[0]}:` : uri
  throw new ConfigError(
    `DATABASE_URI has an unsupported scheme "${scheme}". Supported: ${SUPPORTED_SCHEMES}.`,
  )
}

// Before the default became data/site.db, production kept its data here.
const FORMER_PRODUCTION_FILE = path.join('data', 'production.db')

/**
 * Why a command must not open the default file: it does not exist yet, while the data of an
 * earlier version sits in `data/production.db` (the site would start empty). Null otherwise.
 */
export function describeFormerProductionFile(
  filePath: string,
  exists: (file: string) => boolean = existsSync,
): string | null {
  if (filePath !== DEFAULT_SQLITE_FILE || exists(filePath) || !exists(FORMER_PRODUCTION_FILE)) return null
  return `${FORMER_PRODUCTION_FILE} holds the data of an earlier version, but the default database is now ${DEFAULT_SQLITE_FILE}. Stop the server, then rename ${FORMER_PRODUCTION_FILE} (and its -wal and -shm files, if any) to ${DEFAULT_SQLITE_FILE}, or set DATABASE_URI=file:./${FORMER_PRODUCTION_FILE}.`
}

/** Fails within the server-selection timeout, naming MongoDB and its hosts, instead of hanging. */
async function assertMongoReachable(choice: Extract<DatabaseChoice, { kind: 'mongodb' }>) {
  const connection = mongoose.createConnection(choice.url, {
    serverSelectionTimeoutMS: MONGO_SERVER_SELECTION_TIMEOUT_MS,
  })
  try {
    await connection.asPromise()
  } catch (error) {
    throw new ConfigError(
      `Cannot connect to MongoDB at ${choice.hosts} (DATABASE_URI) within ${MONGO_SERVER_SELECTION_TIMEOUT_MS / 1000} s: ${describeError(error)}`,
    )
  } finally {
    await connection.close().catch(() => undefined)
  }
}

/** Wraps an adapter's `connect` so that a failure surfaces as one clear ConfigError. */
function withClearConnectErrors(
  adapterObj: DatabaseAdapterObj,
  preflight: () => Promise<void>,
  describe: (error: unknown) => string,
  afterConnect: (adapter: object) => Promise<void> = () => Promise.resolve(),
): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args)
      const connect = adapter.connect
      if (!connect) return adapter
      adapter.connect = async (options) => {
        await preflight()
        try {
          await connect.call(adapter, options)
        } catch (error) {
          if (error instanceof ConfigError) throw error
          throw new ConfigError(describe(error))
        }
        await afterConnect(adapter)
      }
      return adapter
    },
  }
}

/** The Payload database adapter for this environment. */
export function createDatabaseAdapter(options: {
  env?: NodeJS.ProcessEnv
  migrations: Migrations
  migrationDir: string
}): DatabaseAdapterObj {
  const choice = chooseDatabase(options.env)
  if (choice.kind === 'mongodb') {
    return withClearConnectErrors(
      mongooseAdapter({
        url: choice.url,
        connectOptions: { serverSelectionTimeoutMS: MONGO_SERVER_SELECTION_TIMEOUT_MS },
      }),
      () => assertMongoReachable(choice),
      (error) => `Cannot use MongoDB at ${choice.hosts}: ${describeError(error)}`,
    )
  }
  return withClearConnectErrors(
    sqliteAdapter({
      client: { url: choice.url },
      migrationDir: options.migrationDir,
      // One schema path for every command: migrations (applySqliteMigrations), never a
      // push of the schema, which marks the file so that a later migration asks a question.
      push: false,
      wal: true,
      busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
      // Without this option the SQLite adapter runs no transactions at all, and a failed
      // import or seed could leave half a file written. `immediate` takes the write lock up
      // front, so two processes writing at once wait for each other instead of failing.
      transactionOptions: { behavior: 'immediate' },
    }),
    () => {
      const former = describeFormerProductionFile(choice.filePath)
      if (former) throw new ConfigError(former)
      // libsql does not create missing folders.
      mkdirSync(path.dirname(path.resolve(choice.filePath)), { recursive: true })
      return Promise.resolve()
    },
    (error) => `Cannot open the SQLite database ${choice.filePath} (DATABASE_URI): ${describeError(error)}`,
    async (adapter) => {
      serialiseTransactions(adapter)
      await applySqliteMigrations(adapter, options.migrations, choice.filePath)
    },
  )
}
