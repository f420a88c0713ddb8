import { XAxis, YAxis } from '@/components/charts/ChartAxes'
import { formatTick, type ValueKind } from '@/lib/domain/format'
import type { LineChartLayout } from '@/lib/render/charts/layout'
import { buildMarkersPath, MARKER_SIZE, markerPaint } from '@/lib/render/charts/markers'
import type { ChartFrame } from '@/lib/render/charts/frames'

type Props = { layout: LineChartLayout; frame: ChartFrame; yLabel: string; valueKind: ValueKind }

/**
 * What a chart shows to the eye in one frame: axes, a line per series and its markers (one path
 * per series). Hidden from assistive technology: the chart's points, its description and its
 * table say the same in words.
 */
export function ChartDrawing({ layout, frame, yLabel, valueKind }: Props) {
  const { area, ticks, x, y, labelledYears } = layout
  return (
    <g aria-hidden="true">
      <YAxis
        area={area}
        ticks={ticks}
        y={y}
        label={yLabel}
        labelPlace={frame.labelPlace}
        format={(tick) => formatTick(valueKind, tick)}
      />
      <XAxis area={area} years={labelledYears} x={x} height={frame.height} />
      {layout.series
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
            className="chart-line"
          />
        ))}
      {layout.series
        .filter(({ runs }) => runs.length > 0)
        .map(({ key, style, runs }) => (
          <path
            key={key}
            d={buildMarkersPath(style.marker, runs.flat(), MARKER_SIZE)}
            {...markerPaint(style.marker, style.color)}
            className={style.marker === 'cross' ? 'chart-marks-open' : 'chart-marks'}
          />
        ))}
    </g>
  )
}
