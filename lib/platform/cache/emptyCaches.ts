import { describeError } from '../errors'
import { purgeSurrogateKeys } from './purge'
import { resolvePurgeUrls, resolveRedisUrl } from './settings.mjs'
import { CACHE_KEY_PREFIX, expireCacheTags } from './stores.mjs'
import { ALL_TAGS } from './tags'

// Every instance expires all tags as it starts (lib/platform/startup.ts): the fallback for a
// cache that cannot be reached now.
const ON_START = 'the site empties it when it starts'

/**
 * Empties the caches shared by the site's instances after its database was replaced behind
 * their back (a restore): Next's cache in Redis and the HTTP caches of CACHE_PURGE_URL.
 * Returns one line per cache saying what was done, or what to run; never throws.
 */
export async function emptySharedCaches(): Promise<string[]> {
  const lines: string[] = []
  let redisUrl: string | undefined
  let purgeUrls: string[] = []
  try {
    redisUrl = resolveRedisUrl()
    purgeUrls = resolvePurgeUrls()
  } catch (error) {
    return [`Caches not emptied: ${describeError(error)}; ${ON_START}.`]
  }
  if (redisUrl) {
    try {
      await expireCacheTags(ALL_TAGS)
      lines.push('Emptied the cached pages and data in Redis (REDIS_URL).')
    } catch (error) {
      lines.push(
        `Redis (REDIS_URL) was not emptied (${describeError(error)}); ${ON_START}, or run: redis-cli -u "$REDIS_URL" --scan --pattern '${CACHE_KEY_PREFIX}*' | xargs -r redis-cli -u "$REDIS_URL" unlink`,
      )
    }
  }
  if (purgeUrls.length > 0) {
    const purged = await purgeSurrogateKeys(ALL_TAGS)
    lines.push(
      purged
        ? `Purged every page from the HTTP caches (CACHE_PURGE_URL: ${purgeUrls.join(', ')}).`
        : `Some HTTP caches (CACHE_PURGE_URL) were not purged; ${ON_START}, or run for each: curl -X PURGE -H 'Surrogate-Key: ${ALL_TAGS.join(' ')}' <url>`,
    )
  }
  if (lines.length === 0) lines.push('No shared cache to empty (REDIS_URL and CACHE_PURGE_URL are unset).')
  return lines
}
