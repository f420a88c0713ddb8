import type { ValueKind } from '@/lib/domain/format'

import { computeShare, countPlugIns } from './share'
import type { YearFigures } from './types'

/** A figure a country has per year, as the map, rankings and summaries show it. */
export type Indicator = {
  /** What it is, as a heading or legend says it. */
  label: string
  /** The unit a legend prints beside the values. */
  unit: string
  kind: ValueKind
  read: (row: YearFigures) => number | null
}

/** The indicators the map can show (`?map=`), in the order the form offers them. */
export const INDICATORS = {
  bev: { label: 'BEV registrations', unit: 'new cars', kind: 'count', read: (row) => row.bev },
  phev: { label: 'PHEV registrations', unit: 'new cars', kind: 'count', read: (row) => row.phev },
  hev: { label: 'HEV registrations', unit: 'new cars', kind: 'count', read: (row) => row.hev },
  plugin: {
    label: 'Plug-in registrations (BEV + PHEV)',
    unit: 'new cars',
    kind: 'count',
    read: countPlugIns,
  },
  bev_share: {
    label: 'BEV share of new cars',
    unit: '% of new passenger cars',
    kind: 'share',
    read: (row) => computeShare(row.bev, row.totalNewCars),
  },
  plugin_share: {
    label: 'Plug-in share of new cars (BEV + PHEV)',
    unit: '% of new passenger cars',
    kind: 'share',
    read: (row) => computeShare(countPlugIns(row), row.totalNewCars),
  },
} as const satisfies Record<string, Indicator>

export type IndicatorKey = keyof typeof INDICATORS

/** The indicators' keys, in the order the map's form offers them. */
export const INDICATOR_KEYS = Object.keys(INDICATORS) as IndicatorKey[]

/** True for the key of an indicator. */
export function isIndicatorKey(value: string): value is IndicatorKey {
  return Object.hasOwn(INDICATORS, value)
}

/** The latest year in which the indicator has a value, with that value, or null. */
export function findLatestValue(
  rows: readonly YearFigures[],
  read: Indicator['read'],
): { year: number; value: number } | null {
  let latest: { year: number; value: number } | null = null
  for (const row of rows) {
    const value = read(row)
    if (value !== null && Number.isFinite(value) && (latest === null || row.year > latest.year)) {
      latest = { year: row.year, value }
    }
  }
  return latest
}
