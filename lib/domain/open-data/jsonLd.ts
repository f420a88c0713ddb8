import { findDateModified, findYearRange, type Dataset } from './dataset'
import { describePublisher, type PublicationContext } from './statisticsJson'

/** A file of the dataset, as schema.org's `DataDownload`. */
export type Distribution = { contentUrl: string; encodingFormat: 'text/csv' | 'application/json' }

type Organization = { '@type': 'Organization'; name: string; url: string }

/** schema.org `Dataset` (https://schema.org/Dataset), as search engines read it from JSON-LD. */
export type DatasetJsonLd = {
  '@context': 'https://schema.org'
  '@type': 'Dataset'
  name: string
  description: string
  url: string
  license: string
  isAccessibleForFree: true
  creator: Organization
  publisher: Organization
  keywords: string[]
  version?: string
  temporalCoverage?: string
  spatialCoverage: { '@type': 'Place'; name: string }[]
  dateModified?: string
  distribution: ({ '@type': 'DataDownload' } & Distribution)[]
}

/** What the markup needs besides the dataset. */
export type JsonLdOptions = PublicationContext & { url: string; distribution: Distribution[] }

/**
 * The `Dataset` markup of a data page: name, description, licence, publisher (also as creator),
 * the years covered ("2010/2020"), the countries, the last change and the downloads.
 */
export function buildDatasetJsonLd(dataset: Dataset, options: JsonLdOptions): DatasetJsonLd {
  const publisher = describePublisher(options)
  const organization: Organization = { '@type': 'Organization', name: publisher.name, url: publisher.url }
  const range = findYearRange(dataset.countries)
  const modified = findDateModified(dataset.countries)
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: dataset.title,
    description: dataset.description,
    url: options.url,
    license: options.settings.licenceUrl,
    isAccessibleForFree: true,
    creator: organization,
    publisher: organization,
    keywords: ['electric vehicles', 'BEV', 'PHEV', 'HEV', 'new registrations', 'market share'],
    ...(dataset.version ? { version: dataset.version } : {}),
    ...(range ? { temporalCoverage: `${range.first}/${range.last}` } : {}),
    spatialCoverage: dataset.countries.map((country) => ({ '@type': 'Place', name: country.name })),
    ...(modified ? { dateModified: modified } : {}),
    distribution: options.distribution.map((file) => ({ '@type': 'DataDownload', ...file })),
  }
}

/**
 * The markup as the text of a `<script type="application/ld+json">`: `<` escaped, so no value
 * (a country name, a note) can close the script element.
 */
export function serialiseJsonLd(markup: object): string {
  return JSON.stringify(markup).replace(/</g, '\\u003c')
}
