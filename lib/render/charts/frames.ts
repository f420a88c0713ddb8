import type { ValueKind } from '@/lib/domain/format'
import { labelPoint } from '@/lib/domain/charts/pointLabel'

import type { AxisLabelPlace, LineChartLayout } from './layout'

/** One drawing of a chart: its size in viewBox units, where its axis label goes, how many ticks. */
export type ChartFrame = {
  key: 'wide' | 'narrow'
  width: number
  height: number
  labelPlace: AxisLabelPlace
  tickCount: number
}

/**
 * The page's two drawings of every chart, chosen by the width of its container (CSS): 13-unit
 * text in a 640-unit drawing would shrink to 7 px on a phone, so phones get a drawing of their
 * own, 340 units wide, whose text stays at 12 px or more on a 360 px screen.
 */
export const CHART_FRAMES: readonly ChartFrame[] = [
  { key: 'wide', width: 640, height: 360, labelPlace: 'side', tickCount: 5 },
  { key: 'narrow', width: 340, height: 300, labelPlace: 'above', tickCount: 4 },
]

/** A point the keyboard can step to: its year, what it says, and where it is in each frame. */
export type NavPoint = { year: number; label: string; at: Array<[x: number, y: number]> }

/** A line's points, in year order, with the line's name. */
export type NavLine = { label: string; points: NavPoint[] }

/**
 * The points of the chart for keyboard and touch, placed in every frame. The layouts place the
 * same drawable points, so a line's n-th point is the same year in each.
 */
export function listNavLines(layouts: readonly LineChartLayout[], kind: ValueKind): NavLine[] {
  const [first] = layouts
  if (!first) return []
  return first.series.map((line, index) => ({
    label: line.label,
    points: line.runs.flat().map((point, n) => ({
      year: point.year,
      label: labelPoint(kind, line.label, point.year, point.value),
      at: layouts.map((layout): [number, number] => {
        const placed = layout.series[index]?.runs.flat()[n]
        return placed ? [placed.x, placed.y] : [point.x, point.y]
      }),
    })),
  }))
}
