/** The figures a release froze, as read back from its JSON file. */
export type SnapshotCountry = {
  name: string
  isoCode: string
  slug: string
  rows: Map<number, Record<string, number | null>>
}

/** A frozen release's countries, by ISO code. */
export type ReleaseSnapshot = Map<string, SnapshotCountry>

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const readNumber = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null

/** The figures of one frozen row: every numeric key but the year. */
function readRow(value: unknown): [number, Record<string, number | null>] | null {
  if (!isRecord(value) || typeof value.year !== 'number') return null
  const figures: Record<string, number | null> = {}
  for (const [key, cell] of Object.entries(value)) if (key !== 'year') figures[key] = readNumber(cell)
  return [value.year, figures]
}

/**
 * Reads a release's JSON file (lib/domain/open-data/statisticsJson.ts) back into its countries and years.
 * Anything that is not in that shape is skipped, so an unreadable file compares as empty.
 */
export function readReleaseSnapshot(json: string): ReleaseSnapshot {
  const snapshot: ReleaseSnapshot = new Map()
  let parsed: unknown
  try {
    parsed = JSON.parse(json)
  } catch {
    return snapshot
  }
  const countries = isRecord(parsed) && Array.isArray(parsed.countries) ? parsed.countries : []
  for (const country of countries) {
    if (!isRecord(country) || typeof country.iso_code !== 'string') continue
    const rows = new Map<number, Record<string, number | null>>()
    for (const row of Array.isArray(country.rows) ? country.rows : []) {
      const read = readRow(row)
      if (read) rows.set(...read)
    }
    snapshot.set(country.iso_code, {
      name: typeof country.name === 'string' ? country.name : country.iso_code,
      isoCode: country.iso_code,
      slug: typeof country.slug === 'string' ? country.slug : '',
      rows,
    })
  }
  return snapshot
}
