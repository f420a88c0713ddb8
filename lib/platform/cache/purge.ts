import { resolvePurgeUrls } from './settings.mjs'

/** Waits before each new attempt at a purge that failed: a cache restarting is back within these. */
const RETRY_DELAYS_MS = [1_000, 5_000, 30_000]
const PURGE_TIMEOUT_MS = 5_000

/** One attempt: `PURGE` with the keys in `Surrogate-Key`, as deploy/varnish/default.vcl expects. */
async function purgeOnce(url: string, keys: readonly string[]): Promise<void> {
  const response = await fetch(url, {
    method: 'PURGE',
    headers: { 'Surrogate-Key': keys.join(' ') },
    signal: AbortSignal.timeout(PURGE_TIMEOUT_MS),
  })
  await response.body?.cancel()
  if (!response.ok) throw new Error(`answered ${response.status} ${response.statusText}`)
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Purges at one cache, waiting `delays` before each new attempt; logs one line per failure, never throws. */
async function purgeWithRetries(
  url: string,
  keys: readonly string[],
  delays: readonly number[],
): Promise<boolean> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await purgeOnce(url, keys)
      return true
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      const delay = delays[attempt]
      if (delay === undefined) {
        console.error(
          `Cache purge of "${keys.join(' ')}" at ${url} failed ${attempt + 1} times (${reason}); giving up.`,
        )
        return false
      }
      console.error(
        `Cache purge of "${keys.join(' ')}" at ${url} failed (${reason}); retrying in ${delay / 1000} s.`,
      )
      await sleep(delay)
    }
  }
}

/**
 * Tells every cache named in `CACHE_PURGE_URL` to drop the responses carrying any of `keys`.
 * Runs in the background: a cache that is down never holds up a save, and is tried again
 * (unless `retry` is false: one attempt only).
 * The returned promise (for tests) resolves to whether every cache confirmed the purge.
 */
export function purgeSurrogateKeys(
  keys: readonly string[],
  { retry = true }: { retry?: boolean } = {},
): Promise<boolean> {
  const urls = resolvePurgeUrls()
  if (urls.length === 0 || keys.length === 0) return Promise.resolve(true)
  const delays = retry ? RETRY_DELAYS_MS : []
  return Promise.all(urls.map((url) => purgeWithRetries(url, keys, delays))).then((results) =>
    results.every(Boolean),
  )
}
