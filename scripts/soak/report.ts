// The soak's printed summary: the figures first, then one PASS/FAIL line per check.
import { type Check, megabytes, type SoakFigures } from './evaluate'
import type { MemorySample } from '../topology/memory'

const count = (n: number) => new Intl.NumberFormat('en-US').format(n)
const ms = (n: number | null | undefined) =>
  n === null || n === undefined ? 'n/a' : `${count(Math.round(n))} ms`

/** The value at or below which p% of `values` lie (p in 0..100). */
function percentile(values: readonly number[], p: number): number | null {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? null
}

/**
 * About `points` evenly spaced samples as "258 → 343 → … MB": the shape tells a leak (steady
 * climb) from a heap that grows to its working size and stays there, or a GC sawtooth.
 */
export function memoryTrend(samples: readonly MemorySample[], points = 10): string {
  if (samples.length === 0) return 'no samples'
  const step = Math.max(1, Math.round((samples.length - 1) / (points - 1)))
  const picked = samples.filter((_, i) => i % step === 0 || i === samples.length - 1)
  return `${picked.map((s) => (s.bytes / 1024 / 1024).toFixed(0)).join(' → ')} MB (${picked.map((s) => `${(s.atMs / 1000).toFixed(0)}`).join(', ')} s)`
}

/** What the report says about the run itself. */
export type SoakMeta = {
  duration: number
  connections: number
  loadavg: { before: number[]; after: number[] }
  cpus: number
  warmUpMs: number
}

/** Formats the run's figures and checks as the lines `npm run soak` prints. */
export function formatReport(
  meta: SoakMeta,
  { traffic, saves, final, memory, samples }: SoakFigures,
  checks: readonly Check[],
): string {
  const load = (values: number[]) => values.map((n) => n.toFixed(1)).join(' ')
  const { statuses } = traffic
  const saveMs = saves.map((s) => s.ms)
  const byYear = [...new Set(saves.map((s) => s.year))]
    .map((year) => `${year}: ${saves.filter((s) => s.year === year).length}`)
    .join(', ')
  const persisted = saves.filter((s) => s.error === undefined && s.readBack === s.value).length
  const lines = [
    `EV Country Profiles soak — ${meta.duration} s, ${meta.connections} connections over ${Object.keys(traffic.byPath).length} public URLs, an editor saving every second; load average ${load(meta.loadavg.before)} → ${load(meta.loadavg.after)} on ${meta.cpus} cores`,
    '',
    `requests   ${count(traffic.requests)} public reads (${(traffic.requests / traffic.seconds).toFixed(1)}/s) + ${count(saves.length * 2)} editor requests`,
    `statuses   2xx ${count(statuses['2xx'])}, 3xx ${count(statuses['3xx'])}, 4xx ${count(statuses['4xx'])}, 5xx ${count(statuses['5xx'])} (editor saves 5xx: ${saves.filter((s) => s.status >= 500).length}); no answer ${count(traffic.errors)} (timeouts ${count(traffic.timeouts)})`,
    `latency    p50 ${ms(traffic.latency.p50)}, p99 ${ms(traffic.latency.p99)}, max ${ms(traffic.latency.max)} (public 2xx answers)`,
    `saves      ${saves.length} (${byYear}), ${persisted} read back with their value; PATCH p50 ${ms(percentile(saveMs, 50))}, p99 ${ms(percentile(saveMs, 99))}, max ${ms(saveMs.length ? Math.max(...saveMs) : null)}`,
    `final      ${final.finals.map((f) => `${f.year} BEV ${count(f.value)}`).join(', ') || 'none'}: on the page after ${ms(final.pageMs)}, in the CSV after ${ms(final.csvMs)}`,
    memory === null
      ? 'memory     not measured'
      : `memory     RSS ${megabytes(memory.afterWarmUp)} after warm-up (${(meta.warmUpMs / 1000).toFixed(0)} s) → ${megabytes(memory.end)} at the end (${memory.growth >= 0 ? '+' : ''}${(memory.growth * 100).toFixed(1)}%), peak ${megabytes(memory.peak)}, ${memory.processes} process(es)`,
    `RSS trend  ${memoryTrend(samples)}`,
    '',
    'per URL    2xx / non-2xx',
    ...Object.entries(traffic.byPath).map(
      ([path, c]) =>
        `  ${path.padEnd(40)} ${count(c['2xx']).padStart(7)} / ${count(c['1xx'] + c['3xx'] + c['4xx'] + c['5xx'])}`,
    ),
    '',
    ...checks.map((c) => (c.pass ? `PASS ${c.name}` : `FAIL ${c.name}: ${c.detail}`)),
  ]
  return lines.join('\n')
}
