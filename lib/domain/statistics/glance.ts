import { computeShare, countPlugIns } from './share'
import type { YearFigures } from './types'

/** How a figure moved since the year before: counts by percent, shares by percentage points. */
export type Change = { previousYear: number; previous: number; difference: number; ratio: number | null }

/** One figure of the latest year and its change since the year before (null when either is missing). */
export type GlanceFigure = { value: number | null; change: Change | null }

/** A country's latest year with data, at a glance. */
export type Glance = {
  year: number
  bev: GlanceFigure
  phev: GlanceFigure
  hev: GlanceFigure
  /** Share of BEV + PHEV in the year's new passenger cars; null value without a total. */
  pluginShare: GlanceFigure
}

const hasRegistrations = (row: YearFigures) => row.bev !== null || row.phev !== null || row.hev !== null

function compare(value: number | null, previous: number | null, previousYear: number): GlanceFigure {
  if (value === null || previous === null) return { value, change: null }
  const difference = value - previous
  return {
    value,
    change: { previousYear, previous, difference, ratio: previous === 0 ? null : difference / previous },
  }
}

const pluginShareOf = (row: YearFigures | undefined) =>
  row ? computeShare(countPlugIns(row), row.totalNewCars) : null

/**
 * The latest year with any registrations, its figures and their change against the calendar year
 * before. A year missing in between means no change is given: a two-year jump is not "last year".
 */
export function computeGlance(rows: readonly YearFigures[]): Glance | null {
  const latest = rows
    .filter(hasRegistrations)
    .reduce<
      YearFigures | undefined
    >((best, row) => (best === undefined || row.year > best.year ? row : best), undefined)
  if (!latest) return null
  const previousYear = latest.year - 1
  const before = rows.find((row) => row.year === previousYear)
  return {
    year: latest.year,
    bev: compare(latest.bev, before?.bev ?? null, previousYear),
    phev: compare(latest.phev, before?.phev ?? null, previousYear),
    hev: compare(latest.hev, before?.hev ?? null, previousYear),
    pluginShare: compare(pluginShareOf(latest), pluginShareOf(before), previousYear),
  }
}
