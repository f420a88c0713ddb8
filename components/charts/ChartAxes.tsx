import type { AxisLabelPlace, PlotArea } from '@/lib/render/charts/layout'
import { formatNumber } from '@/lib/domain/format'

export type { PlotArea } from '@/lib/render/charts/layout'

// slate-700 on white: 10:1 for the text; the gridlines are faint on purpose (decoration), the
// axis line 4.8:1. Forced colours replace all three (globals.css, `.chart`).
const TEXT_COLOR = '#334155'
const GRID_COLOR = '#e2e8f0'
const AXIS_COLOR = '#64748b'

type YAxisProps = {
  area: PlotArea
  ticks: number[]
  y: (value: number) => number
  label: string
  /** Rotated beside the axis, or above it where a narrow chart has no room beside it. */
  labelPlace?: AxisLabelPlace
  /** Tick labels; numbers with thousands separators unless given. */
  format?: (tick: number) => string
}

/** Vertical axis: gridlines, tick labels and the axis label. */
export function YAxis({ area, ticks, y, label, labelPlace = 'side', format = formatNumber }: YAxisProps) {
  const middle = (area.top + area.bottom) / 2
  return (
    <g fill={TEXT_COLOR}>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={area.left} x2={area.right} y1={y(tick)} y2={y(tick)} stroke={GRID_COLOR} />
          <text x={area.left - 8} y={y(tick)} textAnchor="end" dominantBaseline="middle">
            {format(tick)}
          </text>
        </g>
      ))}
      {labelPlace === 'side' ? (
        <text transform={`translate(16 ${middle}) rotate(-90)`} textAnchor="middle" dominantBaseline="middle">
          {label}
        </text>
      ) : (
        <text x={4} y={14}>
          {label}
        </text>
      )}
    </g>
  )
}

type XAxisProps = { area: PlotArea; years: number[]; x: (year: number) => number; height: number }

/** Horizontal axis: a baseline, a tick and label for each given year, and the "Year" label. */
export function XAxis({ area, years, x, height }: XAxisProps) {
  return (
    <g fill={TEXT_COLOR}>
      <line x1={area.left} x2={area.right} y1={area.bottom} y2={area.bottom} stroke={AXIS_COLOR} />
      {years.map((year) => (
        <g key={year}>
          <line x1={x(year)} x2={x(year)} y1={area.bottom} y2={area.bottom + 5} stroke={AXIS_COLOR} />
          <text x={x(year)} y={area.bottom + 20} textAnchor="middle">
            {year}
          </text>
        </g>
      ))}
      <text x={(area.left + area.right) / 2} y={height - 8} textAnchor="middle">
        Year
      </text>
    </g>
  )
}
