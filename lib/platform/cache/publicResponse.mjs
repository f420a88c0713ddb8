// @ts-check
// What a response kept in Next's cache says about itself. Whatever Next caches is public (drafts,
// previews and signed-in answers are rendered per request and never reach the cache), so the
// cache handler (lib/platform/cache/handler.mjs) gives each entry, once, when it is stored:
// - Cache-Control that lets a shared cache keep it for a second at most, and Surrogate-Control
//   that lets our own caches (Varnish, a CDN) keep it longer, because they are purged by key;
// - Surrogate-Key: the cache tags the page was rendered with (the names in lib/platform/cache/tags.ts),
//   exactly what a change purges;
// - for HTML, a Content-Security-Policy whose script-src allows the site's files and the hash
//   of each inline script of this very page, so no 'unsafe-inline' is needed.
// Next sends these stored headers with every response served from the entry.
import { findScripts, scriptHashSource } from '../csp/inlineScripts.mjs'
import {
  NEXT_CACHE_TAGS_HEADER,
  NEXT_IMPLICIT_TAG_PREFIX,
  NEXT_PAGE_ENTRY_KINDS,
} from '../framework/contracts.mjs'

/** Browsers revalidate every time; a shared cache that is never purged keeps a page 1 s at most. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, s-maxage=1, stale-if-error=86400'

/**
 * For caches that receive purges (Varnish, a CDN): an hour, so even a purge that never arrived
 * leaves a page stale for an hour at most. Varnish keeps serving it longer while the site is down.
 */
export const SURROGATE_CONTROL = 'max-age=3600'

/**
 * The cache tags of an entry's headers, without Next's implicit ones.
 * @param {Record<string, unknown>} headers
 * @returns {string[]}
 */
export function surrogateKeysOf(headers) {
  const raw = headers[NEXT_CACHE_TAGS_HEADER]
  if (typeof raw !== 'string') return []
  return [...new Set(raw.split(',').map((tag) => tag.trim()))].filter(
    (tag) => tag !== '' && !tag.startsWith(NEXT_IMPLICIT_TAG_PREFIX),
  )
}

/**
 * The script-src directive of a page: its own files and exactly its inline scripts.
 * @param {string} html
 */
export function scriptPolicyOf(html) {
  const hashes = new Set(
    findScripts(html)
      .filter((script) => !script.attributes.has('src'))
      .map((script) => scriptHashSource(script.text)),
  )
  return ["script-src 'self'", ...hashes].join(' ')
}

/**
 * Adds the public headers to a page or route entry Next is about to store. The headers object
 * is changed in place: Next sends the same object with the response it has just rendered.
 * @param {{ kind?: unknown, html?: unknown, headers?: Record<string, unknown> }} value
 */
export function addPublicHeaders(value) {
  if (!NEXT_PAGE_ENTRY_KINDS.some((kind) => kind === value.kind)) return
  value.headers ??= {}
  const headers = value.headers
  // A route that says how long it may be kept (the flags: a year) knows best.
  if (headers['cache-control'] === undefined) {
    headers['cache-control'] = PUBLIC_CACHE_CONTROL
    headers['surrogate-control'] = SURROGATE_CONTROL
  }
  const keys = surrogateKeysOf(headers)
  if (keys.length > 0) headers['surrogate-key'] = keys.join(' ')
  if (typeof value.html === 'string') headers['content-security-policy'] = scriptPolicyOf(value.html)
}
