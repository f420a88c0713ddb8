// @ts-check
// The request listener of the production server (scripts/start-server.mjs): Next's handler
// wrapped so that pages get a Content-Security-Policy with the hashes of their inline scripts.
import { createRequire } from 'node:module'

import { currentContentGeneration } from '../server/contentGeneration.mjs'
import { createResponseCache, responseCacheKey, sendCachedResponse } from '../server/responseCache.mjs'
import { createPreparedPages } from './preparedPages.mjs'
import { markRequest, secureResponse } from './secureResponse.mjs'

/**
 * @typedef {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>} Handler
 * @typedef {(req: { method?: string, headers: import('node:http').IncomingHttpHeaders }, res: import('node:http').ServerResponse, next: () => void) => void} Middleware
 */

// The compression middleware `next start` runs inside its handler (Next's own copy, so the
// behaviour is the same). It runs outside the CSP step here: Next is asked for identity, the
// CSP step sees pages uncompressed, and this compresses what it sends on.
const require = createRequire(import.meta.url)
const compression = /** @type {() => Middleware} */ (require('next/dist/compiled/compression'))

/**
 * @param {Handler} handle Next's request handler
 * @param {import('./secureResponse.mjs').CspOptions & { responseCache?: ReturnType<typeof createResponseCache> }} options
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void}
 */
export function createRequestListener(handle, options) {
  const compress = compression()
  const cspOptions = {
    hashesByPage: new Map(),
    // The most-requested pages; Next's own cache (128 MB) holds all of them anyway.
    preparedPages: createPreparedPages(32 * 1024 * 1024),
    ...options,
  }
  // 32 MB of the most requested pages; a minute at most (see lib/server/responseCache.mjs).
  const responses =
    options.responseCache ?? createResponseCache({ maxBytes: 32 * 1024 * 1024, maxAgeMs: 60_000 })
  return (req, res) => {
    const key = responseCacheKey(req)
    const generation = currentContentGeneration()
    const cached = key === null ? undefined : responses.get(key)
    const acceptEncoding = req.headers['accept-encoding']
    delete req.headers['accept-encoding']
    compress(
      {
        method: req.method,
        headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
      },
      res,
      () => {},
    )
    if (cached) {
      sendCachedResponse(req, res, cached)
      return
    }
    /** @type {import('./secureResponse.mjs').CspOptions} */
    const requestOptions =
      key === null
        ? cspOptions
        : { ...cspOptions, onShareable: (response) => responses.set(key, response, generation) }
    secureResponse(req, res, requestOptions)
    markRequest(req, options.marker)
    handle(req, res).catch((/** @type {unknown} */ error) => {
      console.error(`start-server: failed to handle ${req.url ?? ''}:`, error)
      if (!res.headersSent) res.statusCode = 500
      res.end('Internal Server Error')
    })
  }
}
