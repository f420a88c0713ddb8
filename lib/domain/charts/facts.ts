import { hasValue, type ChartSeries } from '@/lib/domain/statistics/series'

/** A year of a series that has a value. */
export type KnownPoint = { year: number; value: number }

/** One change between two neighbouring known years of a series (years without data between them). */
export type Change = { from: KnownPoint; to: KnownPoint; delta: number }

/** What the words about one series are made of. */
export type SeriesFacts = {
  label: string
  known: KnownPoint[]
  /** Years of the chart's range this series has no value for. */
  missing: number[]
  /** The change of largest size between neighbouring known years, or null with fewer than two. */
  largestChange: Change | null
  /** Every step up (or every step down), and no year skipped between the first and the last. */
  isEveryYear: boolean
  highest: KnownPoint | null
}

/** Every year from the first to the last year any series has a value for. */
export function findYearRange(series: readonly ChartSeries[]): number[] {
  const years = series.flatMap((s) => s.points.filter(hasValue).map((p) => p.year))
  if (years.length === 0) return []
  const first = Math.min(...years)
  return Array.from({ length: Math.max(...years) - first + 1 }, (_, i) => first + i)
}

/** The facts of one series over the chart's range of years. */
export function collectFacts(series: ChartSeries, range: readonly number[]): SeriesFacts {
  const known = series.points
    .filter(hasValue)
    .map(({ year, value }) => ({ year, value }))
    .sort((a, b) => a.year - b.year)
  const years = new Set(known.map((p) => p.year))
  const changes: Change[] = known.slice(1).flatMap((to, i) => {
    const from = known[i]
    return from ? [{ from, to, delta: to.value - from.value }] : []
  })
  const largestChange = changes.reduce<Change | null>(
    (largest, change) =>
      largest === null || Math.abs(change.delta) > Math.abs(largest.delta) ? change : largest,
    null,
  )
  const isConsecutive = changes.every((change) => change.to.year === change.from.year + 1)
  const isEveryYear =
    changes.length > 0 &&
    isConsecutive &&
    (changes.every((change) => change.delta > 0) || changes.every((change) => change.delta < 0))
  return {
    label: series.label,
    known,
    missing: known.length === 0 ? [] : range.filter((year) => !years.has(year)),
    largestChange,
    isEveryYear,
    highest: known.reduce<KnownPoint | null>(
      (high, p) => (high === null || p.value > high.value ? p : high),
      null,
    ),
  }
}

/**
 * The year the second series last overtook the first and is still ahead in their last common
 * year, or null. Only years where both have a value count.
 */
export function findOvertaking(first: ChartSeries, second: ChartSeries): number | null {
  const valueOf = new Map(first.points.filter(hasValue).map((p) => [p.year, p.value]))
  const both = second.points
    .filter(hasValue)
    .flatMap((p) => {
      const other = valueOf.get(p.year)
      return other === undefined ? [] : [{ year: p.year, sign: Math.sign(p.value - other) }]
    })
    .filter(({ sign }) => sign !== 0)
    .sort((a, b) => a.year - b.year)
  const last = both.at(-1)
  if (!last || last.sign <= 0) return null
  const lastBehind = both.findLastIndex(({ sign }) => sign < 0)
  return lastBehind === -1 ? null : (both[lastBehind + 1]?.year ?? null)
}
