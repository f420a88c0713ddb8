import { existsSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'

import { E2E_DATA_DIR } from './server-env.mjs'

const DATA_DIR = path.resolve(E2E_DATA_DIR)
const AWAY = `${DATA_DIR}-unavailable`

/**
 * Makes the e2e server's SQLite database unavailable, as when its volume goes away: the
 * folder holding it is moved aside, so opening the file fails ("unable to open"). Connections
 * the server already holds keep working until it opens a new one, which libsql does after
 * every transaction (the job queue starts one every few seconds).
 *
 * Why not a lock: a connection with `PRAGMA locking_mode=EXCLUSIVE` and a write transaction
 * would block readers, but it cannot get its lock while the server has the database open (in
 * WAL mode every connection that has read keeps a shared lock), and a plain write lock blocks
 * only writers, never WAL readers.
 */
export function takeDatabaseAway(): void {
  rmSync(AWAY, { recursive: true, force: true })
  renameSync(DATA_DIR, AWAY)
}

/** Puts the database back where the server expects it; does nothing if it is there already. */
export function bringDatabaseBack(): void {
  if (existsSync(AWAY) && !existsSync(DATA_DIR)) renameSync(AWAY, DATA_DIR)
}
