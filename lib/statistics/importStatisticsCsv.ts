import { createLocalReq, ValidationError, type Payload, type PayloadRequest } from 'payload'

import { expireTags } from '@/lib/cache/revalidate'
import { TAGS } from '@/lib/cache/tags'
import { inTransaction } from '@/lib/content/transaction'
import type { Issue } from '@/lib/legacy/types'
import type { User } from '@/payload-types'

import { COUNT_COLUMNS, TEXT_COLUMNS, type StatisticsCsvRow, type StatisticsCsvValues } from './csvColumns'
import { readStatisticsCsv, sortByLine } from './csvImport'
import { planStatisticsImport, type PlannedWrite } from './planStatisticsImport'

/** What an import did (or, with `dryRun`, would do), or every line that stops it. */
export type ImportStatisticsResult =
  | { created: number; updated: number; unchanged: number }
  | { errors: Issue[] }

/** Options of `importStatisticsCsv`. */
export type ImportStatisticsOptions = { csv: string; user: User; dryRun?: boolean; now?: Date }

/** A row the database refused: carries its line out of the transaction, which rolls back. */
class RowWriteError extends Error {
  constructor(readonly issue: Issue) {
    super(issue.message)
  }
}

const COLUMN_OF_FIELD = new Map<string, string>(
  [...COUNT_COLUMNS, ...TEXT_COLUMNS].map(([column, field]) => [field, column]),
)

function isUnchanged({ row, existing }: PlannedWrite): boolean {
  if (!existing) return false
  const fields = Object.keys(row.values) as (keyof StatisticsCsvValues)[]
  return fields.every((field) => (existing[field] ?? null) === (row.values[field] ?? null))
}

function describeRefusal(error: ValidationError): string {
  return error.data.errors
    .map(({ path, message }) => `${COLUMN_OF_FIELD.get(path) ?? path}: ${message}`)
    .join('; ')
}

async function writeRows(payload: Payload, writes: readonly PlannedWrite[], req: PayloadRequest, user: User) {
  // Cached pages are refreshed once, after the commit, rather than once per row.
  const options = {
    req,
    user,
    overrideAccess: false,
    depth: 0,
    context: { disableRevalidate: true },
  } as const
  for (const write of writes) {
    const { row, countryId, existing } = write
    if (isUnchanged(write)) continue
    try {
      if (existing)
        await payload.update({ collection: 'ev-statistics', id: existing.id, data: row.values, ...options })
      else {
        const data = { ...row.values, country: countryId, year: row.year }
        await payload.create({ collection: 'ev-statistics', data, ...options })
      }
    } catch (error) {
      if (error instanceof ValidationError)
        throw new RowWriteError({ line: row.line, message: describeRefusal(error) })
      throw error
    }
  }
}

function countWrites(writes: readonly PlannedWrite[]) {
  const unchanged = writes.filter(isUnchanged).length
  const created = writes.filter((write) => !write.existing).length
  return { created, updated: writes.length - created - unchanged, unchanged }
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
  try {
    const result = await inTransaction(payload, async (req): Promise<ImportStatisticsResult> => {
      const plan = await planStatisticsImport(payload, rows, { req, user })
      if ('errors' in plan) return plan
      const counts = countWrites(plan.writes)
      await writeRows(payload, plan.writes, req, user)
      return counts
    })
    if (!('errors' in result) && result.created + result.updated > 0) await expireTags([TAGS.statistics])
    return result
  } catch (error) {
    if (error instanceof RowWriteError) return { errors: [error.issue] }
    throw error
  }
}
