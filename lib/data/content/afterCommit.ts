import type { DatabaseAdapter, PayloadRequest } from 'payload'

type Task = () => Promise<void>
type TransactionId = string | number

/** Tasks waiting for their transaction to commit, by transaction id (unique within a process). */
const waiting = new Map<TransactionId, Task[]>()
const INSTALLED = Symbol.for('ev-country-profiles.after-commit')

function takeTasks(id: TransactionId): Task[] {
  const tasks = waiting.get(id) ?? []
  waiting.delete(id)
  return tasks
}

/**
 * Makes the database adapter run the tasks {@link afterCommit} registered for a transaction
 * right after it commits, and drop them when it rolls back. Installed once per adapter
 * (payload.config.ts `onInit`).
 */
export function installAfterCommit(db: DatabaseAdapter): void {
  const marked = db as DatabaseAdapter & { [INSTALLED]?: true }
  if (marked[INSTALLED]) return
  marked[INSTALLED] = true
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  db.commitTransaction = async (id) => {
    await commit(id)
    for (const task of takeTasks(await id)) await task()
  }
  db.rollbackTransaction = async (id) => {
    takeTasks(await id)
    await rollback(id)
  }
}

/**
 * Runs `task` once what `req` wrote is committed: at once outside a transaction, else right
 * after the commit (the save's response still waits for it), never when it rolls back.
 * Expiring caches before the commit would let a request in between cache the old content.
 */
export async function afterCommit(req: PayloadRequest, task: Task): Promise<void> {
  const id = await req.transactionID
  const isInstalled = (req.payload.db as { [INSTALLED]?: true })[INSTALLED] === true
  if (id === undefined || id === null || !isInstalled) {
    await task()
    return
  }
  const tasks = waiting.get(id) ?? []
  tasks.push(task)
  waiting.set(id, tasks)
}
