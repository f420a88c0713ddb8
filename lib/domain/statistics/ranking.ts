import { findLatestValue, type Indicator } from './indicators'
import type { YearFigures } from './types'

/** A member in a ranking: its value of the indicator in `year`, and its place (1 = highest). */
export type RankedMember<Member> = { member: Member; year: number; value: number; rank: number }

/**
 * Members by value, highest first; equal values share a place and the next place is skipped
 * (1, 2, 2, 4), so a rank never depends on alphabetical order.
 */
export function rankByValue<Member>(
  entries: readonly Omit<RankedMember<Member>, 'rank'>[],
): RankedMember<Member>[] {
  const sorted = [...entries].sort((a, b) => b.value - a.value)
  return sorted.map((entry, index) => {
    const firstEqual = sorted.findIndex((other) => other.value === entry.value)
    return { ...entry, rank: (firstEqual === -1 ? index : firstEqual) + 1 }
  })
}

/** Each member at its own latest year with a value; members without one are left out. */
export function rankLatest<Member>(
  members: readonly { member: Member; rows: readonly YearFigures[] }[],
  indicator: Pick<Indicator, 'read'>,
): RankedMember<Member>[] {
  return rankByValue(
    members.flatMap(({ member, rows }) => {
      const latest = findLatestValue(rows, indicator.read)
      return latest ? [{ member, ...latest }] : []
    }),
  )
}

/** The members with a value in one year, ranked: how a country stands against the others that year. */
export function rankInYear<Member>(
  members: readonly { member: Member; rows: readonly YearFigures[] }[],
  year: number,
  indicator: Pick<Indicator, 'read'>,
): RankedMember<Member>[] {
  return rankByValue(
    members.flatMap(({ member, rows }) => {
      const row = rows.find((candidate) => candidate.year === year)
      const value = row ? indicator.read(row) : null
      return value === null || !Number.isFinite(value) ? [] : [{ member, year, value }]
    }),
  )
}
