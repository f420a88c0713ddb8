// What one bench run measured, as saved in bench-results/ and read by the budgets and the table.
import type { TopologyName } from './args'
import type { Freshness } from './freshness'
import { type Baselines, type LoadFigures, throughputRatio } from './load'
import type { PageBytes } from './weight'

/** One URL of one topology, with the runs of both baselines that alternated with it. */
export type LoadRow = {
  topology: TopologyName
  path: string
  load: LoadFigures
  nginx: LoadFigures
  /** req/s of the URL over req/s of nginx serving the country page's bytes. */
  ratio: number | null
  /** The plain Varnish (default VCL) in front of that nginx, serving the same page. */
  plainVarnish: LoadFigures
  /** req/s of the URL over req/s of the plain Varnish. */
  plainVarnishRatio: number | null
  warm: { firstMs: number; cache: string }
}

/** A row of figures measured together, each ratio taken against its own baseline. */
export function loadRow(
  topology: TopologyName,
  path: string,
  measured: { target: LoadFigures; baselines: Baselines<LoadFigures> },
  warm: LoadRow['warm'],
): LoadRow {
  const { nginx, plainVarnish } = measured.baselines
  return {
    topology,
    path,
    load: measured.target,
    nginx,
    ratio: throughputRatio(measured.target, nginx),
    plainVarnish,
    plainVarnishRatio: throughputRatio(measured.target, plainVarnish),
    warm,
  }
}

export type LegacyImport = { files: number; ms: number; ok: boolean }

/** Resident memory of one instance's process group (every child included), sampled throughout its topology's run. */
export type InstanceMemory = { topology: TopologyName; instance: string; peakBytes: number; endBytes: number }

export type BenchMeasurements = {
  load: LoadRow[]
  memory: InstanceMemory[]
  /** Page weight in Chromium, measured on `extrasOn`. */
  weight: PageBytes[]
  freshness: Freshness[]
  legacyImport: LegacyImport | null
}

export type BenchMeta = {
  startedAt: string
  scale: number
  duration: number
  alternations: number
  connections: number
  topologies: TopologyName[]
  /** The topology the other pages, the page weight and the import were measured on. */
  extrasOn: TopologyName
  headers: string
  /** The second baseline as started: its VCL and run-time parameters. */
  plainVarnish: { vcl: string; parameters: string[] }
  /** The shipped VCL's abuse limits in (b) and (c): off, since the load is one client. */
  varnishLimits: 'off'
  node: string
  cpus: number
  loadavg: { before: number[]; after: number[] }
  note: string
}

/** One budget over one measurement, with what was measured. */
export type Verdict = { subject: string; name: string; actual: string; pass: boolean }

export type BenchResult = { meta: BenchMeta } & BenchMeasurements & { budgets: Verdict[] }
