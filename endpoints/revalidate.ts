import { timingSafeEqual } from 'node:crypto'

import type { Endpoint } from 'payload'

import { expireTags } from '@/lib/platform/cache/revalidate'
import { ALL_TAGS, isCacheTag } from '@/lib/platform/cache/tags'
import { resolveRevalidateSecret } from '@/lib/platform/env'

function secretMatches(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * `POST /api/revalidate` with `Authorization: Bearer $REVALIDATE_SECRET` and an optional
 * JSON body `{ "tags": [...] }` (default: every tag). Used by the seed and import scripts,
 * which write to the database from outside the running site.
 */
export const revalidateEndpoint: Endpoint = {
  path: '/revalidate',
  method: 'post',
  handler: async (req) => {
    const expected = resolveRevalidateSecret()
    if (!expected) {
      return Response.json(
        { error: 'Revalidation is disabled: REVALIDATE_SECRET is not set.' },
        { status: 503 },
      )
    }
    const given = req.headers.get('authorization')?.replace(/^Bearer\s+/i, '') ?? ''
    if (!secretMatches(given, expected)) {
      return Response.json({ error: 'Missing or wrong revalidation secret.' }, { status: 401 })
    }
    let body: unknown = {}
    try {
      const text = req.text ? await req.text() : ''
      body = text ? JSON.parse(text) : {}
    } catch {
      return Response.json({ error: 'Body must be JSON: {"tags": ["countries", ...]}.' }, { status: 400 })
    }
    const requested: unknown = body && typeof body === 'object' && 'tags' in body ? body.tags : ALL_TAGS
    if (!Array.isArray(requested) || !requested.every(isCacheTag)) {
      return Response.json({ error: `"tags" must be a list of: ${ALL_TAGS.join(', ')}.` }, { status: 400 })
    }
    await expireTags(requested)
    return Response.json({ revalidated: requested })
  },
}
