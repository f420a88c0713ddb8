// `npm run bench [-- --scale 200 --duration 5 --no-build --topology a --port-base 3900]`: builds
// into .next-bench, then for each topology (a) `npm start`, (b) Varnish → one instance,
// (c) Varnish → two instances + Redis, on its own ports and its own fresh copy of one seeded
// database, loads the cached country page with wrk as a browser requests it, alternating with
// nginx serving the same bytes and with a plain Varnish (default VCL) in front of that nginx;
// measures publish → fresh, and on the first topology the other pages, page weight and (with
// --scale) the legacy import. Prints the tables, saves them as JSON in bench-results/, and exits
// 1 with one line per missed budget.
import os from 'node:os'

import { BROWSER_HEADERS_TEXT } from '../topology/browser'
import { ensureBuild } from '../topology/build'
import { assertPortFree, stopServer } from '../topology/processes'
import { createSecrets, siteEnv, type SiteSettings } from '../topology/site'
import { COUNTRY_PAGE } from '../topology/statistics'
import { handleInterruption, portsStillTaken, stopEveryServer } from '../topology/teardown'
import { plainVcl, VARNISH_PARAMETERS } from '../topology/varnish'
import { parseBenchArgs, PORTS_PER_RUN, TOPOLOGY_LABELS } from './args'
import { capturePage, startBaseline, startPlainVarnishBaseline } from './baseline'
import { evaluateBudgets } from './budgets'
import { prepareTemplate, TEMPLATE_DIR } from './data'
import { measureTopology, type RunningBaseline } from './measure'
import type { Baselines } from './load'
import type { BenchMeasurements, BenchResult } from './result'
import { formatResult, saveResult } from './table'
import { BENCH_VARNISH_LIMITS, baselinePorts, startTopology } from './topologies'

// A build folder of its own, so the bench never touches the `.next` the tests use.
const BENCH_DIST_DIR = '.next-bench'

const log = (line: string) => console.log(`bench: ${line}`)

const options = parseBenchArgs()
const interruption = handleInterruption()
const startedAt = new Date().toISOString()
const loadBefore = os.loadavg()
const secrets = createSecrets()
const env = (settings: SiteSettings) => siteEnv({ ...settings, distDir: BENCH_DIST_DIR }, secrets)
const ports = Array.from({ length: PORTS_PER_RUN }, (_, i) => options.portBase + i)
const [extrasOn = 'a'] = options.topologies

// Whether the ports were free at the start: only then must they be free again at the end.
let portsWereFree = false

async function measureAll(): Promise<BenchMeasurements> {
  for (const port of ports) {
    await assertPortFree(port).catch(() => {
      throw new Error(
        `port ${port} is in use: the bench needs ${ports[0]}–${ports.at(-1)} (choose with --port-base)`,
      )
    })
  }
  portsWereFree = true
  if (options.build) log(`building into ${BENCH_DIST_DIR}`)
  await ensureBuild(BENCH_DIST_DIR, options.build, interruption)
  // No site runs yet: the seed's request to refresh one fails, harmlessly.
  const templateEnv = env({ dataDir: TEMPLATE_DIR, siteUrl: `http://127.0.0.1:${options.portBase + 1}` })
  await prepareTemplate(templateEnv, options.scale, interruption)
  const all: BenchMeasurements = { load: [], memory: [], weight: [], freshness: [], legacyImport: null }
  let baselines: Baselines<RunningBaseline> | undefined
  for (const name of options.topologies) {
    log(`starting ${TOPOLOGY_LABELS[name]} (logs in data/bench/${name}/)`)
    const topology = await startTopology(name, options.portBase, env)
    if (baselines === undefined) {
      const page = await capturePage(`${topology.instanceOrigins[0] ?? topology.publicOrigin}${COUNTRY_PAGE}`)
      const port = baselinePorts(options.portBase)
      const url = (p: number) => `http://127.0.0.1:${p}${COUNTRY_PAGE}`
      const nginx = { url: url(port.nginx), server: await startBaseline(port.nginx, page) }
      log(`nginx serves the page's ${page.gzip.length} gzip bytes at ${nginx.url}`)
      const plainVarnish = {
        url: url(port.plainVarnish),
        server: await startPlainVarnishBaseline(port.plainVarnish, port.nginx, page),
      }
      log(`a plain Varnish (default VCL) in front of it serves the same bytes at ${plainVarnish.url}`)
      baselines = { nginx, plainVarnish }
    }
    const measured = await measureTopology(topology, baselines, {
      ...options,
      withExtras: name === extrasOn,
      signal: interruption,
    })
    for (const server of [...topology.servers].reverse()) await stopServer(server)
    all.load.push(...measured.load)
    all.memory.push(...measured.memory)
    all.weight.push(...measured.weight)
    all.freshness.push(...measured.freshness)
    all.legacyImport ??= measured.legacyImport
  }
  return all
}

let measurements: BenchMeasurements | undefined
try {
  measurements = await measureAll()
} catch (error) {
  if (interruption.aborted) console.error('bench: interrupted; stopping everything it started')
  else console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`)
} finally {
  await stopEveryServer()
  const taken = portsWereFree ? await portsStillTaken(ports) : []
  if (taken.length > 0)
    console.error(`bench: ports still in use after stopping everything: ${taken.join(', ')}`)
}
if (measurements === undefined) process.exit(interruption.aborted ? 130 : 1)

const result: BenchResult = {
  meta: {
    startedAt,
    scale: options.scale,
    duration: options.duration,
    alternations: options.alternations,
    connections: options.connections,
    topologies: options.topologies,
    extrasOn,
    headers: BROWSER_HEADERS_TEXT,
    plainVarnish: {
      vcl: plainVcl(baselinePorts(options.portBase).nginx),
      parameters: [...VARNISH_PARAMETERS],
    },
    varnishLimits: BENCH_VARNISH_LIMITS,
    node: process.version,
    cpus: os.cpus().length,
    loadavg: { before: loadBefore, after: os.loadavg() },
    note: 'The load generator, the servers and nginx share this machine: figures are pessimistic on a busy one.',
  },
  ...measurements,
  budgets: evaluateBudgets(measurements, options.scale),
}
const average = (values: number[]) => values.map((n) => n.toFixed(1)).join(' ')
console.log(
  `\nEV Country Profiles bench — scale ${options.scale}, ${os.cpus().length} cores, load average ${average(loadBefore)} → ${average(result.meta.loadavg.after)}\n`,
)
console.log(formatResult(result))
const failed = result.budgets.filter((v) => !v.pass)
console.log(`\nBudgets: ${result.budgets.length - failed.length} PASS, ${failed.length} FAIL`)
console.log(`Saved ${saveResult(result)}`)
// A missed budget fails the command, so nobody mistakes a slow run for a good one.
process.exit(failed.length > 0 ? 1 : 0)
