import { getPayload, type Payload } from 'payload'

import { isBuildPhase, resolveRevalidateSecret } from './env'
import { describeError } from './errors'

/**
 * In development, an empty database is seeded so a fresh checkout shows content at once.
 * Returns whether it seeded. The seed's saves do not expire cached pages one by one: the
 * server is not listening yet, so each attempt would fail; the caller expires them once.
 */
async function seedIfEmpty(payload: Payload): Promise<boolean> {
  const [countries, tasks] = await Promise.all([
    payload.count({ collection: 'countries' }),
    payload.count({ collection: 'tasks' }),
  ])
  if (countries.totalDocs > 0 || tasks.totalDocs > 0) return false
  const { seedDatabase } = await import('./seed/seedDatabase')
  const { describeSeedCounts } = await import('./seed/describeSeedCounts')
  const counts = await seedDatabase(payload, { context: { disableRevalidate: true } })
  console.log(`The database was empty. ${describeSeedCounts(counts)}`)
  return true
}

/**
 * Pages cached by an earlier run of the server may predate changes made while it was down
 * (imports, seeds, restores): once the server listens, expire every tag once.
 */
function expireCachedPagesOnceListening(attempt = 1): void {
  setTimeout(() => {
    void (async () => {
      const { expireThroughOwnEndpoint } = await import('./cache/revalidate')
      const { ALL_TAGS } = await import('./cache/tags')
      if (!(await expireThroughOwnEndpoint(ALL_TAGS)) && attempt < 20)
        expireCachedPagesOnceListening(attempt + 1)
    })()
  }, 500)
}

/** Validates configuration and connects to the database; exits the process on failure. */
export async function startServer(): Promise<void> {
  if (isBuildPhase()) return
  try {
    resolveRevalidateSecret()
    const { default: config } = await import('@payload-config')
    const payload = await getPayload({ config })
    const seeded = process.env.NODE_ENV === 'development' && (await seedIfEmpty(payload))
    // Only now start the job queue (scheduled publishing), so it never waits on the seed.
    await getPayload({ config, cron: true })
    if (process.env.NODE_ENV === 'production' || seeded) expireCachedPagesOnceListening()
  } catch (error) {
    console.error(`\nEV Country Profiles cannot start: ${describeError(error)}\n`)
    process.exit(1)
  }
}
