import { readYearColumns } from '@/lib/domain/statistics/yearColumns'

import { findDateModified, type Dataset } from './dataset'
import type { OpenDataSettings } from './settings'
import { absoluteUrl, countryUrls, DATA_PAGE } from '@/lib/domain/urls'

/** Where the JSON is published, and under what licence. */
export type PublicationContext = { siteUrl: string; settings: OpenDataSettings }

/** The publisher as downloads name it: the site itself unless editors named another address. */
export function describePublisher({ siteUrl, settings }: PublicationContext): { name: string; url: string } {
  return { name: settings.publisherName, url: settings.publisherUrl ?? siteUrl }
}

/**
 * The statistics as JSON: the dataset's title, licence and publisher, then each country with its
 * years ascending. Keys are the CSV's column names; no data is `null`, never 0. Two-space
 * indentation and a final newline, so a frozen copy reads and diffs well.
 */
export function buildStatisticsJson(dataset: Dataset, context: PublicationContext): string {
  const { siteUrl, settings } = context
  const document = {
    title: dataset.title,
    description: dataset.description,
    version: dataset.version,
    date_modified: findDateModified(dataset.countries),
    publisher: describePublisher(context),
    license: { id: settings.licenceId, title: settings.licenceTitle, url: settings.licenceUrl },
    source: absoluteUrl(siteUrl, DATA_PAGE),
    countries: dataset.countries.map((country) => ({
      name: country.name,
      slug: country.slug,
      iso_code: country.isoCode,
      url: absoluteUrl(siteUrl, countryUrls(country.slug).page),
      rows: [...country.rows]
        .sort((a, b) => a.year - b.year)
        .map((row) => ({ year: row.year, ...readYearColumns(row) })),
    })),
  }
  return `${JSON.stringify(document, null, 2)}\n`
}
