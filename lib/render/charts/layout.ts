import { formatTick, type ValueKind } from '@/lib/domain/format'

import { buildLinePath, roundCoordinate, splitIntoRuns, type PlacedPoint } from './paths'
import { createYearScale, pickLabelledYears } from './scale'
import { hasValue, listYearsWithData, type ChartSeries } from '@/lib/domain/statistics/series'
import { pickSeriesStyle, type SeriesStyle } from './series-style'
import type { AxisScale } from '@/lib/domain/statistics/axisScale'

import { buildValueAxis, isDrawable } from './valueAxis'

/** The plot area inside the SVG, in viewBox units. */
export type PlotArea = { left: number; right: number; top: number; bottom: number }

/** A series placed on the chart: its style, its runs of points and the path joining them. */
export type PlacedSeries = {
  key: string
  label: string
  style: SeriesStyle
  runs: PlacedPoint[][]
  d: string
}

/** Everything a line chart draws, computed once for the page's chart and the standalone image. */
export type LineChartLayout = {
  area: PlotArea
  ticks: number[]
  x: (year: number) => number
  y: (value: number) => number
  /** The years that get a label on the horizontal axis. */
  labelledYears: number[]
  series: PlacedSeries[]
  /** True when a log scale had to leave out values of 0. */
  hasLeftOut: boolean
}

// Rough advance of a digit at font-size 13, to leave room for "25,000,000" without clipping.
const CHAR_WIDTH = 7.6
const MIN_LABEL_SPACING = 44

/** Where the value axis' label goes: rotated beside the axis, or above it (narrow charts, images). */
export type AxisLabelPlace = 'side' | 'above'

/**
 * Places the series in a `width` × `height` chart: the value axis from 0 (or powers of ten on a
 * log scale), one slot per year, gaps left as gaps. Null when no series has a value to draw.
 */
export function layoutLineChart(
  series: readonly ChartSeries[],
  {
    valueKind,
    scale,
    width,
    height,
    labelPlace = 'side',
    tickCount = 5,
  }: {
    valueKind: ValueKind
    scale: AxisScale
    width: number
    height: number
    labelPlace?: AxisLabelPlace
    /** About how many steps the value axis gets: fewer on a narrow chart. */
    tickCount?: number
  },
): LineChartLayout | null {
  const values = series.flatMap((s) => s.points.filter(hasValue).map((p) => p.value))
  const drawable = series.map((s) => ({
    ...s,
    points: s.points.map((p) => (p.value !== null && isDrawable(p.value, scale) ? p : { ...p, value: null })),
  }))
  const years = listYearsWithData(drawable)
  if (years.length === 0) return null
  const top = labelPlace === 'side' ? 16 : 30
  const bottom = height - 56
  const probe = buildValueAxis(values, valueKind, scale, [0, 1], tickCount)
  const widestTick = Math.max(...probe.ticks.map((t) => formatTick(valueKind, t).length))
  const area: PlotArea = {
    left: roundCoordinate((labelPlace === 'side' ? 40 : 12) + widestTick * CHAR_WIDTH),
    right: width - 16,
    top,
    bottom,
  }
  const axis = buildValueAxis(values, valueKind, scale, [area.bottom, area.top], tickCount)
  const xScale = createYearScale(years, [area.left, area.right])
  const x = (year: number) => roundCoordinate(xScale.position(year))
  const y = (value: number) => roundCoordinate(axis.position(value))
  return {
    area,
    ticks: axis.ticks,
    x,
    y,
    labelledYears: pickLabelledYears(xScale.years, (area.right - area.left) / MIN_LABEL_SPACING),
    series: drawable.map((s, index) => {
      const runs = splitIntoRuns(s.points, x, y)
      return { key: s.key, label: s.label, style: pickSeriesStyle(index), runs, d: buildLinePath(runs) }
    }),
    hasLeftOut: values.some((value) => !isDrawable(value, scale)),
  }
}
