import type { Payload } from 'payload'

import type { YearFigures } from '@/lib/domain/statistics/types'

import { relatedId } from '../relations'

import { readCountrySummaries, type CountrySummary } from './countries'

/** Statistics of one published country, years ascending, and when the newest of them was saved. */
export type CountryStatistics = { country: CountrySummary; rows: YearFigures[]; updatedAt: string | null }

export type StatisticRow = YearFigures & { countryId: string; updatedAt: string }

/** Every statistic anonymous visitors may read (of published countries; of one year if given), years ascending. */
export async function readStatisticRows(payload: Payload, year?: number): Promise<StatisticRow[]> {
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

/** Each country with its rows, in the order of `countries`. */
export function groupByCountry(countries: CountrySummary[], rows: StatisticRow[]): CountryStatistics[] {
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

/**
 * The same, read from the database as an anonymous visitor, past every cache: what a data
 * release freezes must be what was committed, not a cached copy.
 */
export async function readAllCountryStatistics(payload: Payload): Promise<CountryStatistics[]> {
  const [countries, rows] = await Promise.all([readCountrySummaries(payload), readStatisticRows(payload)])
  return groupByCountry(countries, rows)
}
