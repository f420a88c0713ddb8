// The public list pages served from cached views, written once: each path, the view that renders
// it and how its query is read. proxy.ts rewrites a request such as `/countries?q=bel` to
// `/views/countries/<key>`, a route rendered once per normalised query and then served from the
// cache, expired by the same tags as every other page; the browser keeps its URL.
import { parseChoice, parseFilterValue, parsePageNumber, parseSlugList } from '@/lib/domain/query'
import { AXIS_SCALES } from '@/lib/render/charts/valueAxis'
import { INDICATOR_KEYS } from '@/lib/domain/statistics/indicators'
import { MEASURE_KEYS } from '@/lib/domain/statistics/measures'

import { encodeViewKey, type ViewQuery } from './viewKey'

/** Where the cached views live; only the proxy may route there. */
export const VIEWS_PREFIX = '/views'

type ListView = {
  /** The folder of the view under app/(frontend)/views/ (app/(embed)/views/ for embeds). */
  view: string
  /** The query parameters it reads, normalised so equivalent queries share one cache entry. */
  read: (params: URLSearchParams) => ViewQuery
}

/** The compare page's query: the same for the page and its embed. */
function readCompareQuery(params: URLSearchParams): ViewQuery {
  return {
    countries: parseSlugList(params.getAll('countries')).join(','),
    measure: parseChoice(params.getAll('measure'), MEASURE_KEYS, 'registrations'),
    scale: parseChoice(params.getAll('scale'), AXIS_SCALES, 'linear'),
  }
}

/** Each cached list path and its view. */
export const LIST_VIEWS = {
  '/': { view: 'home', read: (params) => ({ map: parseChoice(params.getAll('map'), INDICATOR_KEYS) }) },
  '/countries': {
    view: 'countries',
    read: (params) => ({
      q: parseFilterValue(params.getAll('q')) ?? '',
      map: parseChoice(params.getAll('map'), INDICATOR_KEYS),
    }),
  },
  '/compare': { view: 'compare', read: readCompareQuery },
  // The compare page's selection as an embed (app/(embed)/views/embed-compare), outside the site's chrome.
  '/embed/compare': { view: 'embed-compare', read: readCompareQuery },
  '/policies': {
    view: 'policies',
    read: (params) => {
      const page = parsePageNumber(params.getAll('page'))
      return {
        country: parseFilterValue(params.getAll('country')) ?? '',
        topic: parseFilterValue(params.getAll('topic')) ?? '',
        // Page 1 is the list without a page number: one cache entry for both.
        page: page === 1 ? '' : String(page),
      }
    },
  },
  '/tasks': {
    view: 'tasks',
    read: (params) => ({ status: parseFilterValue(params.getAll('status')) ?? '' }),
  },
  // No query: a view only so the page is cached without being prerendered by the build.
  '/data': { view: 'data', read: () => ({}) },
} as const satisfies Record<string, ListView>

/** A cached list path. */
export type ListPath = keyof typeof LIST_VIEWS

const isListPath = (pathname: string): pathname is ListPath => Object.hasOwn(LIST_VIEWS, pathname)

/**
 * The internal path that renders a public path with its query, or null when the path is not a
 * cached view. Unknown and repeated parameters are dropped and values cleaned.
 */
export function resolveViewPath(pathname: string, params: URLSearchParams): string | null {
  if (!isListPath(pathname)) return null
  const { view, read } = LIST_VIEWS[pathname]
  return `${VIEWS_PREFIX}/${view}/${encodeViewKey(read(params))}`
}
