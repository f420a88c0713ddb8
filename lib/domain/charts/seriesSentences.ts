import type { ValueKind } from '@/lib/domain/format'

import type { SeriesFacts } from './facts'
import { capitalise, formatYearList } from './lists'
import { sayChange, sayPoint, sayValue } from './phrases'

/**
 * What one series did, as one sentence: "BEV registrations in Spain rose every year from 147 in
 * 2010 to 18,624 in 2020." `name` is what the series is ("BEV registrations in Spain").
 */
export function describeTrend(facts: SeriesFacts, name: string, kind: ValueKind): string {
  const { known, largestChange, highest, isEveryYear } = facts
  const first = known[0]
  const last = known.at(-1)
  if (!first || !last) return `No figures are known for ${name}.`
  if (known.length === 1) return `${capitalise(name)}: ${sayPoint(kind, first)}, the only year known.`
  const span = `from ${sayPoint(kind, first)} to ${sayPoint(kind, last)}`
  if (known.every((p) => p.value === first.value)) {
    return `${capitalise(name)} stayed at ${sayValue(kind, first.value)} from ${first.year} to ${last.year}.`
  }
  const verb = last.value > first.value ? 'rose' : last.value < first.value ? 'fell' : 'went and came back'
  const trend = `${capitalise(name)} ${verb}${isEveryYear ? ' every year' : ''} ${span}`
  const peak =
    highest && highest.year !== first.year && highest.year !== last.year
      ? `, peaking at ${sayPoint(kind, highest)}`
      : ''
  const change =
    largestChange && known.length > 2 ? `; its largest change was ${sayChange(kind, largestChange)}` : ''
  return `${trend}${peak}${change}.`
}

/** "Figures for BEV are missing for 2015–2017.", or '' when none are. */
export function describeGaps(facts: SeriesFacts): string {
  return facts.missing.length === 0
    ? ''
    : `Figures for ${facts.label} are missing for ${formatYearList(facts.missing)}.`
}
