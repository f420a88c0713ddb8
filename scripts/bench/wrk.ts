// The load generator: Debian's wrk (C, one thread per core), which outruns the servers measured
// here. Every request carries the browser's headers; the result is read from its --latency report.
import { availableParallelism } from 'node:os'

import { BROWSER_HEADERS } from '../topology/browser'
import { requireProgram, runCommand } from '../topology/processes'

const WRK = '/usr/bin/wrk'
// A slow page (search renders per request) is slow, not lost: only a hang counts as an error.
const TIMEOUT_SECONDS = 10

/** One wrk run as its report states it. */
export type WrkResult = {
  requests: number
  seconds: number
  p50Ms: number
  p99Ms: number
  /** Answers wrk counts as "Non-2xx or 3xx" (its test is status ≥ 400). */
  badStatus: number
  /** Connect, read and write errors and timeouts. */
  socketErrors: number
}

const TIME_UNITS_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1_000, m: 60_000, h: 3_600_000 }

/** "1.59ms", "850.00us", "1.00m" in milliseconds. */
function toMs(text: string): number {
  const match = /^([\d.]+)(us|ms|s|m|h)$/.exec(text)
  const unit = match?.[2]
  if (!match || unit === undefined) throw new Error(`wrk: unreadable duration "${text}"`)
  return Number(match[1]) * (TIME_UNITS_MS[unit] ?? Number.NaN)
}

/** Reads wrk's --latency report; throws, quoting it, when a figure is missing. */
export function parseWrkReport(report: string): WrkResult {
  const find = (pattern: RegExp, what: string) => {
    const match = pattern.exec(report)
    if (!match) throw new Error(`wrk: no ${what} in its report:\n${report}`)
    return match
  }
  const total = find(/^\s*(\d+) requests in ([\d.]+(?:us|ms|s|m|h)),/m, 'request count')
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(report)
  return {
    requests: Number(total[1]),
    seconds: toMs(total[2] ?? '') / 1000,
    p50Ms: toMs(find(/^\s*50%\s+(\S+)\s*$/m, 'median latency')[1] ?? ''),
    p99Ms: toMs(find(/^\s*99%\s+(\S+)\s*$/m, '99th percentile')[1] ?? ''),
    badStatus: Number(/Non-2xx or 3xx responses: (\d+)/.exec(report)?.[1] ?? 0),
    socketErrors: socket ? socket.slice(1, 5).reduce((sum, n) => sum + Number(n), 0) : 0,
  }
}

/** A Lua script that makes each request (wrk -s), its arguments, and what it reads from the report. */
export type WrkScript = { file: string; args: string[]; onReport?: (report: string) => void }

/** The same request each time, or the requests of `script(threads)`. */
export type WrkRequests = { script?: (threads: number) => WrkScript }

/** Loads `url` with `connections` connections for `seconds`, as a browser requests it. */
export async function runWrk(
  url: string,
  {
    connections,
    seconds,
    signal,
    script,
  }: { connections: number; seconds: number; signal?: AbortSignal } & WrkRequests,
): Promise<WrkResult> {
  requireProgram(WRK, 'wrk')
  const threads = Math.max(1, Math.min(connections, availableParallelism()))
  const headers = Object.entries(BROWSER_HEADERS).flatMap(([name, value]) => ['-H', `${name}: ${value}`])
  const args = ['--latency', '-t', String(threads), '-c', String(connections), '-d', `${seconds}s`]
  const lua = script?.(threads)
  const scriptArgs = lua ? ['-s', lua.file] : []
  const { stdout } = await runCommand(
    WRK,
    [
      ...args,
      '--timeout',
      `${TIMEOUT_SECONDS}s`,
      ...headers,
      ...scriptArgs,
      url,
      ...(lua ? ['--', ...lua.args] : []),
    ],
    { signal },
  )
  lua?.onReport?.(stdout)
  return parseWrkReport(stdout)
}
