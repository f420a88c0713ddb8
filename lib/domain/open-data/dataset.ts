import type { YearFigures } from '@/lib/domain/statistics/types'

/** A published country's statistics as the downloads give them. */
export type DatasetCountry = {
  name: string
  slug: string
  isoCode: string
  rows: readonly YearFigures[]
  /** When its newest statistic was saved (ISO date-time), or null without statistics. */
  updatedAt: string | null
}

/** The site's data: every published country, or one, or a frozen release. */
export type Dataset = {
  /** As citations, feeds and data packages name it. */
  title: string
  description: string
  countries: readonly DatasetCountry[]
  /** The release it is frozen as ("2026.1"), or null for the live data. */
  version: string | null
}

/** The whole dataset's title and description. */
export const DATASET_TITLE = 'EV Country Profiles: electric-vehicle registrations by country and year'
export const DATASET_DESCRIPTION =
  'New registrations of battery electric (BEV), plug-in hybrid (PHEV) and hybrid (HEV) passenger cars per member country and year, with the total of new passenger cars and each powertrain’s share of it. An empty value means no data, never 0.'

/** The title of one country's statistics. */
export const countryDatasetTitle = (name: string) => `EV statistics: ${name}`

/** The description of one country's statistics. */
export const countryDatasetDescription = (name: string) =>
  `New registrations of battery electric (BEV), plug-in hybrid (PHEV) and hybrid (HEV) passenger cars in ${name} by year, with the total of new passenger cars and each powertrain’s share of it. An empty value means no data, never 0.`

/** The newest save among the countries' statistics, or null. */
export function findDateModified(countries: readonly Pick<DatasetCountry, 'updatedAt'>[]): string | null {
  let newest: string | null = null
  for (const { updatedAt } of countries) if (updatedAt && (!newest || updatedAt > newest)) newest = updatedAt
  return newest
}

/** The first and last year with any row, or null without rows. */
export function findYearRange(countries: readonly DatasetCountry[]): { first: number; last: number } | null {
  const years = countries.flatMap((country) => country.rows.map((row) => row.year))
  if (years.length === 0) return null
  return { first: Math.min(...years), last: Math.max(...years) }
}
