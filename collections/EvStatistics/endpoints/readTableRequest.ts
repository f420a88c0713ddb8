import type { TableRowCells } from '@/lib/domain/statistics/tableRows'
import { TABLE_COLUMNS } from '@/lib/domain/statistics/tableRows'

/** Most rows one save may carry: a country has one row per year since 1990. */
export const MAX_TABLE_ROWS = 200

/** The body of a table save, or what is wrong with it. */
export type TableRequest = { countryId: number | string; rows: TableRowCells[] } | { message: string }

const FIELDS = new Set<string>(TABLE_COLUMNS.map((column) => column.field))

function readRow(value: unknown, index: number): TableRowCells | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return `row ${index + 1} is not an object`
  const row: TableRowCells = { year: '' }
  for (const [field, cell] of Object.entries(value)) {
    if (!FIELDS.has(field)) return `row ${index + 1} has an unknown cell "${field}"`
    if (cell !== null && typeof cell !== 'string' && typeof cell !== 'number')
      return `row ${index + 1}: ${field} must be text or a number`
    Object.assign(row, { [field]: cell === null ? '' : String(cell) })
  }
  return row
}

/**
 * Reads `{ country, rows: [{ year, bev, phev, hev, totalNewCars, source }] }`: cells are text
 * (or numbers) as the editor typed them, and a cell left out is left as it is.
 */
export function readTableRequest(body: unknown): TableRequest {
  if (typeof body !== 'object' || body === null)
    return { message: 'Send { "country": <id>, "rows": [...] }.' }
  const { country, rows } = body as { country?: unknown; rows?: unknown }
  if (typeof country !== 'string' && typeof country !== 'number')
    return { message: '"country" must be an id.' }
  if (!Array.isArray(rows) || rows.length === 0) return { message: '"rows" must be a list of rows.' }
  if (rows.length > MAX_TABLE_ROWS) return { message: `At most ${MAX_TABLE_ROWS} rows can be saved at once.` }
  const read: TableRowCells[] = []
  for (const [index, value] of rows.entries()) {
    const row = readRow(value, index)
    if (typeof row === 'string') return { message: row }
    read.push(row)
  }
  return { countryId: country, rows: read }
}
