// Everything measured on one running topology: load on its URLs against the baselines (nginx and
// a plain Varnish in front of it), the resident memory of its instances throughout, and on the
// topology that carries the extras, distinct searches, page weight and the legacy import;
// publish → fresh on all.
import path from 'node:path'

import { startMemorySampler } from '../topology/memory'
import type { Server } from '../topology/processes'
import { COUNTRY_PAGE } from '../topology/statistics'
import { TOPOLOGY_LABELS } from './args'
import { measureFreshness } from './freshness'
import { type LegacyCountry, timeLegacyImport } from './legacy-import'
import { type Baselines, measureAgainstBaselines, warmUp, warmUpUnderLoad } from './load'
import {
  type BenchMeasurements,
  type InstanceMemory,
  type LegacyImport,
  type LoadRow,
  loadRow,
} from './result'
import {
  distinctSearches,
  SEARCH_LOAD,
  SEARCH_PATH,
  SEARCH_WARM_UP_PATH,
  writeSearchWords,
} from './search-load'
import type { RunningTopology } from './topologies'
import { type PageBytes, weighPages } from './weight'
import type { WrkRequests } from './wrk'

// Every synthetic article contains this word (scripts/bench/synthetic.ts).
const SEARCH_WORD = 'charging'
// Often enough to catch a peak between two requests' allocations and their collection.
const MEMORY_SAMPLE_MS = 250

const log = (line: string) => console.log(`bench: ${line}`)

/** The URLs measured besides the country page, which pages are weighed in Chromium, and whether searches run. */
export function extraTargets(scale: number): { pages: string[]; others: string[]; weighedOnly: string[] } {
  const pages = ['/policies/belgium-digital-economy', '/']
  const others = [`${COUNTRY_PAGE}/ev-statistics.csv`]
  if (scale === 0) return { pages, others, weighedOnly: [`/search?q=${SEARCH_WORD}`] }
  // Five countries spread over the synthetic range, so the comparison is not all cache-adjacent.
  const slugs = [1, 2, 3, 4, 5].map(
    (k) => `synthetic-country-${String(Math.ceil((k * scale) / 5)).padStart(3, '0')}`,
  )
  return {
    pages: [...pages, '/countries', `/compare?countries=${slugs.join(',')}`],
    others: [...others, '/api/ev-statistics?limit=10&page=1', '/api/ev-statistics?limit=10&page=50'],
    weighedOnly: [`/search?q=${SEARCH_WORD}`],
  }
}

/** The synthetic countries as the public REST API lists them, for the import files. */
async function syntheticCountries(origin: string): Promise<LegacyCountry[]> {
  const url = `${origin}/api/countries?where[slug][like]=synthetic-country&limit=1000&sort=name&depth=0&select[name]=true&select[isoCode]=true`
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000) })
  if (!response.ok) throw new Error(`listing the synthetic countries answered ${response.status}`)
  const { docs } = (await response.json()) as { docs: LegacyCountry[] }
  return docs.map(({ name, isoCode }) => ({ name, isoCode }))
}

export type TopologyOptions = {
  connections: number
  duration: number
  alternations: number
  freshnessRuns: number
  scale: number
  /** This topology also measures the other URLs, searches, the page weight and (with --scale) the import. */
  withExtras: boolean
  signal: AbortSignal
}

/** A baseline already serving the country page at `url`. */
export type RunningBaseline = { url: string; server: Server }

/** One row of the load table: its name, where the load goes and what is requested first. */
type Target = { path: string; url: string; warmUpUrl: string } & WrkRequests

const times = (ratio: number | null) => (ratio === null ? '-' : `${ratio.toFixed(2)}×`)

