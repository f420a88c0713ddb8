import { getPayload, type Payload } from 'payload'

import { isBuildPhase, resolveRevalidateSecret } from './env'
import { describeError } from './errors'

/** In development, an empty database is seeded so a fresh checkout shows content at once. */
async function seedIfEmpty(payload: Payload): Promise<void> {
  const [countries, tasks] = await Promise.all([
    payload.count({ collection: 'countries' }),
    payload.count({ collection: 'tasks' }),
  ])
  if (countries.totalDocs > 0 || tasks.totalDocs > 0) return
  const { seedDatabase } = await import('../import/seed/seedDatabase')
  const { describeSeedCounts } = await import('../import/seed/describeSeedCounts')
  const counts = await seedDatabase(payload)
  console.log(`The database was empty. ${describeSeedCounts(counts)}`)
}

/**
 * Connects to the shared cache (Redis, when REDIS_URL is set) and expires every tag once:
 * pages cached by an earlier run may predate changes made while the server was down (imports,
 * seeds, restores), in Redis and in the HTTP caches of CACHE_PURGE_URL alike.
 */
async function startCaches(): Promise<void> {
  const { cacheStores } = await import('./cache/stores.mjs')
  const { resolvePurgeUrls } = await import('./cache/settings.mjs')
  resolvePurgeUrls()
  await cacheStores()
  const { expireTags } = await import('./cache/revalidate')
  const { ALL_TAGS } = await import('./cache/tags')
  await expireTags(ALL_TAGS)
}

/** Outside production the caches are not started, but a mistyped variable is still reported. */
async function checkCacheSettings(): Promise<void> {
  const { resolvePurgeUrls, resolveRedisUrl } = await import('./cache/settings.mjs')
  resolveRedisUrl()
  resolvePurgeUrls()
}

/** Validates configuration and connects to the database; exits the process on failure. */
export async function startServer(): Promise<void> {
  if (isBuildPhase()) return
  try {
    resolveRevalidateSecret()
    const { default: config } = await import('@payload-config')
    const payload = await getPayload({ config })
    if (process.env.NODE_ENV === 'development') await seedIfEmpty(payload)
    // Only now start the job queue (scheduled publishing), so it never waits on the seed.
    await getPayload({ config, cron: true })
    if (process.env.NODE_ENV === 'production') await startCaches()
    else await checkCacheSettings()
  } catch (error) {
    console.error(`\nEV Country Profiles cannot start: ${describeError(error)}\n`)
    process.exit(1)
  }
}
