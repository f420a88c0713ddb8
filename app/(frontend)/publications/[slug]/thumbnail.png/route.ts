import { connection } from 'next/server'

import { readPublicationThumbnail } from '@/lib/data/readers/publications'
import { SLUG_PATTERN } from '@/lib/domain/text'
import { TAGS } from '@/lib/platform/cache/tags'
import { publicCacheHeaders } from '@/lib/platform/http'

type Props = { params: Promise<{ slug: string }> }

/**
 * `/publications/<slug>/thumbnail.png`: page 1 of a published publication's PDF, drawn by the
 * background job. Only published publications have one here: a draft's cover stays private.
 */
export async function GET(_request: Request, { params }: Props) {
  await connection()
  const { slug } = await params
  const png = SLUG_PATTERN.test(slug) ? await readPublicationThumbnail(slug) : null
  if (!png) {
    return new Response('No such publication, or its first page has not been drawn yet.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  return new Response(new Uint8Array(png), {
    headers: {
      'Content-Type': 'image/png',
      'X-Content-Type-Options': 'nosniff',
      ...publicCacheHeaders([TAGS.publications]),
    },
  })
}
