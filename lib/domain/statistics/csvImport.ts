import { createIssueLog, type IssueLog } from '@/lib/domain/issues'
import { splitCsvRecords, type CsvRecord } from '@/lib/domain/splitCsvRecords'
import type { Issue, ParseResult } from '@/lib/domain/issues'
import { cleanText, slugify } from '@/lib/domain/text'

import {
  COUNT_COLUMNS,
  TEXT_COLUMNS,
  type StatisticsCsvColumn,
  type StatisticsCsvRow,
  type StatisticsCsvValues,
} from './csvColumns'
import { readCsvHeader, type CsvHeader } from './readCsvHeader'
import { readIntegerCell, type IntegerBounds } from './readCell'
import { FIRST_STATISTICS_YEAR, latestStatisticsYear } from './years'

/** Issues in file order; a stable sort keeps a line's problems in the order they were found. */
export function sortByLine(issues: readonly Issue[]): Issue[] {
  return [...issues].sort((a, b) => a.line - b.line)
}

const ISO_CODE = /^[a-z]{2}$/i
// The export prefixes text a spreadsheet would run as a formula with an apostrophe (lib/domain/csv.ts).
const NEUTRALISED_FORMULA = /^'[=+\-@\t\r]/

/** The key a country cell stands for: an upper-case ISO code (`BE`) or a slug (`belgium`). */
export function toCountryKey(value: string): string {
  return ISO_CODE.test(value) ? value.toUpperCase() : slugify(value)
}

/** A whole number within bounds, or null for an empty cell; problems are logged. */
function readInteger(
  text: string,
  label: string,
  bounds: IntegerBounds,
  line: number,
  log: IssueLog,
): number | null {
  const reading = readIntegerCell(text, label, bounds)
  if ('value' in reading) return reading.value
  log.errors.push({ line, message: reading.error })
  return null
}

/** Text as stored: empty is null, and an exported formula guard is taken off again. */
function readText(text: string): string | null {
  if (text === '') return null
  return NEUTRALISED_FORMULA.test(text) ? text.slice(1) : text
}

/** One data record as a row, or null when it has errors (logged against its line). */
function readRow(
  record: CsvRecord,
  header: CsvHeader,
  maxYear: number,
  log: IssueLog,
): StatisticsCsvRow | null {
  const { line } = record
  if (record.fields.length > header.width) {
    // A record spanning lines usually means a quote was opened by mistake.
    const hint = record.endLine > line ? ` in lines ${line}-${record.endLine}; check the quotes` : ''
    const message = `${record.fields.length} fields but the header has ${header.width} columns${hint}`
    log.errors.push({ line, message })
    return null
  }
  const errorCount = log.errors.length
  for (const index of header.unnamed) {
    if (cleanText(record.fields[index] ?? '')) {
      log.errors.push({ line, message: `column ${index + 1} has a value but no name in the header` })
    }
  }
  const cell = (column: StatisticsCsvColumn) => {
    const position = header.positions.get(column)
    return position === undefined ? undefined : cleanText(record.fields[position] ?? '')
  }
  const country = cell('country') ?? ''
  if (!country) log.errors.push({ line, message: 'country is missing' })
  else if (!toCountryKey(country)) {
    log.errors.push({
      line,
      message: `country "${country}" is neither an ISO code (BE) nor a slug (belgium)`,
    })
  }
  const year = readInteger(
    cell('year') ?? '',
    'year',
    { min: FIRST_STATISTICS_YEAR, max: maxYear, required: true },
    line,
    log,
  )
  const values: StatisticsCsvValues = {}
  for (const [column, field] of COUNT_COLUMNS) {
    const text = cell(column)
    if (text !== undefined) values[field] = readInteger(text, column, { min: 0 }, line, log)
  }
  for (const [column, field] of TEXT_COLUMNS) {
    const text = cell(column)
    if (text !== undefined) values[field] = readText(text)
  }
  if (year === null || log.errors.length > errorCount) return null
  return { line, country, year, values }
}

/**
 * Reads the statistics CSV (`country,year,bev,phev,hev,total_new_cars,source,notes`, columns
 * by name in any order and letter case; only country and year are required): the rows without
 * problems, and every problem as an error on its line. Never throws.
 */
export function readStatisticsCsv(
  source: string,
  now: Date = new Date(),
): { rows: StatisticsCsvRow[]; errors: Issue[] } {
  const log = createIssueLog()
  const rows: StatisticsCsvRow[] = []
  const { records, errors } = splitCsvRecords(source)
  log.errors.push(...errors)
  const [headerRecord, ...data] = records.filter((record) => record.fields.some((field) => cleanText(field)))
  if (!headerRecord) {
    if (errors.length === 0) log.errors.push({ line: 1, message: 'the file is empty' })
    return { rows, errors: sortByLine(log.errors) }
  }
  const header = readCsvHeader(headerRecord, log)
  if (!header || log.errors.length > errors.length) return { rows, errors: sortByLine(log.errors) }
  if (data.length === 0) log.errors.push({ line: header.line, message: 'there are no rows below the header' })

  const maxYear = latestStatisticsYear(now)
  const firstLines = new Map<string, number>()
  for (const record of data) {
    const row = readRow(record, header, maxYear, log)
    if (!row) continue
    const key = `${toCountryKey(row.country)} ${row.year}`
    const firstLine = firstLines.get(key)
    if (firstLine !== undefined) {
      log.errors.push({
        line: row.line,
        message: `${row.country} ${row.year} appears twice (first on line ${firstLine})`,
      })
      continue
    }
    firstLines.set(key, row.line)
    rows.push(row)
  }
  return { rows, errors: sortByLine(log.errors) }
}

/** Parses the statistics CSV: every row, or every error when any row has one (see `readStatisticsCsv`). */
export function parseStatisticsCsv(source: string, now: Date = new Date()): ParseResult<StatisticsCsvRow[]> {
  const { rows, errors } = readStatisticsCsv(source, now)
  return errors.length > 0 ? { ok: false, errors, warnings: [] } : { ok: true, value: rows, warnings: [] }
}