/** The rows measured on this topology, searches (with their word list) included on the extras' one. */
async function targetsOf(topology: RunningTopology, options: TopologyOptions): Promise<Target[]> {
  const extras = options.withExtras ? extraTargets(options.scale) : { pages: [], others: [] }
  const plain = (target: string): Target => {
    const url = topology.publicOrigin + target
    return { path: target, url, warmUpUrl: url }
  }
  const targets = [COUNTRY_PAGE, ...extras.pages, ...extras.others].map(plain)
  if (!options.withExtras) return targets
  const words = await writeSearchWords(path.join(topology.dataDir, 'site.search.db'))
  log(`searches: distinct pairs of the ${words.count} commonest words of the search index (${words.file})`)
  const searches = distinctSearches(words.file)
  targets.push({
    path: SEARCH_LOAD,
    url: topology.publicOrigin + SEARCH_PATH,
    warmUpUrl: topology.publicOrigin + SEARCH_WARM_UP_PATH,
    script: searches.next,
  })
  return targets
}

/** Measures a running topology against the baselines (both already serving the country page). */
export async function measureTopology(
  topology: RunningTopology,
  baselines: Baselines<RunningBaseline>,
  options: TopologyOptions,
): Promise<BenchMeasurements> {
  const label = TOPOLOGY_LABELS[topology.name]
  const samplers = topology.instances.map((server) => {
    if (server.child.pid === undefined) throw new Error(`${server.name} has no process id`)
    return { server, sampler: startMemorySampler(server.child.pid, MEMORY_SAMPLE_MS) }
  })
  const targets = await targetsOf(topology, options)
  const warm = new Map<string, { firstMs: number; cache: string }>()
  for (const target of targets) warm.set(target.path, await warmUp(target.warmUpUrl))
  const { nginx, plainVarnish } = baselines
  await warmUpUnderLoad([...targets, { url: nginx.url }, { url: plainVarnish.url }], options)
  const load: LoadRow[] = []
  for (const target of targets) {
    const measured = await measureAgainstBaselines(
      { url: target.url, servers: topology.servers, script: target.script },
      {
        nginx: { url: nginx.url, servers: [nginx.server] },
        plainVarnish: { url: plainVarnish.url, servers: [plainVarnish.server] },
      },
      options,
    )
    const row = loadRow(
      topology.name,
      target.path,
      measured,
      warm.get(target.path) ?? { firstMs: 0, cache: '-' },
    )
    load.push(row)
    log(
      `${label} ${target.path}: ${row.load.rps.toFixed(0)} req/s (nginx ${row.nginx.rps.toFixed(0)}, ${times(row.ratio)}; plain Varnish ${row.plainVarnish.rps.toFixed(0)}, ${times(row.plainVarnishRatio)}), p99 ${row.load.p99Ms.toFixed(2)} ms, errors ${row.load.errors}`,
    )
  }
  let weight: PageBytes[] = []
  if (options.withExtras) {
    log(`${label}: weighing pages in Chromium`)
    const { pages, weighedOnly } = extraTargets(options.scale)
    weight = await weighPages(topology.publicOrigin, [COUNTRY_PAGE, ...pages, ...weighedOnly])
  }
  log(`${label}: publish → fresh, ${options.freshnessRuns} saves`)
  const freshness = await measureFreshness(topology, options.freshnessRuns)
  let legacyImport: LegacyImport | null = null
  if (options.withExtras && options.scale > 0) {
    const countries = await syntheticCountries(topology.publicOrigin)
    log(`${label}: importing ${countries.length} legacy files`)
    const logFile = path.join(topology.dataDir, 'import.log')
    legacyImport = await timeLegacyImport(countries, topology.env, logFile, options.signal)
  }
  const memory = samplers.map(({ server, sampler }): InstanceMemory => {
    const samples = sampler.stop()
    return {
      topology: topology.name,
      instance: server.name,
      peakBytes: Math.max(...samples.map((sample) => sample.bytes)),
      endBytes: samples.at(-1)?.bytes ?? 0,
    }
  })
  return { load, weight, freshness, legacyImport, memory }
}
