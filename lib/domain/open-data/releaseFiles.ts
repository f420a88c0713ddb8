import { allStatisticsCsv } from '@/lib/domain/csv'

import { buildDataPackage, serialiseDataPackage } from './dataPackage'
import type { Dataset } from './dataset'
import { buildStatisticsJson, type PublicationContext } from './statisticsJson'
import { absoluteUrl, RELEASE_FILES, releaseFile, releasePage, type ReleaseFile } from '@/lib/domain/urls'

/** The every-country CSV of a dataset, as `/ev-statistics.csv` serves it. */
export function buildAllStatisticsCsv(dataset: Dataset): string {
  return allStatisticsCsv(
    dataset.countries.flatMap((country) =>
      country.rows.map((row) => ({ ...row, country: country.name, isoCode: country.isoCode })),
    ),
  )
}

/**
 * The files a release freezes: the CSV and JSON of every published country, and a data package
 * that names them by relative paths (a downloaded release folder is complete) and carries the
 * release's version. Built once, when the release is published, and stored byte for byte.
 */
export function buildReleaseFiles(
  dataset: Dataset & { version: string },
  context: PublicationContext,
  publishedAt: string,
): Record<ReleaseFile, string> {
  const descriptor = buildDataPackage(dataset, {
    ...context,
    id: absoluteUrl(context.siteUrl, releaseFile(dataset.version, 'dataPackage')),
    homepage: absoluteUrl(context.siteUrl, releasePage(dataset.version)),
    paths: { csv: RELEASE_FILES.csv, json: RELEASE_FILES.json },
    created: publishedAt,
  })
  return {
    csv: buildAllStatisticsCsv(dataset),
    json: buildStatisticsJson(dataset, context),
    dataPackage: serialiseDataPackage(descriptor),
  }
}
