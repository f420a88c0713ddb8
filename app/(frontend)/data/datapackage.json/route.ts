import { connection } from 'next/server'

import { TAGS } from '@/lib/platform/cache/tags'
import { getLiveDataset, getPublicationContext } from '@/lib/data/readers/liveDataset'
import { JSON_CONTENT_TYPE, publicTextResponse } from '@/lib/platform/http'
import { buildDataPackage, serialiseDataPackage } from '@/lib/domain/open-data/dataPackage'
import { findDateModified } from '@/lib/domain/open-data/dataset'
import {
  absoluteUrl,
  ALL_STATISTICS_CSV,
  ALL_STATISTICS_JSON,
  DATA_PACKAGE,
  DATA_PAGE,
} from '@/lib/domain/urls'

/**
 * `/data/datapackage.json`: the live data as a Frictionless Data Package. Its paths are absolute
 * (the live files are not beside the descriptor); a release's own descriptor names its frozen files.
 */
export async function GET() {
  // Rendered per request from the tagged data cache: the build never reads the database.
  await connection()
  const [dataset, context] = await Promise.all([getLiveDataset(), getPublicationContext()])
  const { siteUrl } = context
  const descriptor = buildDataPackage(dataset, {
    ...context,
    id: absoluteUrl(siteUrl, DATA_PACKAGE),
    homepage: absoluteUrl(siteUrl, DATA_PAGE),
    paths: { csv: absoluteUrl(siteUrl, ALL_STATISTICS_CSV), json: absoluteUrl(siteUrl, ALL_STATISTICS_JSON) },
    // The live data is as new as its newest change.
    created: findDateModified(dataset.countries) ?? new Date(0).toISOString(),
  })
  return publicTextResponse(serialiseDataPackage(descriptor), JSON_CONTENT_TYPE, [
    TAGS.countries,
    TAGS.statistics,
    TAGS.openData,
  ])
}
