import { describe, expect, it } from 'vitest'

import { citePage, formatCitation } from '@/lib/domain/open-data/citation'
import { buildDataPackage } from '@/lib/domain/open-data/dataPackage'
import type { Dataset } from '@/lib/domain/open-data/dataset'
import { buildDatasetJsonLd, serialiseJsonLd } from '@/lib/domain/open-data/jsonLd'
import { DEFAULT_OPEN_DATA_SETTINGS } from '@/lib/domain/open-data/settings'
import { buildStatisticsJson } from '@/lib/domain/open-data/statisticsJson'

const SITE = 'https://ev.example.org'
const context = { siteUrl: SITE, settings: DEFAULT_OPEN_DATA_SETTINGS }

const dataset: Dataset = {
  title: 'EV statistics',
  description: 'New registrations of electric passenger cars by country and year; empty means no data.',
  version: null,
  countries: [
    {
      name: 'Belgium',
      slug: 'belgium',
      isoCode: 'BE',
      updatedAt: '2026-11-30T10:00:00.000Z',
      rows: [
        { year: 2019, bev: 9_000, phev: null, hev: 0, totalNewCars: 550_000 },
        { year: 2018, bev: 3_800, phev: 5_000, hev: 12_000, totalNewCars: null },
      ],
    },
    { name: 'Canada', slug: 'canada', isoCode: 'CA', updatedAt: '2025-02-01T00:00:00.000Z', rows: [] },
  ],
}

// The Frictionless Table Schema's field types (https://specs.frictionlessdata.io/table-schema/).
const TABLE_SCHEMA_TYPES = [
  'string',
  'number',
  'integer',
  'boolean',
  'object',
  'array',
  'date',
  'datetime',
  'year',
]

describe('the data package', () => {
  const descriptor = buildDataPackage(dataset, {
    ...context,
    id: `${SITE}/data/datapackage.json`,
    homepage: `${SITE}/data`,
    paths: { csv: `${SITE}/ev-statistics.csv`, json: `${SITE}/ev-statistics.json` },
    created: '2026-11-30T12:00:00.000Z',
  })

  it('has the fields the Data Package specification requires and recommends', () => {
    expect(descriptor.name).toMatch(/^[a-z0-9._-]+$/)
    expect(descriptor.resources.length).toBeGreaterThan(0)
    for (const resource of descriptor.resources) {
      expect(resource.name).toMatch(/^[a-z0-9._-]+$/)
      expect(resource.path).toMatch(/^https:\/\/ev\.example\.org\//)
    }
    expect(descriptor.licenses).toEqual([
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'Creative Commons Attribution 4.0 International',
      },
    ])
    expect(descriptor.sources).toEqual([{ title: 'EV Country Profiles', path: SITE }])
  })

  it('versions the live data by the date of its last change', () => {
    expect(descriptor.version).toBe('2026-11-30')
    expect(buildDataPackage({ ...dataset, version: '2026.2' }, { ...descriptorOptions() }).version).toBe(
      '2026.2',
    )
  })

  it('describes the CSV with a Table Schema where an empty cell is a missing value', () => {
    const csv = descriptor.resources.find((resource) => resource.format === 'csv')
    expect(csv?.schema?.missingValues).toEqual([''])
    const fields = csv?.schema?.fields ?? []
    expect(fields.map((field) => field.name)).toEqual([
      'country',
      'iso_code',
      'year',
      'bev',
      'phev',
      'hev',
      'total_new_cars',
      'bev_share',
      'phev_share',
      'hev_share',
      'plugin_share',
    ])
    for (const field of fields) expect(TABLE_SCHEMA_TYPES).toContain(field.type)
    expect(fields.find((field) => field.name === 'bev')?.type).toBe('integer')
    expect(fields.find((field) => field.name === 'bev_share')?.type).toBe('number')
    expect(csv?.schema?.primaryKey).toEqual(['iso_code', 'year'])
  })
})

function descriptorOptions() {
  return {
    ...context,
    id: `${SITE}/data/releases/2026.2/datapackage.json`,
    homepage: `${SITE}/data/releases/2026.2`,
    paths: { csv: 'ev-statistics.csv', json: 'ev-statistics.json' },
    created: '2026-11-30T12:00:00.000Z',
  }
}

