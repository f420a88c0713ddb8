import type { IncomingMessage, ServerResponse } from 'node:http'

import { recordResponse } from './recordResponse.ts'
import type { ResponseCache, StoredResponse } from './responseCache.ts'
import { responseCacheKey } from './requestKey.ts'
import { isStorableResponse, toStoredResponse } from './storeRule.ts'

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>

function sendStored(req: IncomingMessage, res: ServerResponse, stored: StoredResponse): void {
  res.writeHead(stored.status, {
    ...stored.headers,
    'content-length': String(stored.body.length),
    age: String(Math.floor((Date.now() - stored.storedAt) / 1000)),
  })
  res.end(req.method === 'HEAD' ? undefined : stored.body)
}

/**
 * Next's request handler with the response cache in front (null: none): a request that may be
 * answered from it is, as sent before; the others go to Next, and a public response Next sends
 * to a GET is kept for the next ones.
 */
export function createRequestListener(handle: Handler, cache: ResponseCache | null) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const key = cache ? responseCacheKey(req.method, req.url, req.headers) : null
    if (cache && key !== null) {
      const stored = cache.get(key)
      if (stored) {
        sendStored(req, res, stored)
        return
      }
      if (req.method === 'GET') {
        const beganAt = cache.generation
        const rule = { isStorable: isStorableResponse, maxBytes: cache.maxEntryBytes }
        recordResponse(res, rule, (response) => {
          const entry = toStoredResponse(response)
          if (entry) cache.set(key, entry, beganAt)
        })
      }
    }
    handle(req, res).catch((error: unknown) => {
      console.error(`Could not answer ${req.method ?? ''} ${req.url ?? ''}: ${String(error)}`)
      if (!res.headersSent) res.statusCode = 500
      res.end()
    })
  }
}
