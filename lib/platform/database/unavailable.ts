/** What the API answers while the database cannot be reached. */
export const DATABASE_UNAVAILABLE_MESSAGE =
  'The database is unavailable at the moment. Nothing was changed; please try again shortly.'

// SQLite: another process holds the database (busy, locked), the file cannot be opened, or the
// locking protocol gave up. Extended codes (SQLITE_BUSY_SNAPSHOT, SQLITE_CANTOPEN_ISDIR …) count too.
const SQLITE_CODES = /^SQLITE_(BUSY|LOCKED|CANTOPEN|PROTOCOL)(_|$)/
const SQLITE_PRIMARY_CODES = new Set([5, 6, 14, 15])

// MongoDB: no server could be selected, the connection dropped, or the client is not connected.
const MONGO_NAMES = new Set([
  'MongoServerSelectionError',
  'MongooseServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'MongoServerClosedError',
])

// Payload rethrows some failures as a plain Error with only the message kept ("Error: cannot
// begin transaction: SQLITE_BUSY: database is locked"), and libsql reports a file it cannot
// open as `ConnectionFailed("Unable to open connection to local database …: 14")` with no
// code, so messages count too.
const MESSAGES = new RegExp(
  [
    String.raw`\bSQLITE_(BUSY|LOCKED|CANTOPEN|PROTOCOL)(_[A-Z_]+)?\b`,
    'database (table )?is locked',
    'unable to open database file',
    // libsql's own message; the number is the SQLite result code (busy, locked, cannot open).
    String.raw`Unable to open connection to local database .*: (5|6|14)\b`,
    'Server selection timed out',
    String.raw`\bMongo(ServerSelection|Network|NetworkTimeout)Error\b`,
    'Client must be connected before running operations',
    // Mongoose queues operations while disconnected and gives up after a while.
    String.raw`buffering timed out after \d+ms`,
  ].join('|'),
  'i',
)

function field(value: object, key: string): unknown {
  return key in value ? (value as Record<string, unknown>)[key] : undefined
}

function matchesOne(error: object): boolean {
  const code = field(error, 'code')
  const rawCode = field(error, 'rawCode')
  const name = field(error, 'name')
  const message = field(error, 'message')
  if (typeof code === 'string' && SQLITE_CODES.test(code)) return true
  // libsql reports extended result codes; the primary code is the low byte.
  if (typeof rawCode === 'number' && SQLITE_PRIMARY_CODES.has(rawCode & 0xff)) return true
  if (typeof name === 'string' && MONGO_NAMES.has(name)) return true
  // Drizzle's "Failed query" message quotes the query's parameters, i.e. user input: only
  // its cause decides.
  if ('query' in error) return false
  return typeof message === 'string' && MESSAGES.test(message)
}

/**
 * Whether an error means the database cannot be reached right now (SQLite busy, locked or
 * not openable; MongoDB without a server or connection), as opposed to a bug or bad input.
 * Follows `cause` (Drizzle wraps the driver's error in its own) and `originalError` (GraphQL).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<object>()
  let current: unknown = error
  while (typeof current === 'object' && current !== null && !seen.has(current)) {
    seen.add(current)
    if (matchesOne(current)) return true
    current = field(current, 'cause') ?? field(current, 'originalError')
  }
  return false
}
