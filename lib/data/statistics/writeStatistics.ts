import { ValidationError, type Payload, type PayloadRequest } from 'payload'

import { expireTags } from '@/lib/platform/cache/revalidate'
import { TAGS } from '@/lib/platform/cache/tags'
import { inTransaction } from '@/lib/data/content/transaction'
import { relatedId } from '@/lib/data/relations'
import type { Issue } from '@/lib/domain/issues'
import type { Country, EvStatistic, User } from '@/payload-types'

import type { StatisticsCsvValues } from '@/lib/domain/statistics/csvColumns'

/** One row to save: a new document when `existing` is undefined, else an update of it. */
export type StatisticsWrite = {
  /** Where the row came from (a CSV line, a row of the admin table), for messages. */
  line: number
  countryId: Country['id']
  year: number
  values: StatisticsCsvValues
  existing: EvStatistic | undefined
}

/** What a save did (or would do). */
export type StatisticsCounts = { created: number; updated: number; unchanged: number }

/** The fields of one row the collection refused; nothing of the save was kept. */
export type RowRefusal = { line: number; problems: { field: string; message: string }[] }

/** Counts, or the row the database refused, or the problems the plan found before writing. */
export type WriteStatisticsResult = StatisticsCounts | { refusal: RowRefusal } | { errors: Issue[] }

/** Who writes, and how to work out the writes inside the transaction. */
export type WriteStatisticsOptions = {
  user: User
  plan: (req: PayloadRequest) => Promise<{ writes: StatisticsWrite[] } | { errors: Issue[] }>
}

class RowRefused extends Error {
  readonly refusal: RowRefusal

  constructor(refusal: RowRefusal) {
    super(`line ${refusal.line} refused`)
    this.refusal = refusal
  }
}

function isUnchanged({ values, existing }: StatisticsWrite): boolean {
  if (!existing) return false
  const fields = Object.keys(values) as (keyof StatisticsCsvValues)[]
  return fields.every((field) => (existing[field] ?? null) === (values[field] ?? null))
}

/** How many rows a save creates, updates and leaves as they are. */
export function countWrites(writes: readonly StatisticsWrite[]): StatisticsCounts {
  const unchanged = writes.filter(isUnchanged).length
  const created = writes.filter((write) => !write.existing).length
  return { created, updated: writes.length - created - unchanged, unchanged }
}

/** The statistics of these countries the user may read, keyed by `"<country id> <year>"`. */
export async function findExistingStatistics(
  payload: Payload,
  countryIds: readonly Country['id'][],
  access: { req: PayloadRequest; user: User },
): Promise<Map<string, EvStatistic>> {
  if (countryIds.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'ev-statistics',
    where: { country: { in: [...countryIds] } },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    ...access,
  })
  return new Map(docs.map((doc) => [`${relatedId(doc.country)} ${doc.year}`, doc]))
}

async function writeRow(payload: Payload, write: StatisticsWrite, req: PayloadRequest, user: User) {
  // Hooks run (versions, validation); cached pages are expired once, after the commit.
  const options = {
    req,
    user,
    overrideAccess: false,
    depth: 0,
    context: { disableRevalidate: true },
  } as const
  const { existing, values, countryId, year, line } = write
  try {
    if (existing)
      await payload.update({ collection: 'ev-statistics', id: existing.id, data: values, ...options })
    else
      await payload.create({
        collection: 'ev-statistics',
        data: { ...values, country: countryId, year },
        ...options,
      })
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error
    const problems = error.data.errors.map(({ path, message }) => ({ field: path, message }))
    throw new RowRefused({ line, problems })
  }
}

/**
 * Creates and updates statistics as `user` (access rules and the collection's validation
 * apply, and each save leaves a version) in one transaction: every row is written, or none
 * is. The CSV import and the admin's statistics table both save through here.
 */
export async function writeStatistics(
  payload: Payload,
  { user, plan }: WriteStatisticsOptions,
): Promise<WriteStatisticsResult> {
  try {
    const result = await inTransaction(payload, async (req): Promise<WriteStatisticsResult> => {
      const planned = await plan(req)
      if ('errors' in planned) return planned
      const counts = countWrites(planned.writes)
      for (const write of planned.writes) if (!isUnchanged(write)) await writeRow(payload, write, req, user)
      return counts
    })
    if ('created' in result && result.created + result.updated > 0) await expireTags([TAGS.statistics])
    return result
  } catch (error) {
    if (error instanceof RowRefused) return { refusal: error.refusal }
    throw error
  }
}
