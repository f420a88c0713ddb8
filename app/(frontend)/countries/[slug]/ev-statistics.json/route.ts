import { TAGS } from '@/lib/platform/cache/tags'
import { getCountryDataset, getPublicationContext } from '@/lib/data/readers/liveDataset'
import { JSON_CONTENT_TYPE, publicTextResponse } from '@/lib/platform/http'
import { buildStatisticsJson } from '@/lib/domain/open-data/statisticsJson'
import { SLUG_PATTERN } from '@/lib/domain/text'

type Params = { params: Promise<{ slug: string }> }

/** `/countries/<slug>/ev-statistics.json`: one published country's years, as the all-countries JSON. */
export async function GET(_request: Request, { params }: Params) {
  const { slug } = await params
  const dataset = SLUG_PATTERN.test(slug) ? await getCountryDataset(slug) : null
  // JSON like the file itself: next.config.ts fixes this address's type, refusals included.
  if (!dataset) return Response.json({ error: 'No such country.' }, { status: 404 })
  const json = buildStatisticsJson(dataset, await getPublicationContext())
  return publicTextResponse(json, JSON_CONTENT_TYPE, [TAGS.countries, TAGS.statistics, TAGS.openData])
}
