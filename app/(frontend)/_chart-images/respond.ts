import { buildStandaloneSvg } from '@/lib/render/charts/standaloneSvg'
import { getCountryPage } from '@/lib/data/readers/countries'
import { getOpenDataSettings } from '@/lib/data/readers/openData'
import { getAllCountryStatistics } from '@/lib/data/readers/statistics'
import { resolveSiteUrl } from '@/lib/platform/env'
import { SLUG_PATTERN } from '@/lib/domain/text'

import { buildCompareChart } from '@/lib/render/chart-images/compareChart'
import { parseCompareImageQuery } from '@/lib/domain/compare/imageQuery'
import { buildCountryChart } from '@/lib/render/chart-images/countryChart'
import { chartResponse, problemResponse, type ChartFormat } from '@/lib/render/chart-images/responses'

/** `/countries/<slug>/chart.<format>`: a published country's chart; drafts are never read. */
export async function respondWithCountryChart(slug: string, format: ChartFormat): Promise<Response> {
  const country = SLUG_PATTERN.test(slug) ? await getCountryPage(slug) : null
  if (!country) return problemResponse(404, 'No such country.', format)
  const settings = await getOpenDataSettings()
  const svg = buildStandaloneSvg(buildCountryChart(country, settings, resolveSiteUrl()))
  return chartResponse(svg, format, `${country.slug}-ev-chart`)
}

/** `/compare/chart.<format>?countries=…`: one chart of the compare page's selection. */
export async function respondWithCompareChart(
  params: URLSearchParams,
  format: ChartFormat,
): Promise<Response> {
  const query = parseCompareImageQuery(params)
  if (!query.ok) return problemResponse(400, query.problem, format)
  const { request } = query
  const [all, settings] = await Promise.all([getAllCountryStatistics(), getOpenDataSettings()])
  const unknown = request.choice.countries.filter((slug) => !all.some(({ country }) => country.slug === slug))
  if (unknown.length > 0) return problemResponse(400, `Unknown countries: ${unknown.join(', ')}.`, format)
  const chosen = request.choice.countries.flatMap((slug) =>
    all
      .filter(({ country }) => country.slug === slug)
      .map(({ country, rows, updatedAt }) => ({ ...country, rows, updatedAt })),
  )
  const svg = buildStandaloneSvg(buildCompareChart(request, chosen, settings, resolveSiteUrl()))
  return chartResponse(svg, format, `compare-${request.measure.key}-${request.part.key}`)
}
