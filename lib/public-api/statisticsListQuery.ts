/** The statistics list query a visitor may ask for, in the only shape the cache serves. */
export type StatisticsListQuery = { limit: number; page: number; depth: number; sort: string }

/** Public REST path of the statistics list. */
export const STATISTICS_LIST_PATH = '/api/ev-statistics'

// Payload's REST defaults for this collection: 10 per page, depth 2, newest year first.
const DEFAULTS: StatisticsListQuery = { limit: 10, page: 1, depth: 2, sort: '-year' }
const SORTABLE = ['year', 'bev', 'phev', 'hev', 'totalNewCars', 'createdAt', 'updatedAt']
const LIMITS = { limit: 100, page: 100_000, depth: 2 }

function parseWhole(value: string, max: number, min: number): number | null {
  if (!/^\d{1,6}$/.test(value)) return null
  const number = Number(value)
  return number >= min && number <= max ? number : null
}

/**
 * The query as the cache serves it, or null when the request asks for anything else
 * (filters, drafts, other fields, repeated or out-of-range parameters): those go to
 * Payload's REST handler unchanged, which answers them with full access checks.
 */
export function parseStatisticsListQuery(params: URLSearchParams): StatisticsListQuery | null {
  const query = { ...DEFAULTS }
  const names = [...params.keys()]
  if (new Set(names).size !== names.length) return null
  for (const [name, value] of params) {
    if (name === 'sort') {
      if (!SORTABLE.includes(value.replace(/^-/, ''))) return null
      query.sort = value
    } else if (name === 'limit' || name === 'page' || name === 'depth') {
      const number = parseWhole(value, LIMITS[name], name === 'depth' ? 0 : 1)
      if (number === null) return null
      query[name] = number
    } else {
      return null
    }
  }
  return query
}
