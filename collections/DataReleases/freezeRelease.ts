import type { CollectionBeforeChangeHook } from 'payload'

import { readOpenDataSettings } from '@/lib/data/published/openData'
import { readAllCountryStatistics } from '@/lib/data/published/statistics'
import { resolveSiteUrl } from '@/lib/platform/env'
import { DATASET_DESCRIPTION, DATASET_TITLE } from '@/lib/domain/open-data/dataset'
import { buildReleaseFiles } from '@/lib/domain/open-data/releaseFiles'

/**
 * Freezes a new release: the published data as anonymous visitors see it at this moment (read
 * from the database, past every cache), under the licence set now, as the CSV, JSON and data
 * package files stored with it. Whatever a client sent for those fields is replaced.
 */
export const freezeRelease: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const version = typeof data.version === 'string' ? data.version.trim() : ''
  const publishedAt = new Date().toISOString()
  // Read outside this save's transaction: committed data only, as every visitor sees it.
  const [statistics, settings] = await Promise.all([
    readAllCountryStatistics(req.payload),
    readOpenDataSettings(req.payload),
  ])
  const countries = statistics.map(({ country, rows, updatedAt }) => ({ ...country, rows, updatedAt }))
  const files = buildReleaseFiles(
    { title: DATASET_TITLE, description: DATASET_DESCRIPTION, countries, version },
    { siteUrl: resolveSiteUrl(), settings },
    publishedAt,
  )
  return {
    ...data,
    publishedAt,
    countryCount: countries.length,
    rowCount: countries.reduce((sum, country) => sum + country.rows.length, 0),
    licenceName: settings.licenceName,
    licenceUrl: settings.licenceUrl,
    publisherName: settings.publisherName,
    csv: files.csv,
    json: files.json,
    dataPackage: files.dataPackage,
  }
}
