import { useId } from 'react'

import { ChartLegend } from '@/components/charts/ChartLegend'
import { ChartMarker, MARKER_SIZE, markerPaint } from '@/components/charts/ChartMarker'
import { XAxis, YAxis } from '@/components/charts/ChartAxes'
import type { PlotArea } from '@/components/charts/ChartAxes'
import { ScrollRegion } from '@/components/ScrollRegion'
import { buildMarkersPath } from '@/lib/charts/markers'
import { buildLinePath, roundCoordinate, splitIntoRuns } from '@/lib/charts/paths'
import { createLinearScale, createYearScale, niceTicks, pickLabelledYears } from '@/lib/charts/scale'
import { hasValue, listYearsWithData } from '@/lib/charts/series'
import type { ChartSeries } from '@/lib/charts/series'
import { pickSeriesStyle } from '@/lib/charts/series-style'
import { formatNumber } from '@/lib/format'

export { describeSeries } from '@/lib/charts/describe'

/** Props of {@link LineChart}. */
export type LineChartProps = {
  title: string
  /** Text equivalent of the chart; {@link describeSeries} writes one. */
  description: string
  series: ChartSeries[]
  yLabel?: string
  /** Prefix for the title and description ids; defaults to a `useId()` value. */
  id?: string
}

const WIDTH = 640
const HEIGHT = 360
// Rough advance of a digit at font-size 13, to leave room for "25,000,000" without clipping.
const CHAR_WIDTH = 7.6
const MIN_LABEL_SPACING = 44
// Up to this many points, each marker has its own tooltip. Past it (five countries over 30
// years are 150 points) the tooltips would outweigh the rest of the page, so each series'
// markers are drawn as one path; the table that goes with every chart has each value.
const MAX_POINTS_WITH_TOOLTIPS = 60

/**
 * Accessible SVG line chart rendered on the server: gaps stay gaps, and colour, marker shape
 * and dash pattern all tell the series apart.
 */
export function LineChart({ title, description, series, yLabel = 'New registrations', id }: LineChartProps) {
  const reactId = useId()
  const titleId = `${id ?? reactId}-title`
  const descId = `${id ?? reactId}-desc`

  const years = listYearsWithData(series)
  if (years.length === 0) return <p className="text-slate-600">No statistics yet.</p>

  const max = Math.max(...series.flatMap((s) => s.points.filter(hasValue).map((p) => p.value)))
  const ticks = niceTicks(max, 5, 1)
  const widestTick = Math.max(...ticks.map((t) => formatNumber(t).length))
  const area: PlotArea = {
    left: roundCoordinate(40 + widestTick * CHAR_WIDTH),
    right: WIDTH - 16,
    top: 16,
    bottom: HEIGHT - 56,
  }

  const yScale = createLinearScale([0, ticks[ticks.length - 1] ?? 1], [area.bottom, area.top])
  const xScale = createYearScale(years, [area.left, area.right])
  const x = (year: number) => roundCoordinate(xScale.position(year))
  const y = (value: number) => roundCoordinate(yScale(value))
  const labelled = pickLabelledYears(xScale.years, (area.right - area.left) / MIN_LABEL_SPACING)
  const drawn = series.map((s, index) => ({
    ...s,
    style: pickSeriesStyle(index),
    runs: splitIntoRuns(s.points, x, y),
  }))
  const lines = drawn.map(({ key, style, runs }) => ({ key, style, d: buildLinePath(runs) }))
  const pointCount = drawn.reduce((sum, { runs }) => sum + runs.flat().length, 0)
  const hasTooltips = pointCount <= MAX_POINTS_WITH_TOOLTIPS

  return (
    <div className="space-y-3">
      {/* Below ~36rem the labels would shrink past reading size, so phones scroll the chart instead. */}
      <p aria-hidden="true" className="text-sm text-slate-600 min-[38rem]:hidden">
        Scroll the chart sideways to see every year.
      </p>
      <ScrollRegion label={title} className="max-w-3xl">
        <svg
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          width="100%"
          className="block h-auto w-full min-w-[36rem]"
          fontSize={13}
        >
          <title id={titleId}>{title}</title>
          <desc id={descId}>{description}</desc>
          <YAxis area={area} ticks={ticks} y={y} label={yLabel} />
          <XAxis area={area} years={labelled} x={x} height={HEIGHT} />
          {lines
            .filter(({ d }) => d !== '')
            .map(({ key, style, d }) => (
              <path
                key={key}
                d={d}
                fill="none"
                stroke={style.color}
                strokeWidth={2.5}
                strokeDasharray={style.dash}
                strokeLinejoin="round"
                strokeLinecap="round"
              />
            ))}
          {drawn.map(({ key, label, style, runs }) =>
            hasTooltips ? (
              <g key={key} {...markerPaint(style.marker, style.color)}>
                {runs.flat().map((p) => (
                  <ChartMarker key={p.year} shape={style.marker} x={p.x} y={p.y}>
                    <title>{`${label} ${p.year}: ${formatNumber(p.value)}`}</title>
                  </ChartMarker>
                ))}
              </g>
            ) : (
              <path
                key={key}
                d={buildMarkersPath(style.marker, runs.flat(), MARKER_SIZE)}
                {...markerPaint(style.marker, style.color)}
              />
            ),
          )}
        </svg>
      </ScrollRegion>
      <ChartLegend
        items={drawn.map(({ key, label, style, runs }) => ({
          key,
          label: runs.length === 0 ? `${label} (no data)` : label,
          style,
        }))}
      />
    </div>
  )
}
