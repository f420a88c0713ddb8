import type { SeriesPoint } from '@/lib/domain/statistics/series'

/** A point with data, placed on screen. */
export type PlacedPoint = { year: number; value: number; x: number; y: number }

/** Rounds a coordinate to 0.01 so markup stays short and free of float noise. */
export function roundCoordinate(n: number): number {
  return Math.round(n * 100) / 100
}

/**
 * Splits a series into runs of consecutive years that all have data. A `null` — or a year
 * missing from the series — ends the run, so a gap is drawn as a gap and never as zero.
 */
export function splitIntoRuns(
  points: readonly SeriesPoint[],
  x: (year: number) => number,
  y: (value: number) => number,
): PlacedPoint[][] {
  const sorted = [...points].sort((a, b) => a.year - b.year)
  const runs: PlacedPoint[][] = []
  let current: PlacedPoint[] = []
  let previousYear: number | undefined
  for (const { year, value } of sorted) {
    const hasValue = value !== null && Number.isFinite(value)
    const continues = previousYear !== undefined && year === previousYear + 1
    if (!hasValue || !continues) {
      if (current.length > 0) runs.push(current)
      current = []
    }
    if (hasValue) {
      current.push({ year, value, x: roundCoordinate(x(year)), y: roundCoordinate(y(value)) })
      previousYear = year
    } else {
      previousYear = undefined
    }
  }
  if (current.length > 0) runs.push(current)
  return runs
}

/**
 * SVG path data for the runs: each run of two or more points starts with its own `M`. A lone
 * point has no line to draw; the chart shows it as a marker only.
 */
export function buildLinePath(runs: readonly PlacedPoint[][]): string {
  return runs
    .filter((run) => run.length > 1)
    .map((run) => run.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' '))
    .join(' ')
}
