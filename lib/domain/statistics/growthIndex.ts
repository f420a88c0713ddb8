import type { SeriesPoint } from './series'

/** A series as an index, and the year that is 100 (null when no year can be). */
export type IndexedSeries = { baseYear: number | null; points: SeriesPoint[] }

/**
 * Each value as an index of the series' first year with data (= 100), so countries of any size
 * compare by growth. A first value of 0 cannot be a base (every later year would be infinite),
 * so the base is the first year with a value above 0; years before it have no index.
 */
export function indexSeries(points: readonly SeriesPoint[]): IndexedSeries {
  const sorted = [...points].sort((a, b) => a.year - b.year)
  const base = sorted.find((point) => point.value !== null && Number.isFinite(point.value) && point.value > 0)
  if (!base || base.value === null) {
    return { baseYear: null, points: sorted.map(({ year }) => ({ year, value: null })) }
  }
  const baseValue = base.value
  return {
    baseYear: base.year,
    points: sorted.map(({ year, value }) => ({
      year,
      value: year < base.year || value === null || !Number.isFinite(value) ? null : (value / baseValue) * 100,
    })),
  }
}
