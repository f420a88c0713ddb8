import { parseStatisticsListQuery, STATISTICS_LIST_PATH } from '@/lib/public-api/statisticsListQuery'
import { parseFilterValue, parseSlugList } from '@/lib/query'

import { encodeViewKey, type ViewQuery } from './viewKey'

/** Public paths whose pages are cached per normalised query, and the query each one reads. */
const CACHED_VIEWS: Record<string, { view: string; read: (params: URLSearchParams) => ViewQuery }> = {
  '/': { view: 'home', read: () => ({}) },
  '/countries': {
    view: 'countries',
    read: (params) => ({ q: parseFilterValue(params.getAll('q')) ?? '' }),
  },
  '/compare': {
    view: 'compare',
    read: (params) => ({ countries: parseSlugList(params.getAll('countries')).join(',') }),
  },
  '/policies': {
    view: 'policies',
    read: (params) => ({
      country: parseFilterValue(params.getAll('country')) ?? '',
      topic: parseFilterValue(params.getAll('topic')) ?? '',
    }),
  },
  '/tasks': {
    view: 'tasks',
    read: (params) => ({ status: parseFilterValue(params.getAll('status')) ?? '' }),
  },
}

/** Where the cached views live; only the proxy may route there. */
export const VIEWS_PREFIX = '/views'

/**
 * The internal path that renders a public path with its query, or null when the path is
 * not a cached view. Unknown and repeated parameters are dropped and values cleaned, so
 * equivalent queries share one cache entry.
 */
export function resolveViewPath(pathname: string, params: URLSearchParams): string | null {
  const entry = CACHED_VIEWS[pathname]
  if (!entry) return null
  return `${VIEWS_PREFIX}/${entry.view}/${encodeViewKey(entry.read(params))}`
}

/**
 * The internal path that answers an anonymous API request from the cache, or null when the
 * request must reach Payload (see lib/public-api/statisticsListQuery.ts).
 */
export function resolveApiViewPath(pathname: string, params: URLSearchParams): string | null {
  if (pathname !== STATISTICS_LIST_PATH) return null
  const query = parseStatisticsListQuery(params)
  if (query === null) return null
  const key = encodeViewKey({
    limit: String(query.limit),
    page: String(query.page),
    depth: String(query.depth),
    sort: query.sort,
  })
  return `${VIEWS_PREFIX}${STATISTICS_LIST_PATH}/${key}`
}
