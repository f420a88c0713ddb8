import { existsSync } from 'node:fs'
import { copyFile, mkdtemp, readdir, readlink, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient, type Client, type Value } from '@libsql/client'

import { SQLITE_BUSY_TIMEOUT_MS } from './sqliteTransactions'

/** A column read back as text. */
const asText = (value: Value | undefined): string =>
  typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'bigint'
      ? value.toString()
      : ''

/** Opens an existing SQLite file, runs `use`, and closes it (libsql would create a missing file). */
export async function withSqliteFile<T>(file: string, use: (client: Client) => Promise<T>): Promise<T> {
  if (!existsSync(file)) throw new Error(`${file} does not exist`)
  const client = createClient({ url: `file:${file}` })
  try {
    await client.execute(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`)
    return await use(client)
  } finally {
    client.close()
  }
}

/**
 * Writes a consistent copy of a live database to `target` (which must not exist) with
 * `VACUUM INTO`: it reads in one transaction, so saves committed meanwhile by the running site
 * (WAL mode) are either wholly in the copy or not at all, and it never blocks them.
 */
export async function snapshotSqlite(source: string, target: string): Promise<void> {
  await withSqliteFile(source, (client) => client.execute({ sql: 'VACUUM INTO ?', args: [target] }))
}

/**
 * Runs `use` on a private copy of a database (with its WAL), so that reading it leaves no trace:
 * opening the file itself would create `-wal` and `-shm` files beside it.
 */
export async function withCopyOf<T>(file: string, use: (copy: string) => Promise<T>): Promise<T> {
  const folder = await mkdtemp(path.join(tmpdir(), 'evcp-read-'))
  try {
    const copy = path.join(folder, 'copy.db')
    await copyFile(file, copy)
    if (existsSync(`${file}-wal`)) await copyFile(`${file}-wal`, `${copy}-wal`)
    return await use(copy)
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

/** Rows in each table, or null for a table the file does not have. */
export async function countRows(
  file: string,
  tables: readonly string[],
): Promise<Map<string, number | null>> {
  return withSqliteFile(file, async (client) => {
    const existing = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    const names = new Set(existing.rows.map((row) => asText(row.name)))
    const counts = new Map<string, number | null>()
    for (const table of tables) {
      if (!names.has(table)) {
        counts.set(table, null)
        continue
      }
      const result = await client.execute(`SELECT count(*) AS n FROM "${table.replace(/"/g, '""')}"`)
      counts.set(table, Number(result.rows[0]?.n ?? 0))
    }
    return counts
  })
}

/** The values of one text column of a table (empty when the table or column is missing). */
export async function readColumn(file: string, table: string, column: string): Promise<string[]> {
  return withSqliteFile(file, async (client) => {
    const columns = await client.execute({ sql: 'SELECT name FROM pragma_table_info(?)', args: [table] })
    if (!columns.rows.some((row) => row.name === column)) return []
    const quote = (name: string) => `"${name.replace(/"/g, '""')}"`
    const result = await client.execute(
      `SELECT ${quote(column)} AS value FROM ${quote(table)} WHERE ${quote(column)} IS NOT NULL`,
    )
    return result.rows.map((row) => asText(row.value))
  })
}

/** The migrations Payload recorded as applied (batch -1, a development push, is not one). */
export async function readAppliedMigrations(file: string): Promise<string[]> {
  return withSqliteFile(file, async (client) => {
    const table = await client.execute(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'payload_migrations'",
    )
    if (table.rows.length === 0) return []
    const result = await client.execute('SELECT name FROM payload_migrations WHERE batch >= 1 ORDER BY id')
    return result.rows.map((row) => asText(row.name))
  })
}

/**
 * Other processes that have the file (or its WAL) open, read from /proc: a site still running on
 * a database must not have it replaced under it. Empty where /proc is not available.
 */
export async function findProcessesUsing(file: string): Promise<number[]> {
  const targets = new Set([file, `${file}-wal`].map((name) => path.resolve(name)))
  let pids: string[]
  try {
    pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid)
  } catch {
    return []
  }
  const users: number[] = []
  for (const pid of pids) {
    let fds: string[]
    try {
      fds = await readdir(`/proc/${pid}/fd`)
    } catch {
      continue // gone, or another user's
    }
    for (const fd of fds) {
      const opened = await readlink(`/proc/${pid}/fd/${fd}`).catch(() => '')
      if (targets.has(opened)) {
        users.push(Number(pid))
        break
      }
    }
  }
  return users
}

/** The column names of a table (empty when the file has no such table). */
export async function listColumns(file: string, table: string): Promise<string[]> {
  return withSqliteFile(file, async (client) => {
    const columns = await client.execute({ sql: 'SELECT name FROM pragma_table_info(?)', args: [table] })
    return columns.rows.map((row) => asText(row.name))
  })
}
