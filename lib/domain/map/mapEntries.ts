import type { CountryStatistics } from '@/lib/data/readers/statistics'
import { INDICATORS, type IndicatorKey } from '@/lib/domain/statistics/indicators'
import { rankLatest } from '@/lib/domain/statistics/ranking'
import type { YearFigures } from '@/lib/domain/statistics/types'

import { buildColourScale, findBin, type ColourScale } from '@/lib/domain/map/colourBins'

/** A member on the map and in its table: its latest value of the indicator, or none. */
export type MapEntry = {
  name: string
  slug: string
  isoCode: string
  /** The value, its year, its place among members (1 = highest) and its colour step; null without data. */
  latest: { value: number; year: number; rank: number; bin: number } | null
}

/** What the map shows: members ranked by the indicator (members without data last) and the colours. */
export type MapModel = { indicator: IndicatorKey; entries: MapEntry[]; scale: ColourScale }

/** Ties between equally reported measures go to the first here: counts before shares. */
const DEFAULT_PREFERENCE: readonly IndicatorKey[] = [
  'plugin',
  'bev',
  'phev',
  'hev',
  'plugin_share',
  'bev_share',
]

/** The row of a member's latest year with any measure, or undefined when it has none. */
function latestReportedRow(rows: readonly YearFigures[]): YearFigures | undefined {
  let latest: YearFigures | undefined
  for (const row of rows) {
    const reports = DEFAULT_PREFERENCE.some((key) => INDICATORS[key].read(row) !== null)
    if (reports && (latest === undefined || row.year > latest.year)) latest = row
  }
  return latest
}

/**
 * The indicator shown when the address names none: the measure most members report for their
 * own latest year, so the map colours as many members as it can (ties: {@link DEFAULT_PREFERENCE}).
 */
export function chooseDefaultIndicator(members: readonly CountryStatistics[]): IndicatorKey {
  const latestRows = members.flatMap(({ rows }) => latestReportedRow(rows) ?? [])
  const reporting = (key: IndicatorKey) =>
    latestRows.filter((row) => INDICATORS[key].read(row) !== null).length
  let chosen: IndicatorKey = 'plugin'
  for (const key of DEFAULT_PREFERENCE) if (reporting(key) > reporting(chosen)) chosen = key
  return chosen
}

/** Each member at its own latest year with a value of the indicator, ranked, and coloured. */
export function buildMapModel(members: readonly CountryStatistics[], indicator: IndicatorKey): MapModel {
  const definition = INDICATORS[indicator]
  const ranked = rankLatest(
    members.map(({ country, rows }) => ({ member: country, rows })),
    definition,
  )
  const scale = buildColourScale(
    ranked.map(({ value }) => value),
    definition.kind,
  )
  const withData = ranked.map(({ member, value, year, rank }) => ({
    name: member.name,
    slug: member.slug,
    isoCode: member.isoCode,
    latest: { value, year, rank, bin: findBin(value, scale.breaks) },
  }))
  const rankedSlugs = new Set(ranked.map(({ member }) => member.slug))
  const withoutData = members
    .filter(({ country }) => !rankedSlugs.has(country.slug))
    .map(({ country }) => ({
      name: country.name,
      slug: country.slug,
      isoCode: country.isoCode,
      latest: null,
    }))
  return { indicator, entries: [...withData, ...withoutData], scale }
}
