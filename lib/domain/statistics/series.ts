import type { YearStatistics } from '@/lib/domain/statistics/types'

/** One year of one series; `null` means no data. */
export type SeriesPoint = { year: number; value: number | null }

/** One line of a chart. */
export type ChartSeries = { key: string; label: string; points: SeriesPoint[] }

/** Builds the BEV, PHEV and HEV series of a country's statistics, keeping `null` as no data. */
export function buildStatisticsSeries(rows: readonly YearStatistics[]): ChartSeries[] {
  const sorted = [...rows].sort((a, b) => a.year - b.year)
  return [
    { key: 'bev', label: 'BEV', points: sorted.map(({ year, bev }) => ({ year, value: bev })) },
    { key: 'phev', label: 'PHEV', points: sorted.map(({ year, phev }) => ({ year, value: phev })) },
    { key: 'hev', label: 'HEV', points: sorted.map(({ year, hev }) => ({ year, value: hev })) },
  ]
}

/** True when a point carries a real number. */
export function hasValue(point: SeriesPoint): point is { year: number; value: number } {
  return point.value !== null && Number.isFinite(point.value)
}

/** Years where the series has a number, ascending and unique. */
export function listYearsWithData(series: readonly ChartSeries[]): number[] {
  const years = new Set<number>()
  for (const s of series) for (const p of s.points) if (hasValue(p)) years.add(p.year)
  return [...years].sort((a, b) => a - b)
}
