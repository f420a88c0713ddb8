import type { IncomingHttpHeaders } from 'node:http'

import { NEXT_NAVIGATION_HEADERS } from '../framework/contracts.mjs'

// A session, draft mode or credentials make an answer personal (proxy.ts marks it private).
const PERSONAL_COOKIE = /(?:^|;\s*)(?:payload-token|__prerender_bypass)=/

/**
 * The key a request is answered under from the response cache, or null when it must reach Next:
 * only GET and HEAD of anyone signed out, not React's navigation requests, not ranges. One
 * variant per URL, `Accept-Encoding` (how Next's compression encodes it) and `Origin`.
 */
export function responseCacheKey(
  method: string | undefined,
  url: string | undefined,
  headers: IncomingHttpHeaders,
): string | null {
  if ((method !== 'GET' && method !== 'HEAD') || !url) return null
  if (headers.authorization || headers.range) return null
  if (PERSONAL_COOKIE.test(String(headers.cookie ?? ''))) return null
  // React's client navigation: Next answers it with flight data, not the page.
  if (NEXT_NAVIGATION_HEADERS.some((name) => headers[name] !== undefined)) return null
  const encodings = String(headers['accept-encoding'] ?? '')
    .toLowerCase()
    .replace(/\s+/g, '')
  // The API answers the site's own origin with a CORS header and others without (Vary: Origin).
  return `${encodings} ${headers.origin ?? ''} ${url}`
}
