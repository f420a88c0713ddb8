/** A problem the import reported; `line` is missing for problems with the whole upload. */
export type CsvProblem = { line?: number; message: string }

/** What the admin shows after a check or an import. */
export type CsvOutcome =
  | { ok: true; dryRun: boolean; created: number; updated: number; unchanged: number }
  | { ok: false; dryRun: boolean; problems: CsvProblem[] }

function readCount(body: object, key: 'created' | 'updated' | 'unchanged'): number | null {
  const value: unknown = (body as Record<string, unknown>)[key]
  return typeof value === 'number' ? value : null
}

function readProblems(body: unknown): CsvProblem[] {
  if (typeof body !== 'object' || body === null || !('errors' in body) || !Array.isArray(body.errors))
    return []
  return body.errors.flatMap((error: unknown): CsvProblem[] => {
    if (typeof error !== 'object' || error === null || !('message' in error)) return []
    const line = 'line' in error && typeof error.line === 'number' ? error.line : undefined
    return [{ line, message: String(error.message) }]
  })
}

/** Sends a CSV file to the import endpoint (`dryRun`: only check it) and reads the answer. */
export async function postStatisticsCsv(url: string, file: Blob, dryRun: boolean): Promise<CsvOutcome> {
  let response: Response
  try {
    response = await fetch(dryRun ? `${url}?dryRun=1` : url, {
      method: 'POST',
      body: file,
      // Browsers label .csv files inconsistently (Windows: application/vnd.ms-excel).
      headers: { 'Content-Type': 'text/csv' },
      credentials: 'include',
    })
  } catch {
    return { ok: false, dryRun, problems: [{ message: 'The server could not be reached. Try again.' }] }
  }
  const body: unknown = await response.json().catch(() => null)
  if (response.ok && typeof body === 'object' && body !== null) {
    const [created, updated, unchanged] = [
      readCount(body, 'created'),
      readCount(body, 'updated'),
      readCount(body, 'unchanged'),
    ]
    if (created !== null && updated !== null)
      return { ok: true, dryRun, created, updated, unchanged: unchanged ?? 0 }
  }
  const problems = readProblems(body)
  if (problems.length === 0) problems.push({ message: `The server answered with status ${response.status}.` })
  return { ok: false, dryRun, problems }
}

/** "3 new, 2 updated" (and ", 1 unchanged" when some rows already held these values). */
export function describeCounts({
  created,
  updated,
  unchanged,
}: {
  created: number
  updated: number
  unchanged: number
}) {
  return `${created} new, ${updated} updated${unchanged > 0 ? `, ${unchanged} unchanged` : ''}`
}
