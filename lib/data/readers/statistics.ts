import { TAGS } from '@/lib/platform/cache/tags'
import { getPayloadClient } from '@/lib/data/payload'

import { groupByCountry, readStatisticRows, type CountryStatistics } from '../published/statistics'

import { cachedReader } from './cached'
import { getCountrySummaries } from './countries'

export type { CountryStatistics }

const getStatisticRows = cachedReader('all-statistics', [TAGS.statistics], async () =>
  readStatisticRows(await getPayloadClient()),
)

// One year of every member: what a country's standing needs. At 200 members over 30 years the
// whole table takes about 300 ms to read (measured), and a country page would wait for it after
// every save of any statistic; one year is a thirtieth of that.
const getStatisticRowsOfYear = cachedReader('statistics-of-year', [TAGS.statistics], async (year: number) =>
  readStatisticRows(await getPayloadClient(), year),
)

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
