import type { CellProblem, TableRowCells } from '@/lib/domain/statistics/tableRows'

/** What the editor shows after a save. */
export type SaveOutcome =
  | { ok: true; created: number; updated: number; unchanged: number }
  | { ok: false; cells: CellProblem[]; messages: string[] }

function isCellProblem(value: unknown): value is CellProblem {
  return (
    typeof value === 'object' &&
    value !== null &&
    'row' in value &&
    typeof value.row === 'number' &&
    'field' in value &&
    typeof value.field === 'string' &&
    'message' in value &&
    typeof value.message === 'string'
  )
}

function readCount(body: object, key: 'created' | 'updated' | 'unchanged'): number {
  const value: unknown = (body as Record<string, unknown>)[key]
  return typeof value === 'number' ? value : 0
}

/** Sends the changed rows of a country's statistics table to `url` and reads the answer. */
export async function postStatisticsTable(
  url: string,
  country: number | string,
  rows: TableRowCells[],
): Promise<SaveOutcome> {
  let response: Response
  try {
    response = await fetch(url, {
      method: 'POST',
      body: JSON.stringify({ country, rows }),
      headers: { 'Content-Type': 'application/json' },
      credentials: 'include',
    })
  } catch {
    return {
      ok: false,
      cells: [],
      messages: ['The server could not be reached. Nothing was saved; try again.'],
    }
  }
  const body: unknown = await response.json().catch(() => null)
  if (response.ok && typeof body === 'object' && body !== null) {
    return {
      ok: true,
      created: readCount(body, 'created'),
      updated: readCount(body, 'updated'),
      unchanged: readCount(body, 'unchanged'),
    }
  }
  const errors: unknown[] =
    typeof body === 'object' && body !== null && 'errors' in body && Array.isArray(body.errors)
      ? body.errors
      : []
  const cells = errors.filter(isCellProblem)
  const messages = errors
    .filter((error) => !isCellProblem(error))
    .map((error) =>
      typeof error === 'object' && error !== null && 'message' in error
        ? String(error.message)
        : String(error),
    )
  if (cells.length === 0 && messages.length === 0)
    messages.push(`The server answered with status ${response.status}.`)
  return { ok: false, cells, messages }
}
