import { getPayload, type Payload, type SanitizedConfig } from 'payload'

import { isBuildPhase, resolveRevalidateSecret } from './env'
import { describeError } from './errors'
import { finishJobRuns } from './jobQueue'
import { onShutdown } from './lifecycle'

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
  const { expireTagsAtStartup } = await import('./cache/revalidate')
  const { ALL_TAGS } = await import('./cache/tags')
  await expireTagsAtStartup(ALL_TAGS)
}

/** Outside production the caches are not started, but a mistyped variable is still reported. */
async function checkCacheSettings(): Promise<void> {
  const { resolvePurgeUrls, resolveRedisUrl } = await import('./cache/settings.mjs')
  resolveRedisUrl()
  resolvePurgeUrls()
}

/** What start-up needs from the application: its Payload config, and what to do in development. */
export type StartupSteps = {
  loadConfig: () => Promise<SanitizedConfig>
  /** Runs once the database is open, before the job queue starts (development only). */
  prepareDevelopmentDatabase: (payload: Payload) => Promise<void>
}

/** Validates configuration and connects to the database; exits the process on failure. */
export async function startServer({ loadConfig, prepareDevelopmentDatabase }: StartupSteps): Promise<void> {
  if (isBuildPhase()) return
  try {
    resolveRevalidateSecret()
    const config = await loadConfig()
    const payload = await getPayload({ config })
    if (process.env.NODE_ENV === 'development') await prepareDevelopmentDatabase(payload)
    // Only now start the job queue (scheduled publishing), so it never waits on the seed; a
    // stopping server lets a running job finish or hands it back (lib/platform/jobQueue.ts).
    await getPayload({ config, cron: true })
    onShutdown('job queue', (deadline) => finishJobRuns(payload, deadline))
    if (process.env.NODE_ENV === 'production') await startCaches()
    else await checkCacheSettings()
  } catch (error) {
    console.error(`\nEV Country Profiles cannot start: ${describeError(error)}\n`)
    process.exit(1)
  }
}
