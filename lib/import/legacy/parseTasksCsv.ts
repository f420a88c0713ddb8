import { cleanText } from '@/lib/domain/text'

import type { IssueLog } from '@/lib/domain/issues'
import { createIssueLog, toFailedResult, toParseResult } from '@/lib/domain/issues'
import type { CsvRecord } from '@/lib/domain/splitCsvRecords'
import { splitCsvRecords } from '@/lib/domain/splitCsvRecords'
import type { ParseResult, TaskRow } from './types'

const COLUMNS = ['number', 'title', 'status', 'start_year', 'end_year'] as const
type Column = (typeof COLUMNS)[number]

/** A year column: blank means "not given"; anything else must be a four-digit year. */
function readYear(value: string, column: Column, line: number, log: IssueLog): number | null {
  if (!value) return null
  if (/^\d{4}$/.test(value)) return Number(value)
  log.errors.push({ line, message: `${column} "${value}" is not a year` })
  return null
}

/** A status column: "ongoing" or "completed", in any letter case. */
function readStatus(value: string, line: number, log: IssueLog): TaskRow['status'] | null {
  const status = value.toLowerCase()
  if (status === 'ongoing' || status === 'completed') return status
  log.errors.push({ line, message: `unknown status "${value}" (expected ongoing or completed)` })
  return null
}

/** Reads one data record into a task row; problems are logged against the record's line. */
function readRow(cell: (column: Column) => string, line: number, log: IssueLog): TaskRow | null {
  const errorCount = log.errors.length
  const numberText = cell('number')
  const number = /^\d+$/.test(numberText) ? Number(numberText) : 0
  if (number < 1) {
    log.errors.push({ line, message: `task number "${numberText}" is not a whole number of at least 1` })
  }
  const title = cell('title')
  if (!title) log.errors.push({ line, message: 'missing title' })
  const status = readStatus(cell('status'), line, log)
  const startYear = readYear(cell('start_year'), 'start_year', line, log)
  const endYear = readYear(cell('end_year'), 'end_year', line, log)
  if (startYear !== null && endYear !== null && endYear < startYear) {
    log.errors.push({ line, message: `end_year ${endYear} is before start_year ${startYear}` })
  }
  if (status === null || log.errors.length > errorCount) return null
  return { number, title, status, startYear, endYear }
}

/** Column positions from the header row; missing columns are logged. */
function readHeader(header: CsvRecord, log: IssueLog): Map<Column, number> {
  const names = header.fields.map((name) => cleanText(name).toLowerCase())
  const positions = new Map<Column, number>()
  for (const column of COLUMNS) {
    const position = names.indexOf(column)
    if (position < 0) log.errors.push({ line: header.line, message: `missing column "${column}"` })
    else positions.set(column, position)
  }
  return positions
}

/** Parses the tasks CSV (number,title,status,start_year,end_year); never throws. */
export function parseTasksCsv(source: string): ParseResult<TaskRow[]> {
  const log = createIssueLog()
  const { records, errors } = splitCsvRecords(source)
  log.errors.push(...errors)
  const rows = records.filter((record) => record.fields.some((field) => cleanText(field)))
  const [header, ...data] = rows
  if (!header) log.errors.push({ line: 1, message: 'the file is empty' })
  if (!header || log.errors.length > 0) return toFailedResult(log)
  const positions = readHeader(header, log)
  if (log.errors.length > 0) return toFailedResult(log)

  const tasks: TaskRow[] = []
  const firstLines = new Map<number, number>()
  for (const record of data) {
    if (record.fields.length !== header.fields.length) {
      // A record spanning lines usually means a quote was opened by mistake.
      const hint =
        record.endLine > record.line ? ` in lines ${record.line}-${record.endLine}; check the quotes` : ''
      const message = `expected ${header.fields.length} fields, found ${record.fields.length}${hint}`
      log.errors.push({ line: record.line, message })
      continue
    }
    const cell = (column: Column) => cleanText(record.fields[positions.get(column) ?? -1] ?? '')
    const task = readRow(cell, record.line, log)
    if (!task) continue
    const firstLine = firstLines.get(task.number)
    if (firstLine !== undefined) {
      log.errors.push({
        line: record.line,
        message: `task ${task.number} appears twice (first on line ${firstLine})`,
      })
      continue
    }
    firstLines.set(task.number, record.line)
    tasks.push(task)
  }
  return toParseResult(log, tasks)
}
