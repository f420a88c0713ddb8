import type { ResponseCache } from './responseCache.ts'

const KEY = Symbol.for('ev-country-profiles.response-cache')

/**
 * The response cache of this process, shared through globalThis: the server (lib/platform/server/start.ts)
 * creates it, and the expiry path of the site's own code (lib/platform/cache/revalidate.ts, bundled by
 * Next into another copy of this module) purges it.
 */
export function registerResponseCache(cache: ResponseCache): void {
  Reflect.set(globalThis, KEY, cache)
}

/** Purges this process's response cache by key, when there is one. */
export function purgeResponseCache(keys: readonly string[]): void {
  const cache: unknown = Reflect.get(globalThis, KEY)
  if (cache && typeof cache === 'object' && 'purge' in cache && typeof cache.purge === 'function') {
    ;(cache as ResponseCache).purge(keys)
  }
}
