// The visitors' side of the soak: every connection cycles through the public pages, requested as
// a browser does, counting answers by status class per URL (a 5xx on one page must be traceable
// to that page). Plain node:http keep-alive connections: the soak looks for errors, leaks and
// lost saves at a few hundred requests a second, not for the machine's limit (that is the bench's).
import { Agent, request } from 'node:http'

import { BROWSER_HEADERS } from '../topology/browser'
import { COUNTRY_CSV, COUNTRY_PAGE } from '../topology/statistics'

/** Public URLs read during the soak; every one exists in the seed content, so all must be 2xx. */
export const PUBLIC_PATHS = [
  '/',
  '/countries',
  COUNTRY_PAGE,
  '/policies',
  '/policies/belgium-digital-economy',
  '/tasks',
  '/tasks/1',
  COUNTRY_CSV,
  '/search?q=electric+vehicles',
]

/**
 * Seconds after which a request counts as unanswered. Generous on purpose: on a busy shared
 * machine a slow answer is not a lost one (p99 and max are reported); this catches a hang.
 */
export const REQUEST_TIMEOUT_SECONDS = 30

export type StatusClasses = Record<'1xx' | '2xx' | '3xx' | '4xx' | '5xx', number>

export const noStatuses = (): StatusClasses => ({ '1xx': 0, '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 })

/** Counts one answer in its status class. */
export function countStatus(classes: StatusClasses, status: number): void {
  const key = `${Math.floor(status / 100)}xx`
  if (key === '1xx' || key === '2xx' || key === '3xx' || key === '4xx' || key === '5xx') classes[key] += 1
}

export type TrafficFigures = {
  seconds: number
  /** Answers received (any status). */
  requests: number
  statuses: StatusClasses
  /** Requests that got no answer, timeouts included. */
  errors: number
  timeouts: number
  timeoutSeconds: number
  /** Of the 2xx answers, in ms. */
  latency: { p50: number | null; p99: number | null; max: number | null }
  byPath: Record<string, StatusClasses>
}

class RequestTimeout extends Error {}

/** One GET; resolves with the status once the whole body has arrived. */
function get(agent: Agent, url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { agent, headers: BROWSER_HEADERS, timeout: REQUEST_TIMEOUT_SECONDS * 1000 },
      (res) => {
        res.resume()
        res.on('end', () => resolve(res.statusCode ?? 0))
        res.on('error', reject)
      },
    )
    req.on('timeout', () => req.destroy(new RequestTimeout()))
    req.on('error', reject)
    req.end()
  })
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? null

/** Runs the mixed public traffic for `duration` seconds, or until `signal` is aborted. */
export async function runPublicTraffic(
  origin: string,
  { connections, duration }: { connections: number; duration: number },
  signal: AbortSignal,
): Promise<TrafficFigures> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections })
  const byPath = Object.fromEntries(PUBLIC_PATHS.map((path) => [path, noStatuses()]))
  const statuses = noStatuses()
  const latencies: number[] = []
  const counts = { requests: 0, errors: 0, timeouts: 0 }
  const started = performance.now()
  const deadline = started + duration * 1000
  const connection = async (first: number) => {
    for (let i = first; performance.now() < deadline && !signal.aborted; i += 1) {
      const path = PUBLIC_PATHS[i % PUBLIC_PATHS.length] ?? '/'
      const sent = performance.now()
      try {
        const status = await get(agent, origin + path)
        counts.requests += 1
        countStatus(statuses, status)
        countStatus(byPath[path] ?? noStatuses(), status)
        if (status >= 200 && status < 300) latencies.push(performance.now() - sent)
      } catch (error) {
        counts.errors += 1
        if (error instanceof RequestTimeout) counts.timeouts += 1
      }
    }
  }
  // Each connection starts on another URL, so every URL is in flight all the time.
  await Promise.all(Array.from({ length: connections }, (_, c) => connection(c)))
  agent.destroy()
  latencies.sort((a, b) => a - b)
  return {
    seconds: (performance.now() - started) / 1000,
    ...counts,
    statuses,
    timeoutSeconds: REQUEST_TIMEOUT_SECONDS,
    latency: {
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      max: latencies.at(-1) ?? null,
    },
    byPath,
  }
}
