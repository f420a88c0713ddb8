// Load measurement with autocannon: each URL alternates with the same server's static
// /robots.txt, so both see the same machine load and their ratio stays meaningful on a busy box.
import autocannon from 'autocannon'

import { cpuSeconds } from './cpu.mjs'

/** The static baseline every page is compared with. */
export const BASELINE_PATH = '/robots.txt'

/**
 * One autocannon run; keeps every response time so percentiles can span several runs.
 * @param {string} url @param {{ connections: number, duration: number, serverPid?: number }} options
 */
async function runOnce(url, { connections, duration, serverPid }) {
  /** @type {number[]} */
  const latencies = []
  const cpuBefore = cpuSeconds(serverPid)
  // Without a callback the instance is also a promise of the run's result.
  const instance = autocannon({ url, connections, duration, timeout: 10 })
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime))
  const result = await instance
  const cpuAfter = cpuSeconds(serverPid)
  return {
    requests: result.requests.total,
    seconds: result.duration,
    errors: result.non2xx + result.errors,
    serverCpuSeconds: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore,
    latencies,
  }
}

/** @param {number[]} sorted @param {number} p in 0..100 */
function percentile(sorted, p) {
  if (sorted.length === 0) return null
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return sorted[Math.max(0, index)] ?? null
}

/** @param {Awaited<ReturnType<typeof runOnce>>[]} runs */
function summarise(runs) {
  const latencies = runs.flatMap((run) => run.latencies).sort((a, b) => a - b)
  const requests = runs.reduce((sum, run) => sum + run.requests, 0)
  const seconds = runs.reduce((sum, run) => sum + run.seconds, 0)
  const cpu = runs.every((run) => run.serverCpuSeconds !== null)
    ? runs.reduce((sum, run) => sum + (run.serverCpuSeconds ?? 0), 0)
    : null
  return {
    requests,
    rps: seconds > 0 ? requests / seconds : 0,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    serverCpuMsPerRequest: cpu === null || requests === 0 ? null : (cpu * 1000) / requests,
  }
}

/**
 * Measures a path against the baseline, alternating `alternations` times.
 * @param {string} origin @param {string} path
 * @param {{ connections: number, duration: number, alternations: number, serverPid?: number }} options
 */
export async function measurePath(origin, path, options) {
  const pageRuns = []
  const baselineRuns = []
  for (let i = 0; i < options.alternations; i += 1) {
    pageRuns.push(await runOnce(origin + path, options))
    baselineRuns.push(await runOnce(origin + BASELINE_PATH, options))
  }
  const page = summarise(pageRuns)
  const baseline = summarise(baselineRuns)
  return { path, ...page, baseline, ratio: baseline.rps > 0 ? page.rps / baseline.rps : null }
}

/**
 * Requests a path a few times one by one: the first renders and fills the caches, the
 * last tells whether the page is served from the full-route cache (`x-nextjs-cache`).
 * @param {string} origin @param {string} path @param {number} [times]
 */
export async function warmUp(origin, path, times = 5) {
  let firstMs = 0
  let cache = '-'
  for (let i = 0; i < times; i += 1) {
    const started = performance.now()
    const response = await fetch(origin + path, { signal: AbortSignal.timeout(60_000) })
    await response.arrayBuffer()
    if (i === 0) firstMs = performance.now() - started
    if (!response.ok) throw new Error(`warm-up: ${path} answered ${response.status}`)
    cache = response.headers.get('x-nextjs-cache') ?? '-'
  }
  return { firstMs, cache }
}

/**
 * Loads a path, and the baseline, for a few seconds without recording anything: the server's
 * JIT compiles its hot paths under load, so the first measured run is not the slowest one.
 * @param {string} origin @param {string} path @param {{ connections: number, seconds: number }} options
 */
export async function warmUpUnderLoad(origin, path, { connections, seconds }) {
  for (const url of [origin + path, origin + BASELINE_PATH]) {
    await autocannon({ url, connections, duration: seconds, timeout: 10 })
  }
}
