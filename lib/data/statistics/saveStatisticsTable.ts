import { isValidID, type Payload } from 'payload'

import type { User } from '@/payload-types'

import {
  readTableRows,
  TABLE_COLUMNS,
  type CellProblem,
  type TableField,
  type TableRowCells,
} from '@/lib/domain/statistics/tableRows'
import {
  findExistingStatistics,
  writeStatistics,
  type RowRefusal,
  type StatisticsCounts,
} from './writeStatistics'

/** What a save of the statistics table did, or why nothing was saved. */
export type SaveTableResult = StatisticsCounts | { problems: CellProblem[] } | { notFound: string }

/** Options of `saveStatisticsTable`. */
export type SaveTableOptions = { user: User; countryId: number | string; rows: TableRowCells[]; now?: Date }

function isTableField(field: string): field is TableField {
  return TABLE_COLUMNS.some((column) => column.field === field)
}

/** The collection's refusal, cell by cell; a field the table has no cell for goes next to the year. */
function toCellProblems({ line, problems }: RowRefusal): CellProblem[] {
  return problems.map(({ field, message }) =>
    isTableField(field)
      ? { row: line, field, message }
      : { row: line, field: 'year', message: `${field}: ${message}` },
  )
}

/**
 * Saves the rows of a country's statistics table as `user`: each row creates or updates the
 * statistic of its year, all in one transaction (see `writeStatistics`). When any cell is
 * invalid, by the table's rules or the collection's, nothing is written and every problem
 * is returned by row and column.
 */
export async function saveStatisticsTable(
  payload: Payload,
  { user, countryId, rows, now }: SaveTableOptions,
): Promise<SaveTableResult> {
  const read = readTableRows(rows, now)
  if (read.problems.length > 0) return { problems: read.problems }
  const notFound = { notFound: `There is no country with the id "${countryId}".` }
  if (!isValidID(countryId, payload.db.defaultIDType)) return notFound
  const country = await payload.findByID({
    collection: 'countries',
    id: countryId,
    depth: 0,
    overrideAccess: false,
    user,
    disableErrors: true,
  })
  if (!country) return notFound
  const result = await writeStatistics(payload, {
    user,
    plan: async (req) => {
      const existing = await findExistingStatistics(payload, [country.id], { req, user })
      const writes = read.rows.map(({ row, year, values }) => {
        return {
          line: row,
          countryId: country.id,
          year,
          values,
          existing: existing.get(`${country.id} ${year}`),
        }
      })
      return { writes }
    },
  })
  if ('refusal' in result) return { problems: toCellProblems(result.refusal) }
  if ('errors' in result)
    return { problems: result.errors.map(({ line, message }) => ({ row: line, field: 'year', message })) }
  return result
}
