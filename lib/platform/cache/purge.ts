import { onShutdown } from '../lifecycle'

import { resolvePurgeUrls } from './settings.mjs'

/** Waits before each new attempt at a purge that failed: a cache restarting is back within these. */
const RETRY_DELAYS_MS = [1_000, 5_000, 30_000]
const PURGE_TIMEOUT_MS = 5_000

/** Purges under way in this process, and how to cut short the wait of those waiting for a retry. */
const pending = new Set<Promise<boolean>>()
const waiting = new Set<() => void>()
/** Set once the server stops: the attempt under way, or the next one, is the last. */
let isFinishing = false

/** One attempt: `PURGE` with the keys in `Surrogate-Key`, as deploy/varnish/default.vcl expects. */
async function purgeOnce(url: string, keys: readonly string[], timeoutMs: number): Promise<void> {
  const response = await fetch(url, {
    method: 'PURGE',
    headers: { 'Surrogate-Key': keys.join(' ') },
    signal: AbortSignal.timeout(timeoutMs),
  })
  await response.body?.cancel()
  if (!response.ok) throw new Error(`answered ${response.status} ${response.statusText}`)
}

/** Sleeps `ms`, or less when the shutdown asks every purge to make its last attempt now. */
function waitForRetry(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const wake = () => {
      clearTimeout(timer)
      waiting.delete(wake)
      resolve()
    }
    const timer = setTimeout(wake, ms)
    waiting.add(wake)
  })
}

/** Purges at one cache, waiting `delays` before each new attempt; logs one line per failure, never throws. */
async function purgeWithRetries(
  url: string,
  keys: readonly string[],
  delays: readonly number[],
): Promise<boolean> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await purgeOnce(url, keys, PURGE_TIMEOUT_MS)
      return true
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      const delay = delays[attempt]
      if (delay === undefined || isFinishing) {
        const outcome = isFinishing ? 'dropped as the server stops' : 'giving up'
        console.error(
          `Cache purge of "${keys.join(' ')}" at ${url} failed ${attempt + 1} times (${reason}); ${outcome}.`,
        )
        return false
      }
      console.error(
        `Cache purge of "${keys.join(' ')}" at ${url} failed (${reason}); retrying in ${delay / 1000} s.`,
      )
      await waitForRetry(delay)
    }
  }
}

/**
 * On shutdown: every purge waiting for a retry tries once more at once (a failure then is logged
 * and dropped: the cache's surrogate lifetimes bound how long it serves the old page), and the
 * server waits for them until `deadline`.
 */
async function finishPurges(deadline: number): Promise<string> {
  isFinishing = true
  const count = pending.size
  if (count === 0) return 'none pending'
  for (const wake of [...waiting]) wake()
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), Math.max(0, deadline - Date.now()))
  })
  const settled = Promise.all(pending).then((results) => results.filter((ok) => !ok).length)
  const dropped = await Promise.race([settled, timeout])
  clearTimeout(timer)
  if (dropped === 'late') return `${pending.size} of ${count} still unanswered at the deadline, dropped`
  return dropped === 0 ? `${count} finished` : `${count - dropped} finished, ${dropped} dropped`
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
  onShutdown('cache purges', finishPurges)
  const delays = retry ? RETRY_DELAYS_MS : []
  const purge = Promise.all(urls.map((url) => purgeWithRetries(url, keys, delays))).then((results) =>
    results.every(Boolean),
  )
  pending.add(purge)
  void purge.finally(() => pending.delete(purge))
  return purge
}
