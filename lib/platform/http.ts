import { PUBLIC_CACHE_CONTROL, SURROGATE_CONTROL } from '@/lib/platform/cache/publicResponse.mjs'
import type { CacheTag } from '@/lib/platform/cache/tags'

/**
 * Headers of a public response rendered per request from the data cache (the CSV files): the
 * same caching as a cached page (lib/platform/cache/publicResponse.mjs), keyed by the tags it reads.
 */
export function publicCacheHeaders(tags: readonly CacheTag[]): Record<string, string> {
  return {
    'Cache-Control': PUBLIC_CACHE_CONTROL,
    'Surrogate-Control': SURROGATE_CONTROL,
    'Surrogate-Key': tags.join(' '),
  }
}

/**
 * A CSV download response; with `publicTags`, cacheable by shared caches until one of those tags
 * changes (without, its caching is left to the route: the staff export is private).
 */
export function csvResponse(body: string, filename: string, publicTags?: readonly CacheTag[]): Response {
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename.replace(/[^a-z0-9._-]/gi, '_')}"`,
      'X-Content-Type-Options': 'nosniff',
      ...(publicTags ? publicCacheHeaders(publicTags) : {}),
    },
  })
}

/** A public text answer (JSON, a feed) of this type, cacheable by shared caches until one of its tags changes. */
export function publicTextResponse(body: string, contentType: string, tags: readonly CacheTag[]): Response {
  return new Response(body, {
    headers: {
      'Content-Type': contentType,
      'X-Content-Type-Options': 'nosniff',
      ...publicCacheHeaders(tags),
    },
  })
}

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8'
