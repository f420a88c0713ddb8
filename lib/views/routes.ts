import { parseStatisticsListQuery, STATISTICS_LIST_PATH } from '@/lib/public-api/statisticsListQuery'
import { parseFilterValue, parsePageNumber, parseSlugList } from '@/lib/query'

import { LIST_VIEWS, type ListPath, VIEWS_PREFIX } from './listViews'
import { encodeViewKey, type ViewQuery } from './viewKey'

/** How each cached list path reads its parameters (lib/views/listViews.ts names them). */
const READERS: Record<ListPath, (params: URLSearchParams) => ViewQuery> = {
  '/': () => ({}),
  '/countries': (params) => ({ q: parseFilterValue(params.getAll('q')) ?? '' }),
  '/compare': (params) => ({ countries: parseSlugList(params.getAll('countries')).join(',') }),
  '/policies': (params) => {
    const page = parsePageNumber(params.getAll('page'))
    return {
      country: parseFilterValue(params.getAll('country')) ?? '',
      topic: parseFilterValue(params.getAll('topic')) ?? '',
      // Page 1 is the list without a page number: one cache entry for both.
      page: page === 1 ? '' : String(page),
    }
  },
  '/tasks': (params) => ({ status: parseFilterValue(params.getAll('status')) ?? '' }),
}

const isListPath = (pathname: string): pathname is ListPath => Object.hasOwn(LIST_VIEWS, pathname)

/**
 * The internal path that renders a public path with its query, or null when the path is
 * not a cached view. Unknown and repeated parameters are dropped and values cleaned, so
 * equivalent queries share one cache entry.
 */
export function resolveViewPath(pathname: string, params: URLSearchParams): string | null {
  if (!isListPath(pathname)) return null
  return `${VIEWS_PREFIX}/${LIST_VIEWS[pathname].view}/${encodeViewKey(READERS[pathname](params))}`
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
