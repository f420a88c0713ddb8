import { INDICATORS, type IndicatorKey } from './indicators'
import { rankInYear } from './ranking'
import type { YearFigures } from './types'

/** A country's place among the members with a value in the same year. */
export type Standing = { rank: number; of: number }

/** Where the country (by slug) stands on an indicator in `year`, or null when it has no value then. */
export function findStanding(
  members: readonly { country: { slug: string }; rows: readonly YearFigures[] }[],
  slug: string,
  year: number,
  indicator: IndicatorKey,
): Standing | null {
  const ranked = rankInYear(
    members.map(({ country, rows }) => ({ member: country.slug, rows })),
    year,
    INDICATORS[indicator],
  )
  const own = ranked.find((entry) => entry.member === slug)
  return own ? { rank: own.rank, of: ranked.length } : null
}
