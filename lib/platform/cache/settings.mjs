// @ts-check
// Where the shared caches are, read from the environment. Plain JavaScript because Next loads the
// cache handler (lib/platform/cache/handler.mjs) with Node at run time, without compiling it.

/** Raised for a variable that is set but unusable; the message names it and says what to write. */
export class CacheSettingError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message)
    this.name = 'CacheSettingError'
  }
}

/**
 * The Redis server that holds Next's caches for every instance, or undefined for the process's
 * own memory (one instance). `REDIS_URL` must be a `redis://` or `rediss://` URL.
 * @param {Record<string, string | undefined>} [env]
 */
export function resolveRedisUrl(env = process.env) {
  const raw = env.REDIS_URL?.trim()
  if (!raw) return undefined
  let url
  try {
    url = new URL(raw)
  } catch {
    throw new CacheSettingError(`REDIS_URL is not a valid URL: "${raw}". Example: redis://127.0.0.1:6379`)
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new CacheSettingError(`REDIS_URL must start with redis:// or rediss:// (got "${raw}").`)
  }
  return raw
}

/**
 * The HTTP caches (Varnish, a CDN) to purge when content changes: `CACHE_PURGE_URL`, a
 * comma-separated list of http(s) URLs, each receiving `PURGE` with the changed surrogate keys.
 * @param {Record<string, string | undefined>} [env]
 * @returns {string[]}
 */
export function resolvePurgeUrls(env = process.env) {
  const raw = env.CACHE_PURGE_URL?.trim()
  if (!raw) return []
  return raw
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      let url
      try {
        url = new URL(part)
      } catch {
        throw new CacheSettingError(
          `CACHE_PURGE_URL has an invalid URL: "${part}". Example: http://127.0.0.1:6081/`,
        )
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new CacheSettingError(
          `CACHE_PURGE_URL entries must start with http:// or https:// (got "${part}").`,
        )
      }
      return url.href
    })
}
