/**
 * A page's normalised query, packed into one URL path segment.
 *
 * Pages that read a query string would otherwise render on every request. The proxy
 * (`proxy.ts`) normalises the query and rewrites the request to `/views/<page>/<key>`,
 * a route that is rendered once per key and then served from the cache.
 */
export type ViewQuery = Record<string, string>

/** The key of a page without query parameters. */
export const EMPTY_VIEW_KEY = 'all'

/** Encodes a query as base64url (no characters that need escaping in a path segment). */
export function encodeViewKey(query: ViewQuery): string {
  const entries = Object.entries(query)
    .filter(([, value]) => value !== '')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  if (entries.length === 0) return EMPTY_VIEW_KEY
  return Buffer.from(new URLSearchParams(entries).toString(), 'utf8').toString('base64url')
}

/** Decodes a key made by {@link encodeViewKey}; anything else is the empty query. */
export function decodeViewKey(key: string): ViewQuery {
  if (key === EMPTY_VIEW_KEY || !/^[A-Za-z0-9_-]{1,2000}$/.test(key)) return {}
  const query: ViewQuery = {}
  for (const [name, value] of new URLSearchParams(Buffer.from(key, 'base64url').toString('utf8'))) {
    query[name] = value
  }
  return query
}
