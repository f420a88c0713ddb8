import type { NextRequest } from 'next/server'

import { TAGS } from '@/lib/platform/cache/tags'
import { getAllCountryStatistics } from '@/lib/data/readers/statistics'
import { getOpenDataSettings } from '@/lib/data/readers/openData'
import { describeEmbed } from '@/lib/domain/embed/describe'
import { buildOembedAnswer } from '@/lib/domain/embed/oembed'
import { readOembedRequest } from '@/lib/domain/embed/oembedRequest'
import { recogniseEmbedTarget } from '@/lib/domain/embed/target'
import { resolveSiteUrl } from '@/lib/platform/env'
import { publicCacheHeaders } from '@/lib/platform/http'
import { describePublisher } from '@/lib/domain/open-data/statisticsJson'

// The answer is public data meant for other sites, read by their servers or their scripts.
const CORS = { 'Access-Control-Allow-Origin': '*' }

/** An error as JSON, naming the problem. */
function refuse(status: number, message: string): Response {
  return Response.json({ error: message }, { status, headers: CORS })
}

const NOT_EMBEDDABLE =
  'No embed for this address: give the address of a published country page (/countries/<slug>) or of a comparison (/compare?countries=…) on this site.'

/**
 * `/oembed?url=<page>&format=json[&maxwidth=&maxheight=]` (https://oembed.com): the `<iframe>`
 * of a country's or a comparison's embed. Rendered per request from the tagged data cache: the
 * answer changes with country names and figures (the title says what the chart shows) and the
 * publisher.
 */
export async function GET(request: NextRequest) {
  const asked = readOembedRequest(request.nextUrl.searchParams)
  if ('status' in asked) return refuse(asked.status, asked.message)
  const siteUrl = resolveSiteUrl()
  const target = recogniseEmbedTarget(asked.url, siteUrl)
  if (!target) return refuse(404, NOT_EMBEDDABLE)
  const [statistics, settings] = await Promise.all([getAllCountryStatistics(), getOpenDataSettings()])
  const embed = describeEmbed(
    target,
    statistics.map(({ country, rows }) => ({ slug: country.slug, name: country.name, rows })),
  )
  if (!embed) return refuse(404, NOT_EMBEDDABLE)
  const answer = buildOembedAnswer({
    ...embed,
    siteUrl,
    publisher: describePublisher({ siteUrl, settings }),
    maxWidth: asked.maxWidth,
    maxHeight: asked.maxHeight,
  })
  return Response.json(answer, {
    headers: { ...CORS, ...publicCacheHeaders([TAGS.countries, TAGS.statistics, TAGS.openData]) },
  })
}
