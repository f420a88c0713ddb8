import { createClient } from '@libsql/client'

/**
 * Tells whether another connection holds the SQLite write lock right now, i.e. a transaction
 * (the importer and the seed begin theirs IMMEDIATE) is in progress. Null on MongoDB.
 */
export function createWriteLockProbe(databaseUri = process.env.DATABASE_URI ?? '') {
  if (!databaseUri.startsWith('file:')) return null
  const client = createClient({ url: databaseUri })
  return {
    isLocked: async (): Promise<boolean> => {
      try {
        await client.execute('BEGIN IMMEDIATE')
      } catch (error) {
        // SQLITE_BUSY, or SQLITE_BUSY_SNAPSHOT when a writer committed while this one began.
        if (error instanceof Error && 'code' in error && String(error.code).startsWith('SQLITE_BUSY'))
          return true
        throw error
      }
      await client.execute('ROLLBACK')
      return false
    },
    close: () => client.close(),
  }
}
