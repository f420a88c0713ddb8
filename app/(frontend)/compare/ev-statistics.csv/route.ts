import type { NextRequest } from 'next/server'

import { TAGS } from '@/lib/platform/cache/tags'
import { parseCompareQuery } from '@/lib/domain/compare/query'
import { compareCsv } from '@/lib/domain/csv'
import { getAllCountryStatistics } from '@/lib/data/readers/statistics'
import { csvResponse } from '@/lib/platform/http'
import { MEASURES } from '@/lib/domain/statistics/measures'

/**
 * `/compare/ev-statistics.csv?countries=…&measure=…`: the compare page's figures, read with the
 * same normalisation as the page, rendered per request from the tagged data cache.
 */
export async function GET(request: NextRequest) {
  const parsed = parseCompareQuery(request.nextUrl.searchParams)
  const measure = MEASURES[parsed.measure]
  const all = await getAllCountryStatistics()
  const chosen = parsed.countries.flatMap((slug) => all.filter((entry) => entry.country.slug === slug))
  const body = compareCsv(
    measure,
    chosen.map(({ country, rows }) => ({ name: country.name, isoCode: country.isoCode, rows })),
  )
  return csvResponse(body, `compare-${measure.key}.csv`, [TAGS.countries, TAGS.statistics])
}
