import type { AxisScale } from '@/lib/render/charts/valueAxis'
import type { MeasureKey } from '@/lib/domain/statistics/measures'

/** What the compare page shows: the countries, the measure and the scale. */
export type CompareChoice = { countries: readonly string[]; measure: MeasureKey; scale: AxisScale }

/** The query of a comparison, leaving out defaults so each comparison has one address. */
function compareQuery({ countries, measure, scale }: CompareChoice): string {
  const query = new URLSearchParams()
  if (countries.length > 0) query.set('countries', countries.join(','))
  if (measure !== 'registrations') query.set('measure', measure)
  if (scale !== 'linear') query.set('scale', scale)
  // Commas in a slug list read better unescaped, and are as valid in a query.
  return query.toString().replace(/%2C/g, ',')
}

/** `/compare?countries=…&measure=…&scale=…`. */
export function compareHref(choice: CompareChoice): string {
  const query = compareQuery(choice)
  return query === '' ? '/compare' : `/compare?${query}`
}

/** The CSV of the same comparison. */
export function compareCsvHref(choice: CompareChoice): string {
  const query = compareQuery(choice)
  return query === '' ? '/compare/ev-statistics.csv' : `/compare/ev-statistics.csv?${query}`
}

/** A chart image of the same comparison: one part of its measure (BEV, …; the first unless named). */
export function compareChartHref(choice: CompareChoice, format: 'svg' | 'png', part?: string): string {
  const query = new URLSearchParams(compareQuery(choice))
  if (part) query.set('part', part)
  return `/compare/chart.${format}?${query.toString().replace(/%2C/g, ',')}`
}

/** The same comparison as an embed, for other sites to frame (`/embed/compare?…`). */
export function compareEmbedHref(choice: CompareChoice): string {
  const query = compareQuery(choice)
  return query === '' ? '/embed/compare' : `/embed/compare?${query}`
}
