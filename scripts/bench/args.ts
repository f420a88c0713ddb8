// Command-line options of `npm run bench`, with defaults sized for a shared 2-core machine.
import { parseCommandLine } from '../cli-options'

/** The topologies measured: (a) `npm start` alone, (b) Varnish → one instance, (c) Varnish → two + Redis. */
export const TOPOLOGY_NAMES = ['a', 'b', 'c'] as const
export type TopologyName = (typeof TOPOLOGY_NAMES)[number]

export const TOPOLOGY_LABELS: Record<TopologyName, string> = {
  a: '(a) npm start',
  b: '(b) Varnish → 1 instance',
  c: '(c) Varnish → 2 instances + Redis',
}

export type BenchOptions = {
  /** Run `next build` into .next-bench first (off with --no-build). */
  build: boolean
  /** Seconds of each load run. */
  duration: number
  /** Target/nginx pairs of runs per URL. */
  alternations: number
  /** Concurrent connections of the load generator. */
  connections: number
  /** Synthetic countries to generate (0: the seed only). */
  scale: number
  /** The topologies to measure, in the order a, b, c. */
  topologies: TopologyName[]
  /** First of the ports the run uses (see scripts/bench/topologies.ts). */
  portBase: number
  /** Publish → fresh trials per topology. */
  freshnessRuns: number
}

/** Ports from --port-base on: nginx, each topology's servers, then the plain Varnish. */
export const PORTS_PER_RUN = 9

const USAGE = `Usage: npm run bench -- [--no-build] [--duration 5] [--alternations 3] [--connections 32]
                       [--scale 200] [--topology a|b|c]... [--port-base 3900] [--freshness-runs 5]`

/** Parses argv into {@link BenchOptions}; exits with the usage on a bad option. */
export function parseBenchArgs(argv = process.argv.slice(2)): BenchOptions {
  const option = parseCommandLine(
    argv,
    {
      'no-build': { type: 'boolean', default: false },
      duration: { type: 'string', default: '5' },
      alternations: { type: 'string', default: '3' },
      connections: { type: 'string', default: '32' },
      scale: { type: 'string', default: '0' },
      topology: { type: 'string', multiple: true },
      'port-base': { type: 'string', default: '3900' },
      'freshness-runs': { type: 'string', default: '5' },
    },
    USAGE,
  )
  const chosen = new Set(option.choices('topology', TOPOLOGY_NAMES))
  return {
    build: !option.flag('no-build'),
    duration: option.wholeNumber('duration', 1, 600),
    alternations: option.wholeNumber('alternations', 1, 20),
    connections: option.wholeNumber('connections', 1, 1024),
    // The synthetic generator can only give each country its own unused ISO code (248 left after BE).
    scale: option.wholeNumber('scale', 0, 248),
    topologies: chosen.size === 0 ? [...TOPOLOGY_NAMES] : TOPOLOGY_NAMES.filter((name) => chosen.has(name)),
    portBase: option.wholeNumber('port-base', 1024, 65535 - PORTS_PER_RUN),
    freshnessRuns: option.wholeNumber('freshness-runs', 1, 50),
  }
}
