import type { CacheTag } from '@/lib/platform/cache/tags'
import { publicCacheHeaders } from '@/lib/platform/http'

/**
 * A 301 from an address of the former site to its new place, which may open a PDF at a page
 * (`…pdf#page=107`). Cached like a page and purged with what it points at: where a chapter
 * moves (a new annual report), the redirect follows at once.
 */
export function permanentRedirect(location: string, tags: readonly CacheTag[]): Response {
  return new Response(null, { status: 301, headers: { Location: location, ...publicCacheHeaders(tags) } })
}

/** The former site's name of a page or file, decoded; null when it is not valid percent-encoding. */
export function decodeLegacyName(raw: string): string | null {
  try {
    return decodeURIComponent(raw).trim()
  } catch {
    return null
  }
}
