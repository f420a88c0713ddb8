// Everything measured on one running topology: load on its URLs against the baselines (nginx and
// a plain Varnish in front of it), and
// on the topology that carries the extras, page weight and the legacy import; publish → fresh on all.
import path from 'node:path'

import type { Server } from '../topology/processes'
import { COUNTRY_PAGE } from '../topology/statistics'
import { TOPOLOGY_LABELS } from './args'
import { measureFreshness } from './freshness'
import { type LegacyCountry, timeLegacyImport } from './legacy-import'
import { type Baselines, measureAgainstBaselines, warmUp, warmUpUnderLoad } from './load'
import { type BenchMeasurements, type LegacyImport, type LoadRow, loadRow } from './result'
import type { RunningTopology } from './topologies'
import { type PageBytes, weighPages } from './weight'

// Every synthetic article contains this word (scripts/bench/synthetic.ts).
const SEARCH_WORD = 'charging'

const log = (line: string) => console.log(`bench: ${line}`)

/** The URLs measured besides the country page, and which of them are pages (weighed in Chromium). */
export function extraTargets(scale: number): { pages: string[]; others: string[] } {
  const pages = ['/policies/belgium-digital-economy', '/']
  const others = [`${COUNTRY_PAGE}/ev-statistics.csv`]
  if (scale === 0) return { pages, others }
  // Five countries spread over the synthetic range, so the comparison is not all cache-adjacent.
  const slugs = [1, 2, 3, 4, 5].map(
    (k) => `synthetic-country-${String(Math.ceil((k * scale) / 5)).padStart(3, '0')}`,
  )
  return {
    pages: [...pages, '/countries', `/compare?countries=${slugs.join(',')}`, `/search?q=${SEARCH_WORD}`],
    others: [...others, '/api/ev-statistics?limit=10&page=1', '/api/ev-statistics?limit=10&page=50'],
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
  /** This topology also measures the other URLs, the page weight and (with --scale) the import. */
  withExtras: boolean
  signal: AbortSignal
}

/** A baseline already serving the country page at `url`. */
export type RunningBaseline = { url: string; server: Server }

const times = (ratio: number | null) => (ratio === null ? '-' : `${ratio.toFixed(2)}×`)

/** Measures a running topology against the baselines (both already serving the country page). */
export async function measureTopology(
  topology: RunningTopology,
  baselines: Baselines<RunningBaseline>,
  options: TopologyOptions,
): Promise<BenchMeasurements> {
  const label = TOPOLOGY_LABELS[topology.name]
  const extras = options.withExtras ? extraTargets(options.scale) : { pages: [], others: [] }
  const paths = [COUNTRY_PAGE, ...extras.pages, ...extras.others]
  const warm = new Map<string, { firstMs: number; cache: string }>()
  for (const target of paths) warm.set(target, await warmUp(topology.publicOrigin + target))
  const { nginx, plainVarnish } = baselines
  await warmUpUnderLoad(
    [...paths.map((target) => topology.publicOrigin + target), nginx.url, plainVarnish.url],
    options,
  )
  const load: LoadRow[] = []
  for (const target of paths) {
    const measured = await measureAgainstBaselines(
      { url: topology.publicOrigin + target, servers: topology.servers },
      {
        nginx: { url: nginx.url, servers: [nginx.server] },
        plainVarnish: { url: plainVarnish.url, servers: [plainVarnish.server] },
      },
      options,
    )
    const row = loadRow(topology.name, target, measured, warm.get(target) ?? { firstMs: 0, cache: '-' })
    load.push(row)
    log(
      `${label} ${target}: ${row.load.rps.toFixed(0)} req/s (nginx ${row.nginx.rps.toFixed(0)}, ${times(row.ratio)}; plain Varnish ${row.plainVarnish.rps.toFixed(0)}, ${times(row.plainVarnishRatio)}), p99 ${row.load.p99Ms.toFixed(2)} ms, errors ${row.load.errors}`,
    )
  }
  let weight: PageBytes[] = []
  if (options.withExtras) {
    log(`${label}: weighing pages in Chromium`)
    weight = await weighPages(topology.publicOrigin, [COUNTRY_PAGE, ...extras.pages])
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
  return { load, weight, freshness, legacyImport }
}
