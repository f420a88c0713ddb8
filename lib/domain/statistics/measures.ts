import type { ChartSeries } from '@/lib/domain/statistics/series'
import type { ValueKind } from '@/lib/domain/format'

import { indexSeries } from './growthIndex'
import { computeShare, countPlugIns } from './share'
import type { YearFigures } from './types'

/** One line per country on the compare page: a powertrain's figure, or a share. */
export type MeasurePart = {
  key: string
  /** Short label ("BEV"), for captions and CSV column names. */
  label: string
  /** Section heading. */
  heading: string
  read: (row: YearFigures) => number | null
}

/** How the compare page sets countries side by side (`?measure=`). */
export type Measure = {
  key: MeasureKey
  /** As the page title says it: "Compare countries by …". */
  title: string
  kind: ValueKind
  yLabel: string
  /** Suffix of the CSV columns (`bev_share`); none for registrations (`bev`). */
  columnSuffix: string
  parts: MeasurePart[]
  /** Whether a log scale means anything: shares are compared on a linear scale. */
  allowsLog: boolean
}

export type MeasureKey = 'registrations' | 'share' | 'index'

const share = (read: (row: YearFigures) => number | null) => (row: YearFigures) =>
  computeShare(read(row), row.totalNewCars)

const POWERTRAIN_PARTS: MeasurePart[] = [
  { key: 'bev', label: 'BEV', heading: 'Battery electric vehicles (BEV)', read: (row) => row.bev },
  { key: 'phev', label: 'PHEV', heading: 'Plug-in hybrid electric vehicles (PHEV)', read: (row) => row.phev },
  { key: 'hev', label: 'HEV', heading: 'Hybrid electric vehicles (HEV)', read: (row) => row.hev },
]

/** The measures, the default first. */
export const MEASURES: Record<MeasureKey, Measure> = {
  registrations: {
    key: 'registrations',
    title: 'new registrations',
    kind: 'count',
    yLabel: 'New registrations',
    columnSuffix: '',
    parts: POWERTRAIN_PARTS,
    allowsLog: true,
  },
  share: {
    key: 'share',
    title: 'share of new cars',
    kind: 'share',
    yLabel: 'Share of new passenger cars',
    columnSuffix: '_share',
    parts: [
      { key: 'plugin', label: 'Plug-in', heading: 'Plug-in share (BEV + PHEV)', read: share(countPlugIns) },
      ...POWERTRAIN_PARTS.map((part) => ({
        ...part,
        heading: `${part.label} share`,
        read: share(part.read),
      })),
    ],
    allowsLog: false,
  },
  index: {
    key: 'index',
    title: 'growth (first year = 100)',
    kind: 'index',
    yLabel: 'Index, first year = 100',
    columnSuffix: '_index',
    parts: POWERTRAIN_PARTS,
    allowsLog: true,
  },
}

export const MEASURE_KEYS = Object.keys(MEASURES) as MeasureKey[]

/** True for the key of a measure. */
export function isMeasureKey(value: string): value is MeasureKey {
  return Object.hasOwn(MEASURES, value)
}

/** What a chart of this part shows, as its title, description and caption say it. */
export function describeMeasurePart(measure: Measure, part: MeasurePart): string {
  if (measure.kind === 'share') return `${part.label} share of new passenger cars`
  if (measure.kind === 'index')
    return `${part.label} new registrations as an index (first year with data = 100)`
  return `${part.label} new registrations of passenger cars`
}

/** A country's line for one part of a measure, and the year that is 100 for an index. */
export type MeasureLine = ChartSeries & { baseYear: number | null }

/** One line per country: the part's values, or their growth index. */
export function buildMeasureLines(
  measure: Measure,
  part: MeasurePart,
  countries: readonly { key: string; label: string; rows: readonly YearFigures[] }[],
): MeasureLine[] {
  return countries.map(({ key, label, rows }) => {
    const points = [...rows]
      .sort((a, b) => a.year - b.year)
      .map((row) => ({ year: row.year, value: part.read(row) }))
    if (measure.kind !== 'index') return { key, label, points, baseYear: null }
    const indexed = indexSeries(points)
    return { key, label, points: indexed.points, baseYear: indexed.baseYear }
  })
}

/** "Index base (= 100): Belgium 2011, Germany 2012." for an index, else ''. */
export function formatIndexBases(measure: Measure, lines: readonly MeasureLine[]): string {
  const bases = lines.filter((line) => line.baseYear !== null).map((line) => `${line.label} ${line.baseYear}`)
  return measure.kind === 'index' && bases.length > 0 ? `Index base (= 100): ${bases.join(', ')}.` : ''
}
