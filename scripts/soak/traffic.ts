// The visitors' side of the soak: autocannon cycles every connection through the public pages,
// counting answers by status class per URL (a 5xx on one page must be traceable to that page).
import autocannon from 'autocannon'

/** Public URLs read during the soak; every one exists in the seed content, so all must be 2xx. */
export const PUBLIC_PATHS = [
  '/',
  '/countries',
  '/countries/belgium',
  '/policies',
  '/policies/belgium-digital-economy',
  '/tasks',
  '/tasks/1',
  '/countries/belgium/ev-statistics.csv',
  '/search?q=electric+vehicles',
]

/**
 * Seconds after which autocannon gives up on a request. Generous on purpose: on a busy shared
 * machine a slow answer is not a lost one (p99 and max are reported); this catches a hang.
 */
export const REQUEST_TIMEOUT_SECONDS = 30

/** @typedef {Record<'1xx' | '2xx' | '3xx' | '4xx' | '5xx', number>} StatusClasses */

/** @returns {StatusClasses} */
export const noStatuses = () => ({ '1xx': 0, '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 })

/**
 * Counts one answer in its status class.
 * @param {StatusClasses} classes @param {number} status
 */
export function countStatus(classes, status) {
  const key = /** @type {keyof StatusClasses} */ (`${Math.floor(status / 100)}xx`)
  if (key in classes) classes[key] += 1
}

/**
 * Runs the mixed public traffic for `duration` seconds. Resolves with autocannon's totals
 * (latency percentiles are of 2xx answers, as autocannon records them) and the per-URL counts.
 * `onStart` receives the instance so a caller can stop it early (Ctrl-C).
 * @param {string} origin
 * @param {{ connections: number, duration: number }} options
 * @param {(instance: { stop: () => void }) => void} [onStart]
 */
export async function runPublicTraffic(origin, { connections, duration }, onStart) {
  /** @type {Map<string, StatusClasses>} */
  const byPath = new Map(PUBLIC_PATHS.map((p) => [p, noStatuses()]))
  const requests = PUBLIC_PATHS.map((path) => ({
    method: 'GET',
    path,
    /** @param {number} status */
    onResponse: (status) => countStatus(byPath.get(path) ?? noStatuses(), status),
  }))
  const instance = autocannon({
    url: origin,
    connections,
    duration,
    timeout: REQUEST_TIMEOUT_SECONDS,
    requests,
  })
  onStart?.(instance)
  const result = await instance
  return {
    seconds: result.duration,
    requests: result.requests.total,
    statuses: {
      '1xx': result['1xx'],
      '2xx': result['2xx'],
      '3xx': result['3xx'],
      '4xx': result['4xx'],
      '5xx': result['5xx'],
    },
    // autocannon counts timeouts among errors too.
    errors: result.errors,
    timeouts: result.timeouts,
    timeoutSeconds: REQUEST_TIMEOUT_SECONDS,
    latency: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    byPath: Object.fromEntries(byPath),
  }
}
