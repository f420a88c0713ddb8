import { revalidateTag } from 'next/cache'

import type { CacheTag } from './tags'

/**
 * Expires the tags at once, so the next request renders fresh content (no stale-while-
 * revalidate). Returns false outside a Next.js server (seed and import scripts), where the
 * scripts ask the running site to revalidate over HTTP instead.
 */
export function expireTags(tags: readonly CacheTag[]): boolean {
  try {
    for (const tag of tags) revalidateTag(tag, { expire: 0 })
    return true
  } catch {
    return false
  }
}
