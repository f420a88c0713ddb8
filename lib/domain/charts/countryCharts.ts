import { buildStatisticsSeries, type ChartSeries } from '@/lib/domain/statistics/series'
import { computeYearShares, hasAnyShare } from '@/lib/domain/statistics/share'
import type { YearFigures } from '@/lib/domain/statistics/types'

import { describeChart, type ChartDescription } from './describeChart'

/** A country as the words about its charts need it: its name and the editor's own sentence. */
export type DescribedCountry = { name: string; chartDescription?: string | null }

const NO_SHARE = 'No share of new cars is known: no year has a total of new cars.'

/** The country page's "EV adoption by year" chart (also its embed and chart image) in words. */
export function describeAdoptionChart(
  country: DescribedCountry,
  rows: readonly YearFigures[],
): ChartDescription {
  return describeChart({
    series: buildStatisticsSeries(rows),
    kind: 'count',
    subject: { by: 'powertrain', place: country.name },
    lead: country.chartDescription,
    notes: rows.length > 0 && !hasAnyShare(rows) ? [NO_SHARE] : [],
  })
}

// In the order (and so the colours and markers) of the registrations chart, plug-in last.
const SHARE_LINES = [
  { key: 'bev', label: 'BEV' },
  { key: 'phev', label: 'PHEV' },
  { key: 'hev', label: 'HEV' },
  { key: 'plugin', label: 'Plug-in (BEV + PHEV)' },
] as const

/** The lines of the share chart: each powertrain's share of new cars, and plug-ins together. */
export function buildShareSeries(rows: readonly YearFigures[]): ChartSeries[] {
  const shares = [...rows].sort((a, b) => a.year - b.year).map(computeYearShares)
  return SHARE_LINES.map(({ key, label }) => ({
    key,
    label,
    points: shares.map((row) => ({ year: row.year, value: row[key] })),
  }))
}

/** The country page's "Share of new passenger cars" chart in words. */
export function describeShareChart(
  country: DescribedCountry,
  rows: readonly YearFigures[],
): ChartDescription {
  return describeChart({
    series: buildShareSeries(rows),
    kind: 'share',
    subject: { by: 'powertrain', place: country.name },
    lead: country.chartDescription,
  })
}
