import { connection } from 'next/server'

import { allStatisticsCsv } from '@/lib/csv'
import { getAllCountryStatistics } from '@/lib/data/statistics'
import { TAGS } from '@/lib/cache/tags'
import { csvResponse } from '@/lib/http'

/** `/ev-statistics.csv`: `country,iso_code,year,bev,phev,hev` for every published country. */
export async function GET() {
  // Rendered per request from the tagged data cache: the build never reads the database.
  await connection()
  const countries = await getAllCountryStatistics()
  const rows = countries.flatMap(({ country, rows: years }) =>
    years.map((row) => ({ ...row, country: country.name, isoCode: country.isoCode })),
  )
  return csvResponse(allStatisticsCsv(rows), 'ev-statistics.csv', [TAGS.countries, TAGS.statistics])
}
