// Pure verdicts of the soak: which checks passed, with a one-line reason for each failure.
// No I/O here, so tests/unit/soak.test.ts can feed it made-up figures.

/** Memory may grow by less than this many percent between the end of the warm-up and the end. */
export const MAX_MEMORY_GROWTH_PERCENT = 20
/** The server's process group must fit a 512 MB container throughout: its peak resident memory. */
export const MAX_RESIDENT_BYTES = 512 * 1024 * 1024
// Medians of a few samples, so one sample caught just before a garbage collection decides nothing.
const WINDOW = 3

import type { SaveRecord } from './editor'
import type { MemorySample } from '../topology/memory'
import type { StatusClasses, TrafficFigures } from './traffic'
import type { FinalCheck } from './visibility'

/** The middle value, or the mean of the two middle ones; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? null)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/** Memory at the end of the warm-up and at the end, the peak, and the growth between them. */
export type MemoryFigures = {
  afterWarmUp: number
  end: number
  peak: number
  processes: number
  growth: number
}

/**
 * Memory growth from the end of the warm-up to the end of the run: the median RSS of the first
 * samples at or after `warmUpMs` against the median of the last ones. Null with fewer than two
 * samples after the warm-up.
 */
export function evaluateMemory(samples: readonly MemorySample[], warmUpMs: number): MemoryFigures | null {
  const after = samples.filter((s) => s.atMs >= warmUpMs)
  if (after.length < 2) return null
  const size = Math.min(WINDOW, Math.floor(after.length / 2))
  const afterWarmUp = median(after.slice(0, size).map((s) => s.bytes)) ?? 0
  const end = median(after.slice(-size).map((s) => s.bytes)) ?? 0
  return {
    afterWarmUp,
    end,
    peak: Math.max(...samples.map((s) => s.bytes)),
    processes: Math.max(...samples.map((s) => s.processes)),
    growth: afterWarmUp > 0 ? end / afterWarmUp - 1 : 0,
  }
}

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`

/** Everything a soak run measured. */
export type SoakFigures = {
  traffic: TrafficFigures
  saves: SaveRecord[]
  final: FinalCheck
  memory: MemoryFigures | null
  /** Every RSS sample, warm-up included. */
  samples: MemorySample[]
}

/** One check of the soak; `detail` is the one-line reason when it failed. */
export type Check = { name: string; pass: boolean; detail: string }

/** Paths with a non-zero count in `statusClass`, as "path: n, path: n". */
function pathsWith(byPath: Record<string, StatusClasses>, statusClass: keyof StatusClasses): string {
  return Object.entries(byPath)
    .filter(([, classes]) => classes[statusClass] > 0)
    .map(([path, classes]) => `${path}: ${classes[statusClass]}`)
    .join(', ')
}

const describeSave = (s: SaveRecord) =>
  `save #${s.index} (${s.year} BEV ${s.value}): ${s.error ?? `read back ${s.readBack}`}${s.status ? ` [HTTP ${s.status}]` : ''}`

/** Every check of the soak, passed or not; `detail` is the one-line reason when it failed. */
export function evaluateSoak({ traffic, saves, final, memory }: SoakFigures): Check[] {
  const { statuses, byPath } = traffic
  const saves5xx = saves.filter((s) => s.status >= 500)
  const total5xx = statuses['5xx'] + saves5xx.length
  const unexpected = statuses['1xx'] + statuses['3xx'] + statuses['4xx']
  const failed = saves.filter((s) => s.status < 200 || s.status >= 300 || s.error !== undefined)
  const lost = saves.filter(
    (s) => s.status >= 200 && s.status < 300 && s.error === undefined && s.readBack !== s.value,
  )
  const restWrong = final.rest.filter((r) => r.actual !== r.expected)
  const finals = final.finals.map((f) => `${f.year}: ${f.value}`).join(', ')
  return [
    {
      name: 'no 5xx',
      pass: total5xx === 0,
      detail: `${total5xx} answers were 5xx (${[pathsWith(byPath, '5xx'), saves5xx.length ? `editor saves: ${saves5xx.length}` : ''].filter(Boolean).join(', ')})`,
    },
    {
      name: 'every request answered',
      pass: traffic.errors === 0,
      detail: `${traffic.errors} public requests got no answer (${traffic.timeouts} timed out after ${traffic.timeoutSeconds} s)`,
    },
    {
      name: 'public reads all 2xx',
      pass: unexpected === 0,
      detail: `${unexpected} public reads answered 1xx/3xx/4xx (4xx on ${pathsWith(byPath, '4xx') || 'none'}; 3xx on ${pathsWith(byPath, '3xx') || 'none'})`,
    },
    { name: 'saves happened', pass: saves.length > 0, detail: 'the editor completed no save' },
    {
      name: 'every save succeeded',
      pass: failed.length === 0,
      detail: `${failed.length} of ${saves.length} saves failed; first: ${failed[0] ? describeSave(failed[0]) : ''}`,
    },
    {
      name: 'every save persisted',
      pass: lost.length === 0,
      detail: `${lost.length} of ${saves.length} saves read back another value; first: ${lost[0] ? describeSave(lost[0]) : ''}`,
    },
    {
      name: 'final values in REST',
      pass: restWrong.length === 0,
      detail: `REST returns ${restWrong.map((r) => `${r.year}: ${r.actual} instead of ${r.expected}`).join(', ')}`,
    },
    {
      name: 'final values on the page',
      pass: final.finals.length > 0 && final.pageMs !== null,
      detail: `/countries/belgium did not show the final values (${finals}) within 15 s`,
    },
    {
      name: 'final values in the CSV',
      pass: final.finals.length > 0 && final.csvMs !== null,
      detail: `/countries/belgium/ev-statistics.csv did not show the final values (${finals}) within 15 s`,
    },
    memory === null
      ? { name: 'resident memory', pass: false, detail: 'memory was not measured (no /proc)' }
      : {
          name: 'resident memory',
          pass: memory.peak <= MAX_RESIDENT_BYTES,
          detail: `server RSS peaked at ${megabytes(memory.peak)} (limit ${megabytes(MAX_RESIDENT_BYTES)}: a 512 MB container)`,
        },
    memory === null
      ? {
          name: 'memory growth',
          pass: false,
          detail: 'memory was not measured (no /proc, or too few samples after warm-up)',
        }
      : {
          name: 'memory growth',
          // In whole bytes, not via the growth ratio: 480 / 400 - 1 is a hair under 0.2 in floating point.
          pass: memory.end * 100 < memory.afterWarmUp * (100 + MAX_MEMORY_GROWTH_PERCENT),
          detail: `server RSS grew ${(memory.growth * 100).toFixed(1)}% (${megabytes(memory.afterWarmUp)} after warm-up → ${megabytes(memory.end)} at the end; limit ${MAX_MEMORY_GROWTH_PERCENT}%)`,
        },
  ]
}
