import { connection } from 'next/server'

import { TAGS } from '@/lib/platform/cache/tags'
import { getLiveDataset, getPublicationContext } from '@/lib/data/readers/liveDataset'
import { JSON_CONTENT_TYPE, publicTextResponse } from '@/lib/platform/http'
import { buildStatisticsJson } from '@/lib/domain/open-data/statisticsJson'

/** `/ev-statistics.json`: every published country with its years; no data is null, never 0. */
export async function GET() {
  // Rendered per request from the tagged data cache: the build never reads the database.
  await connection()
  const [dataset, context] = await Promise.all([getLiveDataset(), getPublicationContext()])
  return publicTextResponse(buildStatisticsJson(dataset, context), JSON_CONTENT_TYPE, [
    TAGS.countries,
    TAGS.statistics,
    TAGS.openData,
  ])
}
