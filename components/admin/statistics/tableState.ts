import { readIntegerCell } from '@/lib/domain/statistics/readCell'
import type { CellProblem, TableField, TableRowCells } from '@/lib/domain/statistics/tableRows'
import { latestStatisticsYear } from '@/lib/domain/statistics/years'
import { cleanText } from '@/lib/domain/text'

/** Every cell of a row, as text. */
export type Cells = Record<TableField, string>

/** A row of the editor: what the database holds (`saved`, absent for a new year) and what is typed. */
export type EditorRow = { key: string; saved?: Cells; cells: Cells }

const EMPTY: Cells = { year: '', bev: '', phev: '', hev: '', totalNewCars: '', source: '' }

let nextKey = 0
function newKey(): string {
  nextKey += 1
  return `new-${nextKey}`
}

/** Rows for the statistics the country has, as the editor starts them. */
export function startRows(saved: readonly Cells[]): EditorRow[] {
  return saved.map((cells) => ({ key: `saved-${cells.year}`, saved: cells, cells }))
}

/** Adds an empty row for the year after the latest one, unless that year is not allowed yet. */
export function addYear(rows: readonly EditorRow[], now: Date = new Date()): EditorRow[] {
  const years = rows.map((row) => Number(row.cells.year)).filter(Number.isInteger)
  const next = years.length > 0 ? Math.max(...years) + 1 : now.getFullYear() - 1
  const year = next <= latestStatisticsYear(now) ? String(next) : ''
  return [...rows, { key: newKey(), cells: { ...EMPTY, year } }]
}

/** Changes one cell. */
export function editCell(
  rows: readonly EditorRow[],
  key: string,
  field: TableField,
  text: string,
): EditorRow[] {
  return rows.map((row) => (row.key === key ? { ...row, cells: { ...row.cells, [field]: text } } : row))
}

/** Pasted rows fill the row of their year, or become new rows; cells the paste lacks stay. */
export function applyPastedRows(rows: readonly EditorRow[], pasted: readonly TableRowCells[]): EditorRow[] {
  const result = [...rows]
  for (const paste of pasted) {
    const index = paste.year ? result.findIndex((row) => row.cells.year.trim() === paste.year.trim()) : -1
    const target = result[index]
    if (target) result[index] = { ...target, cells: { ...target.cells, ...paste } }
    else result.push({ key: newKey(), cells: { ...EMPTY, ...paste } })
  }
  return result
}

/** Back to what is saved: new rows go, changed cells return to their saved text. */
export function discardChanges(rows: readonly EditorRow[]): EditorRow[] {
  return rows.flatMap((row) => (row.saved ? [{ ...row, cells: row.saved }] : []))
}

/** Whether a row differs from what is saved (a new row always does). */
export function isChanged(row: EditorRow): boolean {
  const { saved } = row
  if (!saved) return true
  return (Object.keys(row.cells) as TableField[]).some(
    (field) => row.cells[field].trim() !== saved[field].trim(),
  )
}

/** What a save sends for a row: every cell of a new row, the changed cells of a saved one. */
export function toRequestRow(row: EditorRow): TableRowCells {
  const { saved, cells } = row
  if (!saved) return cells
  const changed: TableRowCells = { year: cells.year }
  for (const field of Object.keys(cells) as TableField[]) {
    if (field !== 'year' && cells[field].trim() !== saved[field].trim()) changed[field] = cells[field]
  }
  return changed
}

/** A cell as the database now holds it: "2,800" is 2800, spaces around text are gone. */
function normalize(field: TableField, text: string): string {
  if (field === 'source') return cleanText(text)
  const reading = readIntegerCell(cleanText(text), field, { min: 0 }, { grouped: true })
  return 'value' in reading && reading.value !== null ? String(reading.value) : ''
}

/** After a save: every row is saved as typed (normalised), years in order. */
export function markSaved(rows: readonly EditorRow[]): EditorRow[] {
  return [...rows]
    .map((row) => {
      const cells = { ...row.cells }
      for (const field of Object.keys(cells) as TableField[]) cells[field] = normalize(field, cells[field])
      return { key: row.saved ? row.key : `saved-${cells.year}`, saved: cells, cells }
    })
    .sort((a, b) => Number(a.cells.year) - Number(b.cells.year))
}

/** Problems by row key and column: the table's own checks, then what the server refused. */
export function problemsByRow(rows: readonly EditorRow[], problems: readonly CellProblem[]) {
  const byRow = new Map<string, Partial<Record<TableField, string>>>()
  for (const { row, field, message } of problems) {
    const key = rows[row]?.key
    if (key === undefined) continue
    byRow.set(key, { [field]: message, ...byRow.get(key) })
  }
  return byRow
}
