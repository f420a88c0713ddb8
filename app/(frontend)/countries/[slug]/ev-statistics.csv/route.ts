import { statisticsCsv } from '@/lib/domain/csv'
import { getCountryPage } from '@/lib/data/readers/countries'
import { TAGS } from '@/lib/platform/cache/tags'
import { csvResponse } from '@/lib/platform/http'
import { SLUG_PATTERN } from '@/lib/domain/text'

type Params = { params: Promise<{ slug: string }> }

/** `/countries/<slug>/ev-statistics.csv`: `year,bev,phev,hev`, years ascending, empty = no data. */
export async function GET(_request: Request, { params }: Params) {
  const { slug } = await params
  const country = SLUG_PATTERN.test(slug) ? await getCountryPage(slug) : null
  if (!country) return new Response('No such country.', { status: 404 })
  return csvResponse(statisticsCsv(country.statistics), `${country.slug}-ev-statistics.csv`, [
    TAGS.countries,
    TAGS.statistics,
  ])
}
