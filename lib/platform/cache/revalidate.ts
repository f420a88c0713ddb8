import { purgeResponseCache } from '@/lib/platform/server/registry'

import { purgeSurrogateKeys } from './purge'
import { expireCacheTags } from './stores.mjs'
import type { CacheTag } from './tags'

/**
 * A page whose render began before a change was committed can be stored just after the change
 * expired it, with the old content. Expiring again once such renders have finished closes that
 * window.
 */
export const SECOND_EXPIRY_AFTER_MS = 2_000

async function expireEverywhere(tags: readonly CacheTag[]): Promise<void> {
  try {
    await expireCacheTags(tags)
  } catch (error) {
    // Redis being down: pages render from the database until it is back, so nothing is stale.
    console.error(`Could not expire cached pages (${tags.join(', ')}): ${String(error)}`)
  }
  purgeResponseCache(tags)
  void purgeSurrogateKeys(tags)
}

/**
 * Expires the tags everywhere, so the next request renders fresh content on any instance:
 * first Next's cache (Redis or this process's memory; awaited), then the single instance's
 * response cache (lib/platform/server/) and the HTTP caches of CACHE_PURGE_URL (in the background), and all
 * once more shortly after. Works inside and
 * outside a request (scheduled publishing runs in the job queue). Scripts such as the seed,
 * which run outside the server, ask the running site instead (lib/platform/cache/requestSiteRevalidation.ts).
 */
export async function expireTags(tags: readonly CacheTag[]): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || tags.length === 0) return
  await expireEverywhere(tags)
  setTimeout(() => void expireEverywhere(tags), SECOND_EXPIRY_AFTER_MS).unref()
}
