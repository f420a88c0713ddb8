import { fillYearRange } from '@/lib/render/charts/scale'
import { hasValue, listYearsWithData } from '@/lib/domain/statistics/series'
import type { ChartSeries } from '@/lib/domain/statistics/series'

/** Joins labels as "A", "A and B" or "A, B and C". */
function joinLabels(labels: readonly string[]): string {
  if (labels.length <= 1) return labels.join('')
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1] ?? ''}`
}

/** Lists ascending years, shortening runs of three or more ("2011–2013, 2015, 2016"). */
export function formatYearList(years: readonly number[]): string {
  const parts: string[] = []
  let start = years[0]
  for (let i = 0; i < years.length; i++) {
    const year = years[i]
    if (year === undefined || start === undefined) continue
    const next = years[i + 1]
    if (next === year + 1) continue
    if (year - start >= 2) parts.push(`${start}–${year}`)
    else if (year === start) parts.push(`${year}`)
    else parts.push(`${start}, ${year}`)
    start = next
  }
  return parts.join(', ')
}

/**
 * Text equivalent of a chart: which series, which years, and which years have no data, e.g.
 * "BEV, PHEV and HEV new registrations of passenger cars from 2011 to 2018; no data for 2015, 2016."
 */
export function describeSeries(
  series: readonly ChartSeries[],
  subject = 'new registrations of passenger cars',
): string {
  const yearsWithData = listYearsWithData(series)
  const range = fillYearRange(yearsWithData)
  const first = range[0]
  const last = range[range.length - 1]
  if (first === undefined || last === undefined) return 'No statistics yet.'

  const withData = new Set(yearsWithData)
  const missingEverywhere = range.filter((year) => !withData.has(year))
  const clauses: string[] = []
  if (missingEverywhere.length > 0) clauses.push(`no data for ${formatYearList(missingEverywhere)}`)

  const shown: string[] = []
  for (const s of series) {
    const own = new Set(s.points.filter(hasValue).map((p) => p.year))
    if (own.size === 0) {
      clauses.push(`no ${s.label} data`)
      continue
    }
    shown.push(s.label)
    const missing = range.filter((year) => withData.has(year) && !own.has(year))
    if (missing.length > 0) clauses.push(`no ${s.label} data for ${formatYearList(missing)}`)
  }

  const period = first === last ? `in ${first}` : `from ${first} to ${last}`
  return [`${joinLabels(shown)} ${subject} ${period}`, ...clauses].join('; ') + '.'
}
