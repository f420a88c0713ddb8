import type { YearStatistics } from './types'

/** Totals of the latest year that has any data, across the countries reporting it. */
export type HeadlineFigures = {
  year: number
  bev: number
  phev: number
  hev: number
  reportingCountries: number
}

/** Headline figures from every country's statistics, or null when there are none. */
export function computeHeadlineFigures(
  countries: readonly { rows: readonly YearStatistics[] }[],
): HeadlineFigures | null {
  const hasData = (row: YearStatistics) => row.bev !== null || row.phev !== null || row.hev !== null
  const years = countries.flatMap(({ rows }) => rows.filter(hasData).map((row) => row.year))
  if (years.length === 0) return null
  const year = Math.max(...years)
  const latest = countries.flatMap(({ rows }) => rows.filter((row) => row.year === year && hasData(row)))
  const sum = (key: 'bev' | 'phev' | 'hev') => latest.reduce((total, row) => total + (row[key] ?? 0), 0)
  return { year, bev: sum('bev'), phev: sum('phev'), hev: sum('hev'), reportingCountries: latest.length }
}
