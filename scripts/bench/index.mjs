// `npm run bench [-- --scale 200 --duration 5 --no-build]`: builds, starts the production server
// on a fresh seeded database, measures throughput, latency, page weight, publish → fresh time
// (and, with --scale, larger data and the legacy import), checks the budgets, prints one table.
import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { parseBenchArgs } from './args.mjs'
import { buildForBench } from './build.mjs'
import { evaluateBudgets } from './budgets.mjs'
import { measureFreshness } from './freshness.mjs'
import { timeLegacyImport } from './legacy-import.mjs'
import { measurePath, warmUp, warmUpUnderLoad } from './load.mjs'
import {
  assertPortFree,
  BENCH_DATA_DIR,
  BENCH_DIST_DIR,
  benchEnv,
  resetBenchData,
  revalidateAll,
  run,
  startServer,
  stopServer,
  waitUntilReady,
} from './server.mjs'
import { formatTable, saveResult } from './table.mjs'
import { weighPages } from './weight.mjs'

const SEED_PAGES = ['/countries/belgium', '/policies/belgium-digital-economy', '/']
const SEED_FILES = ['/countries/belgium/ev-statistics.csv']
// Every synthetic article contains this word (scripts/bench/synthetic.ts).
const SEARCH_WORD = 'charging'

const log = (line) => console.log(`bench: ${line}`)

/** Pages and other URLs measured for this scale; pages are also weighed in the browser. @param {number} scale */
function targetsFor(scale) {
  if (scale === 0) return { pages: SEED_PAGES, others: SEED_FILES }
  // Five countries spread over the synthetic range, so the comparison is not all cache-adjacent.
  const slugs = [1, 2, 3, 4, 5].map(
    (k) => `synthetic-country-${String(Math.ceil((k * scale) / 5)).padStart(3, '0')}`,
  )
  return {
    pages: [...SEED_PAGES, '/countries', `/compare?countries=${slugs.join(',')}`, `/search?q=${SEARCH_WORD}`],
    others: [...SEED_FILES, '/api/ev-statistics?limit=10&page=1', '/api/ev-statistics?limit=10&page=50'],
  }
}

/** Fresh database: the seed, then (with --scale) the synthetic content. */
async function prepareDatabase(env, scale) {
  resetBenchData()
  log('seeding a fresh database')
  await run('npm', ['run', 'seed'], env, { quiet: true })
  if (scale > 0) {
    log(`generating synthetic content at scale ${scale}`)
    const ms = await run('node_modules/.bin/tsx', ['scripts/bench/synthetic.ts', '--scale', String(scale)], {
      ...env,
      NODE_OPTIONS: '--conditions=production',
    })
    log(`synthetic content written in ${(ms / 1000).toFixed(1)} s`)
  }
}

/** The synthetic countries as the public REST API lists them, for the import files. */
async function syntheticCountries(origin) {
  const url = `${origin}/api/countries?where[slug][like]=synthetic-country&limit=1000&sort=name&depth=0&select[name]=true&select[isoCode]=true`
  const { docs } = await fetch(url).then((r) => r.json())
  return docs.map(({ name, isoCode }) => ({ name, isoCode }))
}

// Seconds of unrecorded load per URL before measuring (see warmUpUnderLoad).
const WARM_UP_SECONDS = 2

/** Everything measured on the running server. */
async function measure(origin, env, options, serverPid) {
  const { pages, others } = targetsFor(options.scale)
  const paths = [...pages, ...others]
  const warm = new Map()
  for (const target of paths) warm.set(target, await warmUp(origin, target))
  for (const target of paths)
    await warmUpUnderLoad(origin, target, { connections: options.connections, seconds: WARM_UP_SECONDS })
  log(
    `warmed up ${paths.length} URLs (${WARM_UP_SECONDS} s under load each); measuring ${options.alternations} × ${options.duration} s per URL and baseline`,
  )
  const load = []
  for (const target of paths) {
    const row = await measurePath(origin, target, { ...options, serverPid })
    load.push({ ...row, warm: warm.get(target) })
    log(
      `${target}: ${row.rps.toFixed(0)} req/s (robots ${row.baseline.rps.toFixed(0)}), p99 ${row.p99?.toFixed(1)} ms`,
    )
  }
  log('weighing pages in Chromium')
  const weight = await weighPages(origin, pages)
  log(`publish → fresh, ${options.freshnessRuns} times`)
  const freshness = await measureFreshness(origin, options.freshnessRuns)
  let legacyImport = null
  if (options.scale > 0) {
    const countries = await syntheticCountries(origin)
    log(`importing ${countries.length} legacy files`)
    legacyImport = await timeLegacyImport(countries, env, path.join(BENCH_DATA_DIR, 'import.log'))
  }
  return { load, weight, freshness, legacyImport }
}

/** The JSON saved for this run: options, machine load, measurements and budget verdicts. */
export function collectResult(meta, measured) {
  return { meta, ...measured, budgets: evaluateBudgets({ scale: meta.scale, ...measured }) }
}

const options = parseBenchArgs()
const startedAt = new Date().toISOString()
const loadBefore = os.loadavg()
// Loopback only: the bench never sends traffic anywhere else.
const origin = `http://127.0.0.1:${options.port}`
const env = benchEnv(options.port)

if (options.build) {
  log(`building into ${BENCH_DIST_DIR}`)
  await buildForBench()
} else if (!existsSync(path.join(BENCH_DIST_DIR, 'BUILD_ID'))) {
  console.error(`bench: no build in ${BENCH_DIST_DIR}: run without --no-build first`)
  process.exit(1)
}

let server
const stop = async () => server && (await stopServer(server))
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => void stop().then(() => process.exit(130)))

let result
try {
  await prepareDatabase(env, options.scale)
  log(`starting the production server on ${origin} (log: ${BENCH_DATA_DIR}/server.log)`)
  await assertPortFree(options.port)
  server = startServer(env, options.port)
  await waitUntilReady(`${origin}/robots.txt`, server)
  // The seed ran while no server was up to be told; start every page from fresh data.
  await revalidateAll(origin, env)
  const measured = await measure(origin, env, options, server.pid)
  const meta = {
    startedAt,
    scale: options.scale,
    duration: options.duration,
    alternations: options.alternations,
    connections: options.connections,
    node: process.version,
    cpus: os.cpus().length,
    loadavg: { before: loadBefore, after: os.loadavg() },
    note: 'Measured on a shared machine: the load generator, the server and other work share its cores, so numbers are pessimistic.',
  }
  result = collectResult(meta, measured)
} catch (error) {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`)
  await stop()
  process.exit(1)
}
await stop()

console.log(
  `\nEV Country Profiles bench — scale ${options.scale}, ${options.connections} connections, ${options.alternations} × ${options.duration} s per URL and /robots.txt baseline, load average ${loadBefore.map((n) => n.toFixed(1)).join(' ')} → ${result.meta.loadavg.after.map((n) => n.toFixed(1)).join(' ')} on ${os.cpus().length} cores\n`,
)
console.log(formatTable(result))
const failed = result.budgets.filter((v) => !v.pass)
console.log(
  `\nBudgets: ${result.budgets.length - failed.length} PASS, ${failed.length} FAIL${failed.length ? ` (${failed.map((v) => `${v.target} ${v.name}`).join('; ')})` : ''}`,
)
console.log(`Saved ${saveResult(result)}`)
// A missed budget fails the command, so nobody mistakes a slow run for a good one.
process.exit(failed.length > 0 ? 1 : 0)
