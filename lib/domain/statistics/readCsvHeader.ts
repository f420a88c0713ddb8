import type { IssueLog } from '@/lib/domain/issues'
import type { CsvRecord } from '@/lib/domain/splitCsvRecords'
import { cleanText } from '@/lib/domain/text'

import { STATISTICS_CSV_COLUMNS, type StatisticsCsvColumn } from './csvColumns'

/** Where each named column is, which positions have no name, and how many columns there are. */
export type CsvHeader = {
  line: number
  positions: Map<StatisticsCsvColumn, number>
  unnamed: number[]
  width: number
}

const REQUIRED_COLUMNS: readonly StatisticsCsvColumn[] = ['country', 'year']
const EXPECTED_HEADER = STATISTICS_CSV_COLUMNS.join(',')

function isColumn(name: string): name is StatisticsCsvColumn {
  return (STATISTICS_CSV_COLUMNS as readonly string[]).includes(name)
}

/**
 * Reads the statistics CSV header (names in any order and letter case); logs unknown, repeated
 * and missing columns. Null when the first line is not a header at all.
 */
export function readCsvHeader(record: CsvRecord, log: IssueLog): CsvHeader | null {
  const { line } = record
  const names = record.fields.map((field) => cleanText(field).toLowerCase())
  if (!names.some(isColumn)) {
    log.errors.push({ line, message: `the first line must be the header: ${EXPECTED_HEADER}` })
    return null
  }
  const positions = new Map<StatisticsCsvColumn, number>()
  const unnamed: number[] = []
  const unknown: string[] = []
  names.forEach((name, index) => {
    if (name === '') unnamed.push(index)
    else if (!isColumn(name)) unknown.push(`"${name}"`)
    else if (positions.has(name)) log.errors.push({ line, message: `column "${name}" appears twice` })
    else positions.set(name, index)
  })
  if (unknown.length > 0) {
    const noun = unknown.length === 1 ? 'column' : 'columns'
    log.errors.push({ line, message: `unknown ${noun} ${unknown.join(', ')} (expected: ${EXPECTED_HEADER})` })
  }
  for (const column of REQUIRED_COLUMNS) {
    if (!positions.has(column)) log.errors.push({ line, message: `missing column "${column}"` })
  }
  return { line, positions, unnamed, width: names.length }
}
