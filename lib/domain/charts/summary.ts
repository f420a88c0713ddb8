import type { ValueKind } from '@/lib/domain/format'

import type { Change, KnownPoint, SeriesFacts } from './facts'
import { joinAnd, formatYearList } from './lists'
import { sayAmount, sayChange, sayValue } from './phrases'

type Latest = { label: string; point: KnownPoint }

/**
 * Many lines in a few sentences: who is highest and lowest in their latest year, how far apart
 * they are in the last year most of them share, the largest change, and who has gaps.
 */
export function summariseSeries(all: readonly SeriesFacts[], kind: ValueKind): string[] {
  const withData = all.filter((facts) => facts.known.length > 0)
  const latest: Latest[] = withData
    .flatMap((facts) => {
      const point = facts.known.at(-1)
      return point ? [{ label: facts.label, point }] : []
    })
    .sort((a, b) => b.point.value - a.point.value)
  const sentences = [describeRanking(latest, kind), describeSpread(withData, kind)]

  const changes = withData.flatMap((facts) =>
    facts.largestChange ? [{ label: facts.label, change: facts.largestChange }] : [],
  )
  const largest = changes.reduce<{ label: string; change: Change } | null>(
    (top, entry) => (top === null || Math.abs(entry.change.delta) > Math.abs(top.change.delta) ? entry : top),
    null,
  )
  if (largest)
    sentences.push(`The largest change was ${sayChange(kind, largest.change)} for ${largest.label}.`)

  const without = all.filter((facts) => facts.known.length === 0).map((facts) => facts.label)
  if (without.length > 0) sentences.push(`No figures are known for ${joinAnd(without)}.`)
  const gappy = withData.filter((facts) => facts.missing.length > 0)
  if (gappy.length > 3) {
    sentences.push(`${gappy.length} of them have missing years, which the table marks “no data”.`)
  } else if (gappy.length > 0) {
    const parts = gappy.map((facts) => `for ${facts.label} in ${formatYearList(facts.missing)}`)
    sentences.push(`Figures are missing ${joinAnd(parts)}.`)
  }
  return sentences.filter((sentence) => sentence !== '')
}

/** "Highest in 2020: Germany (194,163), France (110,912) and Norway (77,000); lowest: Poland (3,000)." */
function describeRanking(latest: readonly Latest[], kind: ValueKind): string {
  if (latest.length < 2) return ''
  const years = new Set(latest.map(({ point }) => point.year))
  const sameYear = years.size === 1 ? latest[0]?.point.year : undefined
  const say = ({ label, point }: Latest) =>
    `${label} (${sayValue(kind, point.value)}${sameYear === undefined ? ` in ${point.year}` : ''})`
  const leaders = latest.slice(0, Math.min(3, Math.floor(latest.length / 2)))
  const laggards = latest.slice(leaders.length).slice(latest.length >= 8 ? -2 : -1)
  const when = sameYear === undefined ? 'in the latest year each reports' : `in ${sameYear}`
  return `Highest ${when}: ${joinAnd(leaders.map(say))}; lowest: ${joinAnd(laggards.map(say))}.`
}

/** How far apart the highest and lowest are in the last year at least two lines have a value. */
function describeSpread(withData: readonly SeriesFacts[], kind: ValueKind): string {
  const byYear = new Map<number, number[]>()
  for (const facts of withData)
    for (const { year, value } of facts.known) byYear.set(year, [...(byYear.get(year) ?? []), value])
  const year = [...byYear.keys()].filter((y) => (byYear.get(y)?.length ?? 0) >= 2).sort((a, b) => b - a)[0]
  const values = year === undefined ? [] : (byYear.get(year) ?? [])
  if (year === undefined || values.length < 2) return ''
  const high = Math.max(...values)
  const low = Math.min(...values)
  if (high === low) return `In ${year} they were all at ${sayValue(kind, high)}.`
  if (kind !== 'share' && low > 0 && high / low >= 2) {
    return `In ${year} the highest was ${formatFactor(high / low)} times the lowest.`
  }
  return `In ${year} the highest was ${sayAmount(kind, high - low)} above the lowest.`
}

const FACTOR = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 })
const formatFactor = (factor: number) => FACTOR.format(factor >= 10 ? Math.round(factor) : factor)
