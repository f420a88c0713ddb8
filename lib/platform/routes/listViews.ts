// How each page cached per query (routeTable.ts `view`) reads its query. proxy.ts rewrites a request
// such as `/countries?q=bel` to `/views/countries/<key>`, a route rendered once per normalised query
// and then served from the cache, expired by the same tags as every other page; the browser keeps
// its URL. docs/caching.md says why pages are served this way.
import { normaliseCompareQuery } from '@/lib/domain/compare/query'
import { parseChoice, parseFilterValue, parsePageNumber } from '@/lib/domain/query'
import { normalisePublicationQuery } from '@/lib/domain/publications/filters'
import { INDICATOR_KEYS } from '@/lib/domain/statistics/indicators'

import { patternToRegExp, ROUTES, VIEWS_PREFIX, type ViewName } from './routeTable'
import { encodeViewKey, type ViewQuery } from './viewKey'

/** Reads the query parameters a view uses, normalised so equivalent queries share one cache entry. */
type QueryReader = (params: URLSearchParams) => ViewQuery

const READERS: Record<ViewName, QueryReader> = {
  home: (params) => ({ map: parseChoice(params.getAll('map'), INDICATOR_KEYS) }),
  countries: (params) => ({
    q: parseFilterValue(params.getAll('q')) ?? '',
    map: parseChoice(params.getAll('map'), INDICATOR_KEYS),
  }),
  compare: normaliseCompareQuery,
  // The compare page's selection as an embed, outside the site's chrome.
  'embed-compare': normaliseCompareQuery,
  policies: (params) => {
    const page = parsePageNumber(params.getAll('page'))
    return {
      country: parseFilterValue(params.getAll('country')) ?? '',
      topic: parseFilterValue(params.getAll('topic')) ?? '',
      // Page 1 is the list without a page number: one cache entry for both.
      page: page === 1 ? '' : String(page),
    }
  },
  tasks: (params) => ({ status: parseFilterValue(params.getAll('status')) ?? '' }),
  // No query: a view only so the page is cached without being prerendered by the build.
  data: () => ({}),
  publications: (params) => normalisePublicationQuery((name) => params.getAll(name)),
}

/** A page served through a view, with its address. */
export type ListView = { path: string; view: ViewName; read: QueryReader }

/** Every page served through a view. */
export const LIST_VIEWS: readonly ListView[] = ROUTES.flatMap(({ pattern, view }) =>
  view ? [{ path: pattern, view, read: READERS[view] }] : [],
)

/** The view of a page's address, or undefined for an address that is not served through one. */
export function findListView(pathname: string): ListView | undefined {
  return LIST_VIEWS.find((view) => patternToRegExp(view.path).test(pathname))
}

/** The normalised query of a page served through a view. */
export function readListQuery(view: ViewName, params: URLSearchParams): ViewQuery {
  return READERS[view](params)
}

/**
 * The internal path that renders a public path with its query, or null when the path is not a
 * cached view. Unknown and repeated parameters are dropped and values cleaned.
 */
export function resolveViewPath(pathname: string, params: URLSearchParams): string | null {
  const listView = findListView(pathname)
  if (!listView) return null
  return `${VIEWS_PREFIX}/${listView.view}/${encodeViewKey(listView.read(params))}`
}
