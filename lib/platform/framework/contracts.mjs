// @ts-check
// What the site assumes about its frameworks beyond their documented APIs, in one place. Each
// export names one assumption; tests/unit/framework-contracts.test.ts checks it against the
// installed packages and fails, naming it, the day an upgrade changes it. docs/architecture.md
// ("Framework contracts") lists which layer relies on which. Plain JavaScript: Next loads the
// cache handler that uses it with Node at run time, and so does the CLI preload.

/** Next's cache entries of App Router pages and route handlers (its `CachedRouteKind`). */
export const NEXT_PAGE_ENTRY_KINDS = /** @type {const} */ (['APP_PAGE', 'APP_ROUTE'])

/**
 * Where Next (16.4, 16.5) reads a cached page's lifetime: the entry's `cacheControl`, else what
 * this process remembers of its own renders, else 1 s. An entry from another instance (Redis)
 * needs it, or it is stale after a second.
 */
export const NEXT_ENTRY_LIFETIME_FIELD = 'cacheControl'

/** Next's header on a cache entry listing the tags it was rendered with (`NEXT_CACHE_TAGS_HEADER`). */
export const NEXT_CACHE_TAGS_HEADER = 'x-next-cache-tags'

/** The prefix of Next's implicit tags, one per path and layout (`NEXT_CACHE_IMPLICIT_TAG_ID`). */
export const NEXT_IMPLICIT_TAG_PREFIX = '_N_T_'

/**
 * Request headers of React's client navigation (Next's `FLIGHT_HEADERS`): Next answers such a
 * request with flight data, not the page's HTML.
 */
export const NEXT_NAVIGATION_HEADERS = /** @type {const} */ ([
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-hmr-refresh',
])

/** Next's response header saying whether it answered from its cache (HIT, MISS, STALE). */
export const NEXT_CACHE_STATUS_HEADER = 'x-nextjs-cache'

/** Where `next build` lists the runtime chunks every App Router page loads. */
export const NEXT_BUILD_MANIFEST = 'build-manifest.json'

/**
 * The runtime chunks a build manifest lists for every App Router page (`rootMainFiles`).
 * @param {unknown} manifest the parsed build-manifest.json
 * @returns {string[]}
 */
export function readRootMainFiles(manifest) {
  const files =
    typeof manifest === 'object' && manifest !== null && 'rootMainFiles' in manifest
      ? manifest.rootMainFiles
      : []
  return Array.isArray(files) ? files.filter((file) => typeof file === 'string') : []
}

/**
 * The module of the `prompts` package (through which Payload and its database adapters ask
 * questions) whose exports are its question types, one function each.
 */
export const PROMPTS_QUESTIONS_MODULE = 'prompts/lib/prompts.js'
