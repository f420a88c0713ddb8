import { YEAR_COLUMNS } from '@/lib/domain/statistics/yearColumns'

import { findDateModified, type Dataset } from './dataset'
import { describePublisher, type PublicationContext } from './statisticsJson'

/** A Frictionless Data Package descriptor (https://specs.frictionlessdata.io/data-package/). */
export type DataPackage = {
  profile: 'data-package'
  name: string
  id: string
  title: string
  description: string
  homepage: string
  version: string
  created: string
  keywords: string[]
  licenses: { name: string; path: string; title: string }[]
  sources: { title: string; path: string }[]
  contributors: { title: string; role: 'publisher'; path: string }[]
  resources: DataResource[]
}

type TableField = {
  name: string
  type: 'string' | 'integer' | 'number'
  title: string
  description: string
  constraints?: { required?: boolean; minimum?: number; pattern?: string }
}

type DataResource = {
  name: string
  profile: 'tabular-data-resource' | 'data-resource'
  path: string
  title: string
  description: string
  format: 'csv' | 'json'
  mediatype: string
  encoding: 'utf-8'
  schema?: { fields: TableField[]; missingValues: string[]; primaryKey: string[] }
}

/** What the descriptor needs besides the dataset: where it and its files are. */
export type DataPackageOptions = PublicationContext & {
  /** The descriptor's own address, its id. */
  id: string
  /** The page that describes the data. */
  homepage: string
  /** The files: absolute addresses for the live data, paths relative to the descriptor in a release. */
  paths: { csv: string; json: string }
  /** When this version of the data was made (a release: when it was published). */
  created: string
}

/** The CSV's columns as Table Schema fields: what each means, its type, and that empty is no data. */
export function describeCsvFields(): TableField[] {
  return [
    {
      name: 'country',
      type: 'string',
      title: 'Country',
      description: 'Member country.',
      constraints: { required: true },
    },
    {
      name: 'iso_code',
      type: 'string',
      title: 'ISO code',
      description: 'ISO 3166-1 alpha-2 code of the country.',
      constraints: { required: true, pattern: '[A-Z]{2}' },
    },
    {
      name: 'year',
      type: 'integer',
      title: 'Year',
      description: 'Calendar year.',
      constraints: { required: true },
    },
    ...YEAR_COLUMNS.map(({ name, type, title, description }) => ({
      name,
      type,
      title,
      description,
      constraints: { minimum: 0 },
    })),
  ]
}

/**
 * The data package of a dataset: the all-countries CSV as a tabular resource (with its Table
 * Schema; an empty cell is a missing value, never 0) and the same figures as JSON, the licence,
 * the publisher and the version (a release's number, or the date of the last change).
 */
export function buildDataPackage(dataset: Dataset, options: DataPackageOptions): DataPackage {
  const { settings, paths } = options
  const publisher = describePublisher(options)
  const modified = findDateModified(dataset.countries)
  return {
    profile: 'data-package',
    name: 'ev-country-profiles',
    id: options.id,
    title: dataset.version ? `${dataset.title}, release ${dataset.version}` : dataset.title,
    description: dataset.description,
    homepage: options.homepage,
    version: dataset.version ?? (modified ? modified.slice(0, 10) : '0'),
    created: options.created,
    keywords: ['electric vehicles', 'BEV', 'PHEV', 'HEV', 'registrations', 'market share'],
    licenses: [{ name: settings.licenceId, path: settings.licenceUrl, title: settings.licenceTitle }],
    sources: [{ title: publisher.name, path: publisher.url }],
    contributors: [{ title: publisher.name, role: 'publisher', path: publisher.url }],
    resources: [
      {
        name: 'ev-statistics',
        profile: 'tabular-data-resource',
        path: paths.csv,
        title: 'EV statistics of every member country (CSV)',
        description: 'One row per country and year, years ascending; an empty cell means no data.',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        schema: { fields: describeCsvFields(), missingValues: [''], primaryKey: ['iso_code', 'year'] },
      },
      {
        name: 'ev-statistics-json',
        profile: 'data-resource',
        path: paths.json,
        title: 'EV statistics of every member country (JSON)',
        description:
          'The same figures nested by country (`countries[].rows[]`, keys as the CSV columns); no data is null.',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
      },
    ],
  }
}

/** The descriptor as the file serves it. */
export const serialiseDataPackage = (descriptor: DataPackage) => `${JSON.stringify(descriptor, null, 2)}\n`
