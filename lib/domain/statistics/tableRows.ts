import { cleanText } from '@/lib/domain/text'

import type { StatisticsCsvValues } from './csvColumns'
import { readIntegerCell } from './readCell'
import { FIRST_STATISTICS_YEAR, latestStatisticsYear } from './years'

/** The columns of the admin's statistics table, in order, with the labels editors see. */
export const TABLE_COLUMNS = [
  { field: 'year', label: 'Year' },
  { field: 'bev', label: 'BEV' },
  { field: 'phev', label: 'PHEV' },
  { field: 'hev', label: 'HEV' },
  { field: 'totalNewCars', label: 'Total new cars' },
  { field: 'source', label: 'Source' },
] as const

/** A column of the statistics table (an `ev-statistics` field). */
export type TableField = (typeof TABLE_COLUMNS)[number]['field']

/** The cells of a row as the editor typed them; a cell that is absent is left as it is. */
export type TableRowCells = { year: string } & Partial<Record<Exclude<TableField, 'year'>, string>>

/** A problem with one cell, by its row's position in what was read. */
export type CellProblem = { row: number; field: TableField; message: string }

/** A row read without problems. */
export type TableRowValues = { row: number; year: number; values: StatisticsCsvValues }

/** Longest source the collection stores (collections/EvStatistics). */
export const MAX_SOURCE_LENGTH = 500

const COUNT_FIELDS = ['bev', 'phev', 'hev', 'totalNewCars'] as const

/** The label of a column, for messages and cell names. */
export function columnLabel(field: TableField): string {
  return TABLE_COLUMNS.find((column) => column.field === field)?.label ?? field
}

function readRow(cells: TableRowCells, row: number, maxYear: number, problems: CellProblem[]) {
  const before = problems.length
  const year = readIntegerCell(
    cleanText(cells.year),
    'Year',
    { min: FIRST_STATISTICS_YEAR, max: maxYear, required: true },
    { grouped: false },
  )
  if ('error' in year) problems.push({ row, field: 'year', message: year.error })
  const values: StatisticsCsvValues = {}
  for (const field of COUNT_FIELDS) {
    const text = cells[field]
    if (text === undefined) continue
    const reading = readIntegerCell(cleanText(text), columnLabel(field), { min: 0 }, { grouped: true })
    if ('error' in reading) problems.push({ row, field, message: reading.error })
    else values[field] = reading.value
  }
  if (cells.source !== undefined) {
    const source = cleanText(cells.source)
    if (source.length > MAX_SOURCE_LENGTH)
      problems.push({
        row,
        field: 'source',
        message: `Source is longer than ${MAX_SOURCE_LENGTH} characters`,
      })
    else values.source = source || null
  }
  if (problems.length > before || !('value' in year) || year.value === null) return null
  return { row, year: year.value, values }
}

/**
 * Reads the rows of the admin's statistics table with the rules of the collection and the
 * CSV import (whole numbers, empty is no data, years in range; thousands separators as a
 * spreadsheet copies them are fine), and finds a year that appears twice. Never throws.
 */
export function readTableRows(
  rows: readonly TableRowCells[],
  now: Date = new Date(),
): { rows: TableRowValues[]; problems: CellProblem[] } {
  const maxYear = latestStatisticsYear(now)
  const problems: CellProblem[] = []
  const read: TableRowValues[] = []
  const rowOfYear = new Map<number, number>()
  rows.forEach((cells, row) => {
    const values = readRow(cells, row, maxYear, problems)
    if (!values) return
    const first = rowOfYear.get(values.year)
    if (first !== undefined) {
      problems.push({ row, field: 'year', message: `${values.year} is already in row ${first + 1}` })
      return
    }
    rowOfYear.set(values.year, row)
    read.push(values)
  })
  return { rows: read, problems }
}
