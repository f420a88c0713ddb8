// The performance budgets of the product (PRODUCT.md §6, and the caching work's) as checks over
// one bench run: each verdict names what it measured, the limit, the value, PASS or FAIL.
import { TOPOLOGY_LABELS, type TopologyName } from './args'
import { throughputRatio } from './load'
import type { BenchMeasurements, LoadRow, Verdict } from './result'
import { SEARCH_LOAD } from './search-load'

export const COUNTRY_PAGE = '/countries/belgium'
const KB = 1024

/** The baselines a throughput budget can be measured against, as the table names them. */
export const BASELINE_LABELS = { nginx: 'nginx', plainVarnish: 'plain Varnish' } as const
export type BaselineName = keyof typeof BASELINE_LABELS

/**
 * Cached country page: (a) `npm start` alone against nginx (the physical limit); (b) and (c),
 * behind Varnish, against a plain Varnish in front of nginx (what Varnish itself reaches here),
 * both measured in the same run, alternating with the topology's runs.
 */
export const COUNTRY_BUDGETS: Record<TopologyName, { p99Ms: number; minRatio: number; of: BaselineName }> = {
  a: { p99Ms: 100, minRatio: 0.2, of: 'nginx' },
  b: { p99Ms: 10, minRatio: 0.95, of: 'plainVarnish' },
  c: { p99Ms: 10, minRatio: 0.95, of: 'plainVarnish' },
}
const FRESH_WITHIN_MS = 1_000

/**
 * Distinct searches on `npm start` (issue 21): at the seed and up to scale 20, and beyond (the
 * bench's scale 200 and anything between).
 */
export function searchBudget(scale: number): { minRps: number; p99Ms: number } {
  return scale <= 20 ? { minRps: 300, p99Ms: 250 } : { minRps: 150, p99Ms: 500 }
}

/** Resident memory of one instance, its whole process group, at its peak: a 512 MB container. */
export const INSTANCE_MEMORY_BYTES = 512 * 1024 * 1024

const ms = (value: number | null) => (value === null ? 'never' : `${value.toFixed(1)} ms`)

/** Every budget that applies to this run. */
export function evaluateBudgets(
  { load, memory, weight, freshness, legacyImport }: BenchMeasurements,
  scale: number,
): Verdict[] {
  const verdicts: Verdict[] = []
  const check = (subject: string, name: string, actual: string, pass: boolean) =>
    verdicts.push({ subject, name, actual, pass })
  const p99Within = (subject: string, row: LoadRow, limit: number) =>
    check(subject, `p99 ≤ ${limit} ms`, ms(row.load.p99Ms), row.load.p99Ms <= limit)

  for (const row of load) {
    const subject = `${TOPOLOGY_LABELS[row.topology]} ${row.path}`
    if (row.path === COUNTRY_PAGE) {
      const budget = COUNTRY_BUDGETS[row.topology]
      // From the figures themselves, not a stored ratio: each budget names its own baseline.
      const baseline = row[budget.of]
      const ratio = throughputRatio(row.load, baseline) ?? 0
      check(
        subject,
        `≥ ${budget.minRatio}× ${BASELINE_LABELS[budget.of]}`,
        `${ratio.toFixed(2)}× (${row.load.rps.toFixed(0)} / ${baseline.rps.toFixed(0)} req/s)`,
        ratio >= budget.minRatio,
      )
      p99Within(subject, row, budget.p99Ms)
    }
    if (row.path === '/countries' || row.path.startsWith('/compare')) p99Within(subject, row, 200)
    if (row.path.startsWith('/api/ev-statistics')) p99Within(subject, row, 300)
    if (row.path === SEARCH_LOAD) {
      const budget = searchBudget(scale)
      const rps = row.load.rps
      check(subject, `≥ ${budget.minRps} req/s`, `${rps.toFixed(0)} req/s`, rps >= budget.minRps)
      p99Within(subject, row, budget.p99Ms)
    }
    const errors = `${row.load.errors} (nginx ${row.nginx.errors}, plain Varnish ${row.plainVarnish.errors})`
    const clean = row.load.errors === 0 && row.nginx.errors === 0 && row.plainVarnish.errors === 0
    check(subject, 'no errors', errors, clean)
  }
  for (const { topology, instance, peakBytes } of memory) {
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`
    check(
      `${TOPOLOGY_LABELS[topology]} ${instance}`,
      `resident memory ≤ ${mb(INSTANCE_MEMORY_BYTES)} at its peak`,
      mb(peakBytes),
      peakBytes <= INSTANCE_MEMORY_BYTES,
    )
  }
  const country = weight.find((page) => page.path === COUNTRY_PAGE)
  if (country) {
    const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`
    check(COUNTRY_PAGE, 'JS ≤ 150 KB gzip', kb(country.js.gzip), country.js.gzip <= 150 * KB)
    check(COUNTRY_PAGE, 'HTML+CSS+JS ≤ 200 KB gzip', kb(country.total.gzip), country.total.gzip <= 200 * KB)
  }
  for (const { topology, observer, maxMs } of freshness) {
    const subject = `${TOPOLOGY_LABELS[topology]} publish → fresh, ${observer}`
    check(subject, `max ≤ ${FRESH_WITHIN_MS / 1000} s`, ms(maxMs), maxMs !== null && maxMs <= FRESH_WITHIN_MS)
  }
  if (legacyImport) {
    const seconds = legacyImport.ms / 1000
    check(
      `import of ${legacyImport.files} legacy files`,
      '≤ 60 s, no file refused',
      `${seconds.toFixed(1)} s${legacyImport.ok ? '' : ', refused'}`,
      legacyImport.ok && seconds <= 60,
    )
  }
  return verdicts
}
