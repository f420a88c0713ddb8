import type { Payload } from 'payload'

import { toCsv } from '@/lib/domain/csv'
import { relatedId } from '@/lib/data/relations'
import type { Country, EvStatistic, User } from '@/payload-types'

import { STATISTICS_CSV_COLUMNS } from '@/lib/domain/statistics/csvColumns'

const COLLATOR = new Intl.Collator('en', { sensitivity: 'base' })

type Line = { country: Pick<Country, 'name' | 'isoCode'>; statistic: EvStatistic }

/**
 * The statistics the user may read as CSV that `importStatisticsCsv` reads back: the columns
 * of the import, by country name then year, empty cells for no data. With `countrySlug`,
 * one country only; null when there is no such country.
 */
export async function exportStatisticsCsv(
  payload: Payload,
  { user, countrySlug }: { user: User; countrySlug?: string },
): Promise<string | null> {
  const access = { overrideAccess: false, user, depth: 0, pagination: false } as const
  const countries = await payload.find({
    collection: 'countries',
    ...(countrySlug === undefined ? {} : { where: { slug: { equals: countrySlug } } }),
    select: { name: true, isoCode: true },
    ...access,
  })
  if (countrySlug !== undefined && countries.docs.length === 0) return null
  const byId = new Map(countries.docs.map((country) => [String(country.id), country]))
  const statistics = await payload.find({
    collection: 'ev-statistics',
    ...(countrySlug === undefined
      ? {}
      : { where: { country: { in: countries.docs.map((country) => country.id) } } }),
    ...access,
  })
  const lines = statistics.docs.flatMap((statistic): Line[] => {
    const country = byId.get(String(relatedId(statistic.country)))
    return country ? [{ country, statistic }] : []
  })
  lines.sort(
    (a, b) => COLLATOR.compare(a.country.name, b.country.name) || a.statistic.year - b.statistic.year,
  )
  return toCsv(
    STATISTICS_CSV_COLUMNS,
    lines.map(({ country, statistic: s }) => [
      country.isoCode,
      s.year,
      s.bev,
      s.phev,
      s.hev,
      s.totalNewCars,
      s.source,
      s.notes,
    ]),
  )
}
