// @ts-check
// The production server's cache of finished responses. Next serves a cached page at about a
// millisecond of CPU (routing, the proxy, its cache lookup); with 32 connections on one process
// that queueing sets the latency. Here a repeat of the same anonymous GET is answered from the
// response Next gave last time, already hashed and tagged, at a small fraction of that.
//
// What it keeps: 200 pages that Next itself served from its full-route cache (x-nextjs-cache:
// HIT), and responses a route marks with SHAREABLE_HEADER (the cached REST list), for requests
// without cookies, credentials or React's navigation headers. What makes it forget: any expiry
// of cached content in the process (contentGeneration.mjs, bumped where the site expires its
// cache tags), and a minute's age, so nothing outlives Next's own cache by long.
import { isCurrent, markNotModified } from '../csp/entityTag.mjs'
import { currentContentGeneration } from './contentGeneration.mjs'

/**
 * @typedef {object} CachedResponse
 * @property {import('node:http').OutgoingHttpHeaders} headers as Next set them
 * @property {Buffer} body
 * @property {string} tag the ETag
 */

/**
 * Set by a route on a response that is the same for every anonymous request of its URL and is
 * derived only from tagged cached data; the server removes it before sending.
 */
export const SHAREABLE_HEADER = 'x-shareable-response'

// Request headers that make a response personal or change its format (React's flight data).
const BYPASS_HEADERS = [
  'cookie',
  'authorization',
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-url',
]

/**
 * The cache key of a request, or null when its response must not be shared.
 * @param {import('node:http').IncomingMessage} req
 */
export function responseCacheKey(req) {
  if (req.method !== 'GET' || req.url === undefined) return null
  if (BYPASS_HEADERS.some((name) => req.headers[name] !== undefined)) return null
  return req.url
}

/**
 * True when Next's response may be kept: a page from its full-route cache, setting no cookie.
 * @param {import('node:http').ServerResponse} res
 */
export function isShareable(res) {
  return res.statusCode === 200 && res.getHeader('x-nextjs-cache') === 'HIT' && !res.hasHeader('set-cookie')
}

/**
 * A size-bounded cache of responses; the oldest go first when it is full.
 * @param {{ maxBytes: number, maxAgeMs: number, now?: () => number }} options
 */
export function createResponseCache({ maxBytes, maxAgeMs, now = Date.now }) {
  /** @type {Map<string, CachedResponse & { generation: number, storedAt: number }>} */
  const entries = new Map()
  let bytes = 0

  /** @param {string} key */
  function forget(key) {
    const entry = entries.get(key)
    if (!entry) return
    entries.delete(key)
    bytes -= entry.body.length
  }

  return {
    /**
     * The response kept for a key, if it is still current.
     * @param {string} key
     */
    get(key) {
      const entry = entries.get(key)
      if (!entry) return undefined
      if (entry.generation !== currentContentGeneration() || now() - entry.storedAt > maxAgeMs) {
        forget(key)
        return undefined
      }
      return entry
    },
    /**
     * Keeps a response, unless content changed since its request began (it may be stale).
     * @param {string} key @param {CachedResponse} response @param {number} generation at the request's start
     */
    set(key, response, generation) {
      if (generation !== currentContentGeneration() || response.body.length > maxBytes) return
      forget(key)
      entries.set(key, { ...response, generation, storedAt: now() })
      bytes += response.body.length
      for (const oldKey of entries.keys()) {
        if (bytes <= maxBytes) break
        forget(oldKey)
      }
    },
    /** How many responses and body bytes it holds. */
    get size() {
      return { responses: entries.size, bytes }
    },
  }
}

/**
 * Answers a request with a kept response: 304 when the client's copy is current, else the page.
 * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res
 * @param {CachedResponse} cached
 */
export function sendCachedResponse(req, res, cached) {
  for (const [name, value] of Object.entries(cached.headers))
    if (value !== undefined) res.setHeader(name, value)
  if (isCurrent(req.headers['if-none-match'], cached.tag)) {
    markNotModified(res)
    res.end()
    return
  }
  res.statusCode = 200
  res.end(cached.body)
}
