import type { AxisScale } from '@/lib/domain/statistics/axisScale'
import {
  formatIndexBases,
  type Measure,
  type MeasureLine,
  type MeasurePart,
} from '@/lib/domain/statistics/measures'
import type { ChartSeries } from '@/lib/domain/statistics/series'

import { describeChart, type ChartDescription } from './describeChart'

/** One chart of a comparison (a part of a measure, a line per country) in words. */
export function describeMeasureChart(
  measure: Measure,
  part: MeasurePart,
  lines: readonly MeasureLine[],
  scale: AxisScale,
): ChartDescription {
  return describeChart({
    series: lines,
    kind: measure.kind,
    scale,
    subject: { by: 'country', figure: part.label },
    notes: [formatIndexBases(measure, lines)],
  })
}

/** The home page's chart of plug-in registrations of the leading members, in words. */
export function describeHeadlineChart(series: readonly ChartSeries[]): ChartDescription {
  return describeChart({ series, kind: 'count', subject: { by: 'country', figure: 'plug-in (BEV + PHEV)' } })
}
