import { TAGS } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'
import type { YearFigures } from '@/lib/statistics/types'

import { cachedReader } from './cached'
import { getCountrySummaries, type CountrySummary } from './countries'
import { relatedId } from './relations'

/** Statistics of one published country, years ascending. */
export type CountryStatistics = { country: CountrySummary; rows: YearFigures[] }

const readAllStatistics = cachedReader('all-statistics', [TAGS.statistics], async () => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'ev-statistics',
    overrideAccess: false,
    depth: 0,
    pagination: false,
    sort: 'year',
    select: { country: true, year: true, bev: true, phev: true, hev: true, totalNewCars: true },
  })
  return docs.map((doc) => ({
    countryId: String(relatedId(doc.country)),
    year: doc.year,
    bev: doc.bev ?? null,
    phev: doc.phev ?? null,
    hev: doc.hev ?? null,
    totalNewCars: doc.totalNewCars ?? null,
  }))
})

/** Statistics of every published country, alphabetical by country, years ascending. */
export async function getAllCountryStatistics(): Promise<CountryStatistics[]> {
  const [countries, rows] = await Promise.all([getCountrySummaries(), readAllStatistics()])
  const byCountry = new Map<string, YearFigures[]>()
  for (const { countryId, ...row } of rows) {
    const list = byCountry.get(countryId) ?? []
    list.push(row)
    byCountry.set(countryId, list)
  }
  return countries.map((country) => ({ country, rows: byCountry.get(String(country.id)) ?? [] }))
}
