import type { Issue } from './issues'

/** One CSV record: its fields and the lines it starts and ends on (quoted fields may span lines). */
export type CsvRecord = { line: number; endLine: number; fields: string[] }

/** Splits CSV text into records (RFC 4180: quotes, doubled quotes, line breaks in quotes). */
export function splitCsvRecords(source: string): { records: CsvRecord[]; errors: Issue[] } {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const records: CsvRecord[] = []
  let fields: string[] = []
  let field = ''
  let isQuoted = false
  let line = 1
  let recordLine = 1
  let quoteLine = 1

  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index)
    if (isQuoted) {
      if (char === '"' && text.charAt(index + 1) === '"') {
        field += '"'
        index++
      } else if (char === '"') {
        isQuoted = false
      } else {
        if (char === '\n') line++
        field += char
      }
    } else if (char === '"' && field === '') {
      isQuoted = true
      quoteLine = line
    } else if (char === ',') {
      fields.push(field)
      field = ''
    } else if (char === '\n') {
      records.push({ line: recordLine, endLine: line, fields: [...fields, field] })
      fields = []
      field = ''
      line++
      recordLine = line
    } else {
      // A stray quote inside an unquoted field is kept as text, as spreadsheets do.
      field += char
    }
  }
  if (isQuoted) return { records, errors: [{ line: quoteLine, message: 'a quoted field is never closed' }] }
  if (field !== '' || fields.length > 0) {
    records.push({ line: recordLine, endLine: line, fields: [...fields, field] })
  }
  return { records, errors: [] }
}
