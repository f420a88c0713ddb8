import { ChartDrawing } from '@/components/charts/ChartDrawing'
import { ChartLegend } from '@/components/charts/ChartLegend'
import { ChartNavigator } from '@/components/charts/ChartNavigator'
import { CHART_FRAMES, listNavLines } from '@/lib/render/charts/frames'
import { layoutLineChart, type LineChartLayout } from '@/lib/render/charts/layout'
import { hasValue } from '@/lib/domain/statistics/series'
import type { ChartSeries } from '@/lib/domain/statistics/series'
import type { AxisScale } from '@/lib/domain/statistics/axisScale'
import type { ValueKind } from '@/lib/domain/format'

/** Props of {@link LineChart}. */
export type LineChartProps = {
  title: string
  /** The chart in words (lib/domain/charts/describeChart.ts): its SVG description and the text below it. */
  description: string
  series: ChartSeries[]
  yLabel?: string
  /** What the values are: registrations (default), shares of new cars or a growth index. */
  valueKind?: ValueKind
  /** A log scale leaves out values of 0, which it cannot place, and says so. */
  scale?: AxisScale
  /** Id of the description below the chart. */
  id?: string
}

// The wide frame from 40rem of container width (its 13-unit text is then 13 px or more); below
// that the narrow one, no wider than 28rem so its text stays under 17 px.
const FRAME_CLASSES = { wide: 'hidden @min-[40rem]:block', narrow: 'block max-w-[28rem] @min-[40rem]:hidden' }
const LEFT_OUT_ZEROS =
  'Values of 0 cannot be shown on a logarithmic scale and are left out; the table lists them.'

/**
 * Accessible SVG line chart rendered on the server, in a wide and a narrow frame that CSS picks
 * by the width of its container: gaps stay gaps, and colour, marker shape and dash pattern all
 * tell the series apart. A small client island lets the keyboard and touch reach each point.
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
  const layouts = CHART_FRAMES.map((frame) => layoutLineChart(series, { valueKind, scale, ...frame })).filter(
    (layout): layout is LineChartLayout => layout !== null,
  )
  const [main] = layouts
  if (!main || layouts.length !== CHART_FRAMES.length)
    return <p className="text-slate-600">No statistics yet.</p>
  const axisLabel = scale === 'log' ? `${yLabel} (log scale)` : yLabel

  return (
    <div className="@container max-w-3xl space-y-3">
      <ChartNavigator
        title={title}
        description={description}
        lines={listNavLines(layouts, valueKind)}
        frames={CHART_FRAMES.map((frame, index) => ({
          width: frame.width,
          height: frame.height,
          className: FRAME_CLASSES[frame.key],
          drawing: (
            <ChartDrawing
              layout={layouts[index] ?? main}
              frame={frame}
              yLabel={axisLabel}
              valueKind={valueKind}
            />
          ),
        }))}
      />
      <ChartLegend
        items={main.series.map(({ key, label, style }, index) => ({
          key,
          label: series[index]?.points.some(hasValue) ? label : `${label} (no data)`,
          style,
        }))}
      />
      {main.hasLeftOut && <p className="text-sm text-slate-700">{LEFT_OUT_ZEROS}</p>}
      <details id={id} className="text-slate-800">
        <summary className="cursor-pointer font-medium text-brand-700 underline">Describe this chart</summary>
        <p className="mt-2">{description}</p>
      </details>
    </div>
  )
}
