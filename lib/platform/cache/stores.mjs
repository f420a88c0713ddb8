// @ts-check
// The stores behind Next's cache (rendered pages and the data cache): Redis when REDIS_URL is set,
// shared by every instance of the site, otherwise this process's memory. Both come from the
// maintained @fortedigital/nextjs-cache-handler package. Plain JavaScript: Next imports the cache
// handler with Node at run time, and the site's own code (lib/platform/cache/revalidate.ts) reaches the
// same stores through globalThis to expire tags and wait until they are gone.
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { createClient } from '@redis/client'

import { CacheSettingError, resolveRedisUrl } from './settings.mjs'

/** @typedef {import('@fortedigital/nextjs-cache-handler/cache-handler.types').Handler} Handler */

const STORES = Symbol.for('ev-country-profiles.cache-stores')
const REDIS_CLIENT = Symbol.for('ev-country-profiles.redis-client')
const registry =
  /** @type {{ [STORES]?: Promise<Handler[]>, [REDIS_CLIENT]?: { isReady: boolean, ping: () => Promise<string> } }} */ (
    /** @type {unknown} */ (globalThis)
  )

// Rendered pages and cached data of one instance fit in this much memory (as the package counts
// it: an entry's JSON length); the least recently used entries go first, so the number of distinct
// queries visitors send never grows it. Sized for a 512 MB container (docs/operations.md, "Memory
// and container size"): the finished pages are served from the response cache in front of it
// (lib/platform/server/), and a page that fell out of both renders again in tens of milliseconds.
const MEMORY_LIMIT_BYTES = 48 * 1024 * 1024
// A Redis call that takes longer fails, and the page is rendered from the database instead.
const REDIS_TIMEOUT_MS = 1_000
// How long the first connection may take before the server refuses to start.
const REDIS_CONNECT_TIMEOUT_MS = 5_000

/**
 * A connected client, or a CacheSettingError naming REDIS_URL within a few seconds.
 * @param {string} url
 */
async function connectRedis(url) {
  const host = new URL(url).host
  const client = createClient({ url, socket: { connectTimeout: REDIS_CONNECT_TIMEOUT_MS } })
  // The first 'error' fails the connection. Unheard, one emitted outside `connect()` (a server
  // that drops connections) would end the process with a stack trace instead of the message below.
  /** @type {(error: unknown) => void} */
  let failConnection = () => {}
  const failed = new Promise((_, reject) => (failConnection = reject))
  client.on('error', failConnection)
  /** @type {NodeJS.Timeout | undefined} */
  let timer
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${REDIS_CONNECT_TIMEOUT_MS / 1000} s`)),
      REDIS_CONNECT_TIMEOUT_MS,
    )
  })
  try {
    await Promise.race([client.connect(), failed, timeout])
  } catch (error) {
    client.destroy()
    throw new CacheSettingError(
      `Cannot connect to Redis at ${host} (REDIS_URL): ${error instanceof Error ? error.message : String(error)}`,
    )
  } finally {
    clearTimeout(timer)
  }
  client.off('error', failConnection)
  watchRedis(client, host)
  return client
}

/**
 * Reports a lost connection once (the client reconnects by itself; meanwhile pages render from
 * the database) and its return.
 * @param {{ on: (event: string, listener: (...args: unknown[]) => void) => unknown }} client
 * @param {string} host
 */
function watchRedis(client, host) {
  let reported = false
  client.on('error', (/** @type {unknown} */ error) => {
    // The client reconnects by itself; meanwhile pages render from the database. Say so once.
    if (reported) return
    reported = true
    console.error(
      `Redis at ${host} (REDIS_URL) is unavailable, pages render from the database: ${String(error)}`,
    )
  })
  client.on('ready', () => {
    if (reported) console.error(`Redis at ${host} (REDIS_URL) is back.`)
    reported = false
  })
}

/** Every key of the site's cache entries in Redis starts with this. */
export const CACHE_KEY_PREFIX = 'ev-country-profiles:'

/** @returns {Promise<Handler[]>} */
async function createStores() {
  const url = resolveRedisUrl()
  // `next build` needs no Redis: what it caches is only for itself.
  if (!url || process.env.NEXT_PHASE === 'phase-production-build') {
    return [createLruHandler({ maxItemsNumber: 10_000, maxItemSizeBytes: MEMORY_LIMIT_BYTES })]
  }
  const client = await connectRedis(url)
  registry[REDIS_CLIENT] = client
  return [
    createRedisHandler({
      // The package accepts node-redis clients; its own type names an older client version.
      client: /** @type {never} */ (client),
      keyPrefix: CACHE_KEY_PREFIX,
      timeoutMs: REDIS_TIMEOUT_MS,
    }),
  ]
}

/**
 * The cache stores of this process, created on first use (one Redis connection per process).
 * Rejects when REDIS_URL is set but Redis cannot be reached.
 * @returns {Promise<Handler[]>}
 */
export function cacheStores() {
  registry[STORES] ??= createStores().catch((/** @type {unknown} */ error) => {
    delete registry[STORES]
    throw error
  })
  return registry[STORES]
}

/**
 * Removes every cached page and data entry tagged with one of `tags`, in every instance's view
 * (Redis) or in this process (memory). Resolves once they are gone.
 * @param {readonly string[]} tags
 */
export async function expireCacheTags(tags) {
  const stores = await cacheStores()
  for (const store of stores) {
    for (const tag of tags) await store.revalidateTag(tag)
  }
}

/**
 * Whether the shared Redis answers a PING within `timeoutMs` (readiness): resolves false without
 * REDIS_URL (nothing to ask), true when it answers; rejects when it does not.
 * @param {number} timeoutMs
 * @returns {Promise<boolean>}
 */
export async function pingRedis(timeoutMs) {
  if (!resolveRedisUrl()) return false
  await cacheStores()
  const client = registry[REDIS_CLIENT]
  if (!client?.isReady) throw new Error('Redis is not connected')
  /** @type {NodeJS.Timeout | undefined} */
  let timer
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${timeoutMs} ms`)), timeoutMs)
  })
  try {
    await Promise.race([client.ping(), timeout])
  } finally {
    clearTimeout(timer)
  }
  return true
}
