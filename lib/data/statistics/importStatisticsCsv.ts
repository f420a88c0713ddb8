import { createLocalReq, type Payload } from 'payload'

import type { Issue } from '@/lib/domain/issues'
import type { User } from '@/payload-types'

import { COUNT_COLUMNS, TEXT_COLUMNS, type StatisticsCsvRow } from '@/lib/domain/statistics/csvColumns'
import { readStatisticsCsv, sortByLine } from '@/lib/domain/statistics/csvImport'
import { planStatisticsImport } from './planStatisticsImport'
import { countWrites, writeStatistics, type RowRefusal, type StatisticsCounts } from './writeStatistics'

/** What an import did (or, with `dryRun`, would do), or every line that stops it. */
export type ImportStatisticsResult = StatisticsCounts | { errors: Issue[] }

/** Options of `importStatisticsCsv`. */
export type ImportStatisticsOptions = { csv: string; user: User; dryRun?: boolean; now?: Date }

const COLUMN_OF_FIELD = new Map<string, string>(
  [...COUNT_COLUMNS, ...TEXT_COLUMNS].map(([column, field]) => [field, column]),
)

/** "year: must be at most 2027 (got 2099)", naming the CSV's columns. */
function describeRefusal({ line, problems }: RowRefusal): Issue {
  const message = problems
    .map(({ field, message }) => `${COLUMN_OF_FIELD.get(field) ?? field}: ${message}`)
    .join('; ')
  return { line, message }
}

/** Counts what the rows would write, or reports every problem: the file's and unknown countries. */
async function checkRows(
  payload: Payload,
  rows: StatisticsCsvRow[],
  errors: Issue[],
  user: User,
): Promise<ImportStatisticsResult> {
  const req = await createLocalReq({ user }, payload)
  const plan = await planStatisticsImport(payload, rows, { req, user })
  if ('writes' in plan && errors.length === 0) return countWrites(plan.writes)
  // Unknown countries among the good rows are reported too, so one round of fixes suffices.
  return { errors: sortByLine([...errors, ...('errors' in plan ? plan.errors : [])]) }
}

/**
 * Imports statistics CSV text as `user` (access rules apply): every row is created or
 * updated by (country, year) in one transaction, or, when any row is invalid, nothing is
 * written and every bad line is reported. With `dryRun`, it only checks and counts.
 */
export async function importStatisticsCsv(
  payload: Payload,
  { csv, user, dryRun = false, now }: ImportStatisticsOptions,
): Promise<ImportStatisticsResult> {
  const { rows, errors } = readStatisticsCsv(csv, now)
  if (errors.length > 0 || dryRun) return checkRows(payload, rows, errors, user)
  const result = await writeStatistics(payload, {
    user,
    plan: (req) => planStatisticsImport(payload, rows, { req, user }),
  })
  return 'refusal' in result ? { errors: [describeRefusal(result.refusal)] } : result
}
