/** Maps a domain value to a screen coordinate. */
export type LinearScale = (value: number) => number

/** Evenly spaced slots for consecutive years, each year at the centre of its slot. */
export type YearScale = {
  /** Every year from the first to the last, ascending, including years without data. */
  years: number[]
  /** Width of one year's slot. */
  step: number
  position: (year: number) => number
}

// Tolerance so that a residual of 2.0000000001 from float division still counts as 2.
const EPSILON = 1e-9

/** Picks a 1, 2 or 5 × 10^n step so that about `count` steps cover 0..max. */
function pickNiceStep(max: number, count: number): number {
  const raw = max / count
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  const residual = raw / magnitude
  if (residual <= 1 + EPSILON) return magnitude
  if (residual <= 2 + EPSILON) return 2 * magnitude
  if (residual <= 5 + EPSILON) return 5 * magnitude
  return 10 * magnitude
}

/**
 * Ticks from 0 to a "nice" maximum ≥ max in 1/2/5×10^n steps. A max of 0 (or garbage) is treated
 * as 1 so an all-zero chart still has an axis. `minStep` keeps counts from getting ticks like 0.5.
 */
export function niceTicks(max: number, count = 5, minStep = 0): number[] {
  const safeMax = Number.isFinite(max) && max > 0 ? max : 1
  const safeCount = Number.isFinite(count) && count >= 1 ? Math.floor(count) : 5
  const step = Math.max(pickNiceStep(safeMax, safeCount), minStep)
  const steps = Math.ceil(safeMax / step - EPSILON)
  // toPrecision strips float noise such as 0.30000000000000004.
  return Array.from({ length: steps + 1 }, (_, i) => Number((i * step).toPrecision(12)))
}

/** Linear map from `domain` to `range`; a zero-width domain maps everything to the range start. */
export function createLinearScale(domain: [number, number], range: [number, number]): LinearScale {
  const [d0, d1] = domain
  const [r0, r1] = range
  const span = d1 - d0
  if (span === 0) return () => r0
  return (value) => r0 + ((value - d0) / span) * (r1 - r0)
}

/** Every year from the smallest to the largest given year, ascending; gaps get filled in. */
export function fillYearRange(years: readonly number[]): number[] {
  const valid = years.filter((year) => Number.isInteger(year))
  if (valid.length === 0) return []
  const first = Math.min(...valid)
  const last = Math.max(...valid)
  return Array.from({ length: last - first + 1 }, (_, i) => first + i)
}

/** Point scale for years: ascending left to right, one slot per year of the filled range. */
export function createYearScale(years: readonly number[], range: [number, number]): YearScale {
  const filled = fillYearRange(years)
  const [start, end] = range
  const step = filled.length === 0 ? 0 : (end - start) / filled.length
  const first = filled[0] ?? 0
  return {
    years: filled,
    step,
    position: (year) => start + step * (year - first + 0.5),
  }
}

/**
 * Years that get a label when there is room for at most `maxLabels`: every year, or every
 * 2nd/5th/10th/… year on round numbers so long ranges stay readable.
 */
export function pickLabelledYears(years: readonly number[], maxLabels: number): number[] {
  const limit = Math.max(1, Math.floor(maxLabels))
  if (years.length <= limit) return [...years]
  const every = [2, 5, 10, 20, 50, 100].find((n) => Math.ceil(years.length / n) <= limit) ?? 100
  const labelled = years.filter((year) => year % every === 0)
  // Tiny label budgets can skip every round year; the first year still anchors the axis.
  return labelled.length > 0 ? labelled : years.slice(0, 1)
}
