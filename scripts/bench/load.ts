// Load measurement: each URL's runs alternate with runs against the two baselines, nginx serving
// the country page's bytes and a plain Varnish in front of that nginx, so all three see the same
// machine and their ratios stay meaningful on a busy box.
import { BROWSER_HEADERS } from '../topology/browser'
import type { Server } from '../topology/processes'
import { groupUsage } from '../topology/proc'
import { runWrk, type WrkRequests, type WrkResult } from './wrk'

/** Seconds of unrecorded load per URL before measuring: the JIT compiles the hot paths first. */
export const WARM_UP_SECONDS = 2

/** The runs of one URL, summed up. */
export type LoadFigures = {
  requests: number
  rps: number
  /** Median of the runs' medians. */
  p50Ms: number
  /** The worst run's 99th percentile (wrk reports percentiles per run only). */
  p99Ms: number
  errors: number
  /** CPU time of the servers answering (their process groups) per request; null without /proc. */
  cpuMsPerRequest: number | null
  runs: WrkResult[]
}

type LoadOptions = { connections: number; duration: number; alternations: number; signal?: AbortSignal }

/** CPU seconds of every process of these servers so far; null where /proc is not available. */
function cpuSecondsOf(servers: readonly Server[]): number | null {
  let seconds = 0
  for (const { child } of servers) {
    const usage = child.pid === undefined ? null : groupUsage(child.pid)
    if (usage === null) return null
    seconds += usage.cpuSeconds
  }
  return seconds
}

async function measuredRun(target: LoadTarget, options: LoadOptions) {
  const before = cpuSecondsOf(target.servers)
  const result = await runWrk(target.url, { ...options, seconds: options.duration, script: target.script })
  const after = cpuSecondsOf(target.servers)
  return { result, cpuSeconds: before === null || after === null ? null : after - before }
}

function summarise(runs: Awaited<ReturnType<typeof measuredRun>>[]): LoadFigures {
  const results = runs.map((run) => run.result)
  const requests = results.reduce((sum, run) => sum + run.requests, 0)
  const seconds = results.reduce((sum, run) => sum + run.seconds, 0)
  const medians = results.map((run) => run.p50Ms).sort((a, b) => a - b)
  const cpu = runs.every((run) => run.cpuSeconds !== null)
    ? runs.reduce((sum, run) => sum + (run.cpuSeconds ?? 0), 0)
    : null
  return {
    requests,
    rps: seconds > 0 ? requests / seconds : 0,
    p50Ms: medians[Math.floor((medians.length - 1) / 2)] ?? 0,
    p99Ms: Math.max(...results.map((run) => run.p99Ms)),
    errors: results.reduce((sum, run) => sum + run.badStatus + run.socketErrors, 0),
    cpuMsPerRequest: cpu === null || requests === 0 ? null : (cpu * 1000) / requests,
    runs: results,
  }
}

/** Where load goes: a URL (or a script's requests to its origin) and the servers whose CPU time answers it. */
export type LoadTarget = { url: string; servers: readonly Server[] } & WrkRequests

/** The two baselines every URL is measured beside (see scripts/bench/baseline.ts). */
export type Baselines<T> = {
  /** nginx serving the country page's bytes from files: the physical limit. */
  nginx: T
  /** Varnish with the default VCL in front of that nginx: what Varnish itself reaches here. */
  plainVarnish: T
}

/**
 * Measures `target` and both baselines, alternating `alternations` times (nginx, the plain
 * Varnish, then the target), so each run of the target has a run of each baseline just before it.
 */
export async function measureAgainstBaselines(
  target: LoadTarget,
  baselines: Baselines<LoadTarget>,
  options: LoadOptions,
): Promise<{ target: LoadFigures; baselines: Baselines<LoadFigures> }> {
  const targetRuns = []
  const nginxRuns = []
  const plainVarnishRuns = []
  for (let i = 0; i < options.alternations; i += 1) {
    nginxRuns.push(await measuredRun(baselines.nginx, options))
    plainVarnishRuns.push(await measuredRun(baselines.plainVarnish, options))
    targetRuns.push(await measuredRun(target, options))
  }
  return {
    target: summarise(targetRuns),
    baselines: { nginx: summarise(nginxRuns), plainVarnish: summarise(plainVarnishRuns) },
  }
}

/** req/s of `figures` over req/s of `baseline`; null when the baseline answered nothing. */
export function throughputRatio(figures: LoadFigures, baseline: LoadFigures): number | null {
  return baseline.rps > 0 ? figures.rps / baseline.rps : null
}

/** Loads the targets for {@link WARM_UP_SECONDS} each without recording anything. */
export async function warmUpUnderLoad(
  targets: readonly ({ url: string } & WrkRequests)[],
  options: LoadOptions,
): Promise<void> {
  for (const { url, script } of targets) await runWrk(url, { ...options, seconds: WARM_UP_SECONDS, script })
}

/** How a response was served: Varnish hit or miss (X-Varnish holds two ids on a hit), else Next's cache. */
function cacheStatus(headers: Headers): string {
  const varnish = headers.get('x-varnish')
  if (varnish !== null) return varnish.trim().split(/\s+/).length === 2 ? 'varnish HIT' : 'varnish MISS'
  return headers.get('x-nextjs-cache') ?? '-'
}

/**
 * Requests a URL a few times one by one, as a browser: the first renders and fills the caches
 * (its time is reported), the last tells how the page is served. Fails on anything but 2xx,
 * redirects included: wrk would count those as successes.
 */
export async function warmUp(url: string, times = 5): Promise<{ firstMs: number; cache: string }> {
  let firstMs = 0
  let cache = '-'
  for (let i = 0; i < times; i += 1) {
    const started = performance.now()
    const response = await fetch(url, {
      headers: BROWSER_HEADERS,
      redirect: 'manual',
      signal: AbortSignal.timeout(60_000),
    })
    await response.arrayBuffer()
    if (i === 0) firstMs = performance.now() - started
    if (response.status < 200 || response.status > 299)
      throw new Error(`warm-up: ${url} answered ${response.status}`)
    cache = cacheStatus(response.headers)
  }
  return { firstMs, cache }
}
