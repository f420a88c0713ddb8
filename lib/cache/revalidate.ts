import { revalidateTag } from 'next/cache'

import { announceContentChange } from '@/lib/server/contentGeneration.mjs'

import { INTERNAL_TOKEN_HEADER, internalRevalidationToken } from './internalToken'
import type { CacheTag } from './tags'

function expireInRequest(tags: readonly CacheTag[]): boolean {
  try {
    for (const tag of tags) revalidateTag(tag, { expire: 0 })
    // The production server's copies of cached responses go too (scripts/start-server.mjs).
    announceContentChange()
    return true
  } catch {
    return false
  }
}

/** Background work inside the server (scheduled publishing) has no request: go through our own endpoint. */
export async function expireThroughOwnEndpoint(tags: readonly CacheTag[]): Promise<boolean> {
  const port = process.env.PORT ?? '3000'
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/revalidate`, {
      method: 'POST',
      headers: { [INTERNAL_TOKEN_HEADER]: internalRevalidationToken(), 'Content-Type': 'application/json' },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(5_000),
    })
    return response.ok
  } catch {
    return false
  }
}

/**
 * Expires the tags at once, so the next request renders fresh content (no stale-while-
 * revalidate). Within a request this is direct; in background work of the server it goes
 * through the server's own endpoint; in scripts (seed, import) it does nothing, and the
 * scripts ask the running site over HTTP instead.
 */
export async function expireTags(tags: readonly CacheTag[]): Promise<void> {
  if (expireInRequest(tags)) return
  if (process.env.NEXT_RUNTIME === 'nodejs' && !(await expireThroughOwnEndpoint(tags))) {
    console.error('Could not refresh cached pages after a background change.')
  }
}
