// @ts-check
// Next's cache handler (next.config.ts `cacheHandler`): the maintained
// @fortedigital/nextjs-cache-handler over the stores of lib/platform/cache/stores.mjs, plus the public
// headers each stored page carries (lib/platform/cache/publicResponse.mjs). Next imports this file with
// Node at run time, without compiling it: hence JavaScript, type-checked through JSDoc.
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'

import { NEXT_ENTRY_LIFETIME_FIELD } from '../framework/contracts.mjs'

import { addPublicHeaders } from './publicResponse.mjs'
import { cacheStores } from './stores.mjs'

CacheHandler.onCreation(async () => ({ handlers: await cacheStores() }))

export default class SiteCacheHandler extends CacheHandler {
  /**
   * @override
   * @type {CacheHandler['set']}
   */
  async set(cacheKey, value, ctx) {
    if (value && typeof value === 'object') addPublicHeaders(value)
    return super.set(cacheKey, value, ctx)
  }

  /**
   * Next takes a page's lifetime from the entry when it is there, else from what this process
   * remembers of its own renders, else 1 s (NEXT_ENTRY_LIFETIME_FIELD in
   * lib/platform/framework/contracts.mjs). The package does not hand the lifetime back,
   * so another instance would treat every page it did not render as stale after a second and
   * render it again in the background: the lifetime is restored from what the package stored.
   * @override
   * @type {CacheHandler['get']}
   */
  async get(cacheKey, ctx) {
    const entry = await super.get(cacheKey, ctx)
    if (entry && !(NEXT_ENTRY_LIFETIME_FIELD in entry) && entry.lifespan && entry.value?.kind !== 'FETCH') {
      const lifetime = { revalidate: entry.lifespan.revalidate ?? false, expire: undefined }
      return { ...entry, [NEXT_ENTRY_LIFETIME_FIELD]: lifetime }
    }
    return entry
  }
}
