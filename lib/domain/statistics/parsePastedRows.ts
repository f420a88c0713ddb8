import { cleanText } from '@/lib/domain/text'

import { TABLE_COLUMNS, type TableField, type TableRowCells } from './tableRows'

/** Header names a spreadsheet may use for each column (compared without case, spaces or _). */
const HEADER_NAMES: Record<string, TableField | 'ignored'> = {
  year: 'year',
  bev: 'bev',
  phev: 'phev',
  hev: 'hev',
  total: 'totalNewCars',
  totalnewcars: 'totalNewCars',
  totalnewpassengercars: 'totalNewCars',
  source: 'source',
  // Columns of the CSV download that the table does not edit.
  country: 'ignored',
  notes: 'ignored',
}

const ORDER = TABLE_COLUMNS.map((column) => column.label).join(', ')

function splitCells(line: string): string[] {
  return line.split('\t').map((cell) => {
    const text = cleanText(cell)
    // A spreadsheet quotes a cell that holds a tab, a line break or a quote.
    return /^".*"$/s.test(text) ? text.slice(1, -1).replace(/""/g, '"') : text
  })
}

function headerField(cell: string): TableField | 'ignored' | undefined {
  return HEADER_NAMES[cell.toLowerCase().replace(/[\s_]+/g, '')]
}

/**
 * Rows copied from a spreadsheet: one row a line, cells separated by tabs, in the table's
 * order (year, BEV, PHEV, HEV, total new cars, source) or under a header row that names the
 * columns in any order. Cells the paste does not cover are left as they are.
 */
export function parsePastedRows(text: string): { rows: TableRowCells[] } | { error: string } {
  const lines = text.split(/\r\n|\r|\n/).filter((line) => cleanText(line) !== '')
  const [first] = lines
  if (first === undefined) return { error: 'The pasted text is empty.' }
  const firstCells = splitCells(first)
  const hasHeader = !/^\d/.test(firstCells[0] ?? '') && firstCells.some((cell) => headerField(cell))
  let fields: (TableField | 'ignored')[]
  if (hasHeader) {
    const unknown = firstCells.filter((cell) => cell !== '' && !headerField(cell))
    if (unknown.length > 0)
      return { error: `Unknown column "${unknown[0]}" in the pasted header. Columns: ${ORDER}.` }
    fields = firstCells.map((cell) => headerField(cell) ?? 'ignored')
    if (!fields.includes('year')) return { error: 'The pasted header has no year column.' }
  } else {
    fields = TABLE_COLUMNS.map((column) => column.field)
  }
  const rows: TableRowCells[] = []
  for (const line of hasHeader ? lines.slice(1) : lines) {
    const cells = splitCells(line)
    // A selection wider than the data copies empty cells at the end.
    while (cells.length > fields.length && cells.at(-1) === '') cells.pop()
    if (cells.length > fields.length)
      return { error: `A pasted row has ${cells.length} cells; the columns are ${ORDER}.` }
    const row: TableRowCells = { year: '' }
    cells.forEach((cell, index) => {
      const field = fields[index]
      if (field !== undefined && field !== 'ignored') row[field] = cell
    })
    rows.push(row)
  }
  return { rows }
}
