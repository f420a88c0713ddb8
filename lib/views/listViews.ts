// The public list pages served from cached views: the view that renders each path and the
// query parameters it reads. Relative imports only: next.config.ts loads this file too.
import { EMPTY_VIEW_KEY } from './viewKey'

/** Where the cached views live; only the proxy and the rewrites below may route there. */
export const VIEWS_PREFIX = '/views'

/** Each cached list path, its view, and the parameters that change what it shows. */
export const LIST_VIEWS = {
  '/': { view: 'home', params: [] },
  '/countries': { view: 'countries', params: ['q'] },
  '/compare': { view: 'compare', params: ['countries'] },
  '/policies': { view: 'policies', params: ['country', 'topic', 'page'] },
  '/tasks': { view: 'tasks', params: ['status'] },
} as const satisfies Record<string, { view: string; params: readonly string[] }>

/** A cached list path. */
export type ListPath = keyof typeof LIST_VIEWS

/**
 * Rewrites for next.config.ts: a list path requested without any parameter it reads goes
 * straight to its unfiltered view. The most common requests then skip the proxy, which
 * costs about a tenth of the server's time on a cached page; proxy.ts handles the rest.
 */
export function listPlainViewRewrites() {
  return Object.entries(LIST_VIEWS).map(([source, { view, params }]) => ({
    source,
    destination: `${VIEWS_PREFIX}/${view}/${EMPTY_VIEW_KEY}`,
    missing: params.map((key) => ({ type: 'query' as const, key })),
  }))
}
