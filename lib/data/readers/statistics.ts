import type { Payload } from 'payload'

import { TAGS } from '@/lib/platform/cache/tags'
import { getPayloadClient } from '@/lib/data/payload'
import type { YearFigures } from '@/lib/domain/statistics/types'

import { cachedReader } from './cached'
import { getCountrySummaries, readCountrySummaries, type CountrySummary } from './countries'
import { relatedId } from '../relations'

/** Statistics of one published country, years ascending, and when the newest of them was saved. */
export type CountryStatistics = { country: CountrySummary; rows: YearFigures[]; updatedAt: string | null }

type StatisticRow = YearFigures & { countryId: string; updatedAt: string }

/** Every statistic anonymous visitors may read (of published countries; of one year if given), years ascending. */
async function readStatisticRows(payload: Payload, year?: number): Promise<StatisticRow[]> {
  const { docs } = await payload.find({
    collection: 'ev-statistics',
    ...(year === undefined ? {} : { where: { year: { equals: year } } }),
    overrideAccess: false,
    depth: 0,
    pagination: false,
    sort: 'year',
    select: {
      country: true,
      year: true,
      bev: true,
      phev: true,
      hev: true,
      totalNewCars: true,
      updatedAt: true,
    },
  })
  return docs.map((doc) => ({
    countryId: String(relatedId(doc.country)),
    year: doc.year,
    bev: doc.bev ?? null,
    phev: doc.phev ?? null,
    hev: doc.hev ?? null,
    totalNewCars: doc.totalNewCars ?? null,
    updatedAt: doc.updatedAt,
  }))
}

const getStatisticRows = cachedReader('all-statistics', [TAGS.statistics], async () =>
  readStatisticRows(await getPayloadClient()),
)

// One year of every member: what a country's standing needs. At 200 members over 30 years the
// whole table takes about 300 ms to read (measured), and a country page would wait for it after
// every save of any statistic; one year is a thirtieth of that.
const getStatisticRowsOfYear = cachedReader('statistics-of-year', [TAGS.statistics], async (year: number) =>
  readStatisticRows(await getPayloadClient(), year),
)

/** Each country with its rows, in the order of `countries`. */
function groupByCountry(countries: CountrySummary[], rows: StatisticRow[]): CountryStatistics[] {
  const byCountry = new Map<string, { rows: YearFigures[]; updatedAt: string | null }>()
  for (const { countryId, updatedAt, ...row } of rows) {
    const entry = byCountry.get(countryId) ?? { rows: [], updatedAt: null }
    entry.rows.push(row)
    if (entry.updatedAt === null || updatedAt > entry.updatedAt) entry.updatedAt = updatedAt
    byCountry.set(countryId, entry)
  }
  return countries.map((country) => ({
    country,
    rows: byCountry.get(String(country.id))?.rows ?? [],
    updatedAt: byCountry.get(String(country.id))?.updatedAt ?? null,
  }))
}

/** Statistics of every published country, alphabetical by country, years ascending. */
export async function getAllCountryStatistics(): Promise<CountryStatistics[]> {
  const [countries, rows] = await Promise.all([getCountrySummaries(), getStatisticRows()])
  return groupByCountry(countries, rows)
}

/** Every published country with its row of `year` (or none), alphabetical by country. */
export async function getStatisticsOfYear(year: number): Promise<CountryStatistics[]> {
  const [countries, rows] = await Promise.all([getCountrySummaries(), getStatisticRowsOfYear(year)])
  return groupByCountry(countries, rows)
}

/**
 * The same, read from the database as an anonymous visitor, past every cache: what a data
 * release freezes must be what was committed, not a cached copy.
 */
export async function readAllCountryStatistics(payload: Payload): Promise<CountryStatistics[]> {
  const [countries, rows] = await Promise.all([readCountrySummaries(payload), readStatisticRows(payload)])
  return groupByCountry(countries, rows)
}
