import { formatTick, type ValueKind } from '@/lib/domain/format'

import type { LineChartLayout } from './layout'
import { buildMarkerPath, buildMarkersPath, MARKER_SIZE, markerPaint } from './markers'
import type { SeriesStyle } from './series-style'
import { element } from './xml'

// The page's chart colours (components/charts/ChartAxes.tsx), so an image looks like the page.
export const TEXT_COLOR = '#334155'
const GRID_COLOR = '#e2e8f0'
const AXIS_COLOR = '#64748b'

/** The value axis: gridlines and tick labels, as markup (its label is placed by the caller). */
export function renderValueAxis(layout: LineChartLayout, valueKind: ValueKind): string {
  const { area, ticks, y } = layout
  return element(
    'g',
    { fill: TEXT_COLOR },
    ticks.map((tick) =>
      element('g', {}, [
        element('line', { x1: area.left, x2: area.right, y1: y(tick), y2: y(tick), stroke: GRID_COLOR }),
        element(
          'text',
          { x: area.left - 8, y: y(tick), 'text-anchor': 'end', 'dominant-baseline': 'middle' },
          { text: formatTick(valueKind, tick) },
        ),
      ]),
    ),
  )
}

/** The year axis: a baseline, a tick and label per labelled year, and "Year" below. */
export function renderYearAxis(layout: LineChartLayout, height: number): string {
  const { area, labelledYears, x } = layout
  return element('g', { fill: TEXT_COLOR }, [
    element('line', { x1: area.left, x2: area.right, y1: area.bottom, y2: area.bottom, stroke: AXIS_COLOR }),
    ...labelledYears.map((year) =>
      element('g', {}, [
        element('line', {
          x1: x(year),
          x2: x(year),
          y1: area.bottom,
          y2: area.bottom + 5,
          stroke: AXIS_COLOR,
        }),
        element('text', { x: x(year), y: area.bottom + 20, 'text-anchor': 'middle' }, { text: String(year) }),
      ]),
    ),
    element(
      'text',
      { x: (area.left + area.right) / 2, y: height - 8, 'text-anchor': 'middle' },
      { text: 'Year' },
    ),
  ])
}

/** Each series' line, then its markers as one path (an image has no tooltips to keep apart). */
export function renderSeries(layout: LineChartLayout): string {
  const lines = layout.series
    .filter(({ d }) => d !== '')
    .map(({ style, d }) =>
      element('path', {
        d,
        fill: 'none',
        stroke: style.color,
        'stroke-width': 2.5,
        'stroke-dasharray': style.dash,
        'stroke-linejoin': 'round',
        'stroke-linecap': 'round',
      }),
    )
  const markers = layout.series
    .filter(({ runs }) => runs.flat().length > 0)
    .map(({ style, runs }) => {
      const paint = markerPaint(style.marker, style.color)
      return element('path', {
        d: buildMarkersPath(style.marker, runs.flat(), MARKER_SIZE),
        fill: paint.fill,
        stroke: paint.stroke,
        'stroke-width': paint.strokeWidth,
      })
    })
  return [...lines, ...markers].join('')
}

/** A legend swatch (the series' dash pattern and marker) with its top-left corner at (x, y). */
export function renderSwatch(style: SeriesStyle, x: number, y: number): string {
  const paint = markerPaint(style.marker, style.color)
  return [
    element('line', {
      x1: x + 2,
      y1: y + 7,
      x2: x + 34,
      y2: y + 7,
      stroke: style.color,
      'stroke-width': 2.5,
      'stroke-dasharray': style.dash,
    }),
    element('path', {
      d: buildMarkerPath(style.marker, x + 18, y + 7, MARKER_SIZE),
      fill: paint.fill,
      stroke: paint.stroke,
      'stroke-width': paint.strokeWidth,
    }),
  ].join('')
}
