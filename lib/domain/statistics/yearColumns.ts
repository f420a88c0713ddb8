import { computeYearShares, roundShare, type ShareKey } from './share'
import type { YearFigures } from './types'

/** A figure every download gives for a country's year, after the year itself. */
export type YearColumn = {
  /** Column name in the CSV files, key in the JSON files, field name in the data package. */
  name: string
  type: 'integer' | 'number'
  title: string
  description: string
  read: (row: YearFigures) => number | null
}

const count = (name: string, title: string, read: (row: YearFigures) => number | null): YearColumn => ({
  name,
  type: 'integer',
  title,
  description: `${title}: new registrations of passenger cars in the year; empty (null) when there is no data, which is not 0.`,
  read,
})

const share = (key: ShareKey, title: string): YearColumn => ({
  name: `${key}_share`,
  type: 'number',
  title,
  description: `${title} as a decimal rounded to four places (0.0068 = 0.68%); empty (null) when the year has no total of new cars or a figure it needs is missing.`,
  read: (row) => roundShare(computeYearShares(row)[key]),
})

/**
 * The figures of a year in every download (CSV, JSON, data package), in column order: the
 * registrations, the total of new cars, then the shares from `share.ts`, never computed from
 * partial figures.
 */
export const YEAR_COLUMNS: readonly YearColumn[] = [
  count('bev', 'Battery electric vehicles (BEV)', (row) => row.bev),
  count('phev', 'Plug-in hybrid electric vehicles (PHEV)', (row) => row.phev),
  count('hev', 'Hybrid electric vehicles (HEV)', (row) => row.hev),
  {
    ...count('total_new_cars', 'Total new passenger cars', (row) => row.totalNewCars),
    description:
      'All new passenger cars registered in the year, the base of the shares; empty (null) when there is no data.',
  },
  share('bev', 'BEV share of new passenger cars'),
  share('phev', 'PHEV share of new passenger cars'),
  share('hev', 'HEV share of new passenger cars'),
  share('plugin', 'Plug-in (BEV + PHEV) share of new passenger cars'),
]

/** A year's figures keyed by column name, `null` where there is no data. */
export function readYearColumns(row: YearFigures): Record<string, number | null> {
  return Object.fromEntries(YEAR_COLUMNS.map((column) => [column.name, column.read(row)]))
}