describe('the Dataset JSON-LD', () => {
  const markup = buildDatasetJsonLd(dataset, {
    ...context,
    url: `${SITE}/data`,
    distribution: [
      { contentUrl: `${SITE}/ev-statistics.csv`, encodingFormat: 'text/csv' },
      { contentUrl: `${SITE}/ev-statistics.json`, encodingFormat: 'application/json' },
    ],
  })

  it('has what schema.org and dataset search ask of a Dataset', () => {
    expect(markup['@context']).toBe('https://schema.org')
    expect(markup['@type']).toBe('Dataset')
    expect(markup.name).toBe('EV statistics')
    expect(markup.description.length).toBeGreaterThanOrEqual(50)
    expect(markup.license).toBe('https://creativecommons.org/licenses/by/4.0/')
    expect(markup.publisher).toEqual({ '@type': 'Organization', name: 'EV Country Profiles', url: SITE })
    expect(markup.creator).toEqual(markup.publisher)
    expect(markup.temporalCoverage).toBe('2018/2019')
    expect(markup.spatialCoverage.map((place) => place.name)).toEqual(['Belgium', 'Canada'])
    expect(markup.dateModified).toBe('2026-11-30T10:00:00.000Z')
    expect(markup.distribution).toEqual([
      { '@type': 'DataDownload', contentUrl: `${SITE}/ev-statistics.csv`, encodingFormat: 'text/csv' },
      {
        '@type': 'DataDownload',
        contentUrl: `${SITE}/ev-statistics.json`,
        encodingFormat: 'application/json',
      },
    ])
  })

  it('leaves out the coverage of a dataset without rows rather than inventing one', () => {
    const empty = buildDatasetJsonLd(
      { ...dataset, countries: [] },
      { ...context, url: SITE, distribution: [] },
    )
    expect(empty).not.toHaveProperty('temporalCoverage')
    expect(empty).not.toHaveProperty('dateModified')
  })

  it('cannot close its script element, whatever a name holds', () => {
    const hostile = { ...dataset, title: 'EV </script><script>alert(1)</script>' }
    const text = serialiseJsonLd(buildDatasetJsonLd(hostile, { ...context, url: SITE, distribution: [] }))
    expect(text).not.toContain('</script>')
    expect((JSON.parse(text) as { name: string }).name).toBe('EV </script><script>alert(1)</script>')
  })
})

type StatisticsJson = {
  license: { url: string }
  countries: { rows: Record<string, number | null>[] }[]
}

describe('the JSON download', () => {
  it('gives no data as null, never 0, and years ascending', () => {
    const parsed = JSON.parse(buildStatisticsJson(dataset, context)) as StatisticsJson
    expect(parsed.countries[0]?.rows.map((row) => row.year)).toEqual([2018, 2019])
    expect(parsed.countries[0]?.rows[1]).toMatchObject({ year: 2019, bev: 9000, phev: null, hev: 0 })
    expect(parsed.countries[0]?.rows[0]).toMatchObject({ total_new_cars: null, bev_share: null })
    expect(parsed.license.url).toBe('https://creativecommons.org/licenses/by/4.0/')
  })
})

describe('citations', () => {
  const citation = citePage({
    title: 'EV statistics: Belgium',
    path: '/countries/belgium',
    modified: '2026-03-01T00:00:00.000Z',
    ...context,
  })

  it('name publisher, year, title, address, access date and licence', () => {
    expect(formatCitation(citation, '30 November 2026')).toBe(
      'EV Country Profiles (2026). EV statistics: Belgium [Data set]. https://ev.example.org/countries/belgium (accessed 30 November 2026). Licence: CC BY 4.0.',
    )
  })

  it('name a release by its version and say n.d. without a date', () => {
    expect(formatCitation({ ...citation, year: null, version: '2026.1' }, null)).toBe(
      'EV Country Profiles (n.d.). EV statistics: Belgium, release 2026.1 [Data set]. https://ev.example.org/countries/belgium (accessed [day month year]). Licence: CC BY 4.0.',
    )
  })
})
