import type { Payload, PayloadRequest } from 'payload'

import type { Issue } from '@/lib/domain/issues'
import type { User } from '@/payload-types'

import type { StatisticsCsvRow } from '@/lib/domain/statistics/csvColumns'
import { toCountryKey } from '@/lib/domain/statistics/csvImport'
import { findCsvCountries } from './findCsvCountries'
import { findExistingStatistics, type StatisticsWrite } from './writeStatistics'

/** The writes an import would make, or the rows that cannot be written. */
export type StatisticsImportPlan = { writes: StatisticsWrite[] } | { errors: Issue[] }

/**
 * Resolves each row's country and finds the document it updates, if any. Two rows naming
 * the same country differently (BE and belgium) for one year are an error, as in the file.
 */
export async function planStatisticsImport(
  payload: Payload,
  rows: readonly StatisticsCsvRow[],
  access: { req: PayloadRequest; user: User },
): Promise<StatisticsImportPlan> {
  const countries = await findCsvCountries(
    payload,
    [...new Set(rows.map((row) => toCountryKey(row.country)))],
    access,
  )
  const countryIds = [...new Set([...countries.values()].map((country) => country.id))]
  const existing = await findExistingStatistics(payload, countryIds, access)

  const errors: Issue[] = []
  const writes: StatisticsWrite[] = []
  const firstLines = new Map<string, number>()
  for (const row of rows) {
    const country = countries.get(toCountryKey(row.country))
    if (!country) {
      errors.push({ line: row.line, message: `unknown country "${row.country}"` })
      continue
    }
    const key = `${country.id} ${row.year}`
    const firstLine = firstLines.get(key)
    if (firstLine !== undefined) {
      errors.push({
        line: row.line,
        message: `${country.name} ${row.year} appears twice (first on line ${firstLine})`,
      })
      continue
    }
    firstLines.set(key, row.line)
    const { line, year, values } = row
    writes.push({ line, countryId: country.id, year, values, existing: existing.get(key) })
  }
  return errors.length > 0 ? { errors } : { writes }
}
