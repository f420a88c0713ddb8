/** How long a SQLite transaction waits for a writer in another process (an import) to finish. */
export const SQLITE_BUSY_TIMEOUT_MS = 5_000

/** How long a transaction waits for its turn among the writers of this process. */
const LOCK_WAIT_MS = 120_000

type Transaction = { commit: () => Promise<void>; rollback: () => Promise<void>; close: () => void }
type Client = { execute: (sql: string) => Promise<unknown>; transaction: (mode?: string) => Promise<unknown> }

function isClient(value: unknown): value is Client {
  return (
    typeof value === 'object' &&
    value !== null &&
    'transaction' in value &&
    typeof value.transaction === 'function' &&
    'execute' in value &&
    typeof value.execute === 'function'
  )
}

function isTransaction(value: unknown): value is Transaction {
  return (
    typeof value === 'object' &&
    value !== null &&
    'commit' in value &&
    'rollback' in value &&
    'close' in value
  )
}

/** A FIFO lock: `acquire` resolves with a release function once earlier holders released theirs. */
function createLock() {
  let tail: Promise<void> = Promise.resolve()
  return async (timeoutMs: number): Promise<() => void> => {
    let release = () => {}
    const mine = new Promise<void>((resolve) => {
      release = resolve
    })
    const previous = tail
    tail = previous.then(() => mine)
    // A holder that never finishes (a bug) must not hang every later save forever.
    await Promise.race([previous, new Promise((resolve) => setTimeout(resolve, timeoutMs))])
    return release
  }
}

/**
 * Makes SQLite writers wait for each other instead of failing with "database is locked".
 * libsql runs each transaction on a connection of its own, with no busy timeout, and its
 * calls block the event loop, so: transactions of this process take turns (an async lock),
 * and each sets a busy timeout so it waits for a writer in another process (an import).
 */
export function serialiseTransactions(adapter: object): void {
  const client: unknown = 'client' in adapter ? adapter.client : undefined
  if (!isClient(client)) return
  const begin = client.transaction.bind(client)
  const acquire = createLock()
  client.transaction = async (mode) => {
    const release = await acquire(LOCK_WAIT_MS)
    try {
      await client.execute(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`)
      const transaction = await begin(mode)
      if (!isTransaction(transaction)) return transaction
      const { commit, rollback, close } = transaction
      transaction.commit = () => commit.call(transaction).finally(release)
      transaction.rollback = () => rollback.call(transaction).finally(release)
      transaction.close = () => {
        close.call(transaction)
        release()
      }
      return transaction
    } catch (error) {
      release()
      throw error
    }
  }
}
