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

async function expireEverywhere(tags: readonly CacheTag[], { retryPurge = true } = {}): Promise<void> {
  try {
    await expireCacheTags(tags)
  } catch (error) {
    // Redis being down: pages render from the database until it is back, so nothing is stale.
    console.error(`Could not expire cached pages (${tags.join(', ')}): ${String(error)}`)
  }
  purgeResponseCache(tags)
  void purgeSurrogateKeys(tags, { retry: retryPurge })
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

/**
 * At start-up (lib/platform/startup.ts): expires the tags once, and purges the HTTP caches with a
 * single attempt. Nothing this process committed can be rendering yet, so there is no second
 * expiry; and a cache that cannot be reached while the instance starts is usually starting itself
 * (empty). A retry would reach it up to half a minute later (purge.ts) and drop every page the
 * running instances have cached since, fresh ones all: the next save would then seem to have
 * purged pages it does not touch.
 */
export async function expireTagsAtStartup(tags: readonly CacheTag[]): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || tags.length === 0) return
  await expireEverywhere(tags, { retryPurge: false })
}
