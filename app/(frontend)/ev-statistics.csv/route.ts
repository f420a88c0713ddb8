import { connection } from 'next/server'

import { TAGS } from '@/lib/platform/cache/tags'
import { getLiveDataset } from '@/lib/data/readers/liveDataset'
import { csvResponse } from '@/lib/platform/http'
import { buildAllStatisticsCsv } from '@/lib/domain/open-data/releaseFiles'

/** `/ev-statistics.csv`: every published country's years, built as a release freezes it. */
export async function GET() {
  // Rendered per request from the tagged data cache: the build never reads the database.
  await connection()
  const csv = buildAllStatisticsCsv(await getLiveDataset())
  return csvResponse(csv, 'ev-statistics.csv', [TAGS.countries, TAGS.statistics])
}
