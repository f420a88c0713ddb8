import { useId } from 'react'

import { ChartLegend } from '@/components/charts/ChartLegend'
import { ChartMarker, MARKER_SIZE, markerPaint } from '@/components/charts/ChartMarker'
import { XAxis, YAxis } from '@/components/charts/ChartAxes'
import { ScrollRegion } from '@/components/ScrollRegion'
import { layoutLineChart } from '@/lib/render/charts/layout'
import { buildMarkersPath } from '@/lib/render/charts/markers'
import { hasValue } from '@/lib/domain/statistics/series'
import type { ChartSeries } from '@/lib/domain/statistics/series'
import type { AxisScale } from '@/lib/domain/statistics/axisScale'
import { formatTick, formatValue, type ValueKind } from '@/lib/domain/format'

export { describeSeries } from '@/lib/render/charts/describe'

/** Props of {@link LineChart}. */
export type LineChartProps = {
  title: string
  /** Text equivalent of the chart; {@link describeSeries} writes one. */
  description: string
  series: ChartSeries[]
  yLabel?: string
  /** What the values are: registrations (default), shares of new cars or a growth index. */
  valueKind?: ValueKind
  /** A log scale leaves out values of 0, which it cannot place, and says so. */
  scale?: AxisScale
  /** Prefix for the title and description ids; defaults to a `useId()` value. */
  id?: string
}

const WIDTH = 640
const HEIGHT = 360
// Up to this many points, each marker has its own tooltip. Past it (five countries over 30
// years are 150 points) the tooltips would outweigh the rest of the page, so each series'
// markers are drawn as one path; the table that goes with every chart has each value.
const MAX_POINTS_WITH_TOOLTIPS = 60
const LEFT_OUT_ZEROS =
  'Values of 0 cannot be shown on a logarithmic scale and are left out; the table lists them.'

/**
 * Accessible SVG line chart rendered on the server: gaps stay gaps, and colour, marker shape
 * and dash pattern all tell the series apart.
 */
export function LineChart({
  title,
  description,
  series,
  yLabel = 'New registrations',
  valueKind = 'count',
  scale = 'linear',
  id,
}: LineChartProps) {
  const reactId = useId()
  const titleId = `${id ?? reactId}-title`
  const descId = `${id ?? reactId}-desc`

  const layout = layoutLineChart(series, { valueKind, scale, width: WIDTH, height: HEIGHT })
  if (!layout) return <p className="text-slate-600">No statistics yet.</p>
  const { area, ticks, x, y, labelledYears, hasLeftOut } = layout
  const drawn = layout.series
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
          <desc id={descId}>{hasLeftOut ? `${description} ${LEFT_OUT_ZEROS}` : description}</desc>
          <YAxis
            area={area}
            ticks={ticks}
            y={y}
            label={scale === 'log' ? `${yLabel} (log scale)` : yLabel}
            format={(tick) => formatTick(valueKind, tick)}
          />
          <XAxis area={area} years={labelledYears} x={x} height={HEIGHT} />
          {drawn
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
                    <title>{`${label} ${p.year}: ${formatValue(valueKind, p.value)}`}</title>
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
        items={drawn.map(({ key, label, style }, index) => ({
          key,
          label: series[index]?.points.some(hasValue) ? label : `${label} (no data)`,
          style,
        }))}
      />
      {hasLeftOut && <p className="text-sm text-slate-700">{LEFT_OUT_ZEROS}</p>}
    </div>
  )
}
