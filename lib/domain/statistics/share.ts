import type { YearFigures } from './types'

/** The shares a year can have: each powertrain's, and plug-in (BEV + PHEV). */
export const SHARE_KEYS = ['bev', 'phev', 'hev', 'plugin'] as const
export type ShareKey = (typeof SHARE_KEYS)[number]

/** Shares of new passenger cars as fractions (0.25 = 25%); `null` where there is no share. */
export type YearShares = { year: number; totalNewCars: number | null } & Record<ShareKey, number | null>

/** Decimal places of a share in the CSV files (0.0068 = 0.68%). */
export const SHARE_DECIMALS = 4

/**
 * `part / total`, or null when either is missing or the total is not positive: a share is never
 * computed from partial figures, and a total of 0 has no share.
 */
export function computeShare(part: number | null, total: number | null): number | null {
  if (part === null || total === null || !Number.isFinite(part) || !Number.isFinite(total)) return null
  return total > 0 ? part / total : null
}

/** Plug-in registrations (BEV + PHEV), or null unless both are known. */
export function countPlugIns(row: Pick<YearFigures, 'bev' | 'phev'>): number | null {
  return row.bev === null || row.phev === null ? null : row.bev + row.phev
}

/** Every share of one year, from the unrounded figures. */
export function computeYearShares(row: YearFigures): YearShares {
  const total = row.totalNewCars
  return {
    year: row.year,
    totalNewCars: total,
    bev: computeShare(row.bev, total),
    phev: computeShare(row.phev, total),
    hev: computeShare(row.hev, total),
    plugin: computeShare(countPlugIns(row), total),
  }
}

/** A share rounded for the CSV files, half away from zero (shares are never negative). */
export function roundShare(share: number | null, decimals = SHARE_DECIMALS): number | null {
  if (share === null || !Number.isFinite(share)) return null
  const factor = 10 ** decimals
  // toPrecision first, so 0.00675 stored as 0.0067499999… still rounds up.
  return Math.round(Number((share * factor).toPrecision(12))) / factor
}

/** True when at least one year has a share. */
export function hasAnyShare(rows: readonly YearFigures[]): boolean {
  return rows.some((row) => {
    const shares = computeYearShares(row)
    return SHARE_KEYS.some((key) => shares[key] !== null)
  })
}
