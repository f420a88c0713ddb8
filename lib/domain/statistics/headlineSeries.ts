import type { ChartSeries } from '@/lib/domain/statistics/series'

import { rankLatest } from './ranking'
import { countPlugIns } from './share'
import type { YearFigures } from './types'

type Member = { name: string; slug: string; rows: readonly YearFigures[] }

/** How many countries the home page's chart shows by name; the rest are summed as "Other members". */
export const HEADLINE_TOP = 5

/**
 * Plug-in registrations (BEV + PHEV) per year of the countries with the most in their latest
 * year, and the sum of every other member reporting that year. A country without both BEV and
 * PHEV for a year adds nothing to that year's sum.
 */
export function buildHeadlineSeries(members: readonly Member[], top = HEADLINE_TOP): ChartSeries[] {
  const leaders = rankLatest(
    members.map((member) => ({ member, rows: member.rows })),
    { read: countPlugIns },
  )
    .slice(0, top)
    .map(({ member }) => member)
  const others = members.filter((member) => !leaders.includes(member))
  const years = [
    ...new Set(
      members.flatMap(({ rows }) => rows.filter((row) => countPlugIns(row) !== null).map((row) => row.year)),
    ),
  ].sort((a, b) => a - b)
  const pluginsIn = (member: Member, year: number) => {
    const row = member.rows.find((candidate) => candidate.year === year)
    return row ? countPlugIns(row) : null
  }
  const series: ChartSeries[] = leaders.map((member) => ({
    key: member.slug,
    label: member.name,
    points: years.map((year) => ({ year, value: pluginsIn(member, year) })),
  }))
  if (others.length > 0) {
    series.push({
      key: 'other-members',
      label: `Other members (${others.length})`,
      points: years.map((year) => {
        const values = others.map((member) => pluginsIn(member, year)).filter((value) => value !== null)
        return { year, value: values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) }
      }),
    })
  }
  return series
}
