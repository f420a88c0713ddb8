import type { PlotArea } from '@/lib/render/charts/layout'
import { formatNumber } from '@/lib/domain/format'

export type { PlotArea } from '@/lib/render/charts/layout'

const TEXT_COLOR = '#334155'
const GRID_COLOR = '#e2e8f0'
const AXIS_COLOR = '#64748b'

type YAxisProps = {
  area: PlotArea
  ticks: number[]
  y: (value: number) => number
  label: string
  /** Tick labels; numbers with thousands separators unless given. */
  format?: (tick: number) => string
}

/** Vertical axis: gridlines, tick labels and a rotated axis label. */
export function YAxis({ area, ticks, y, label, format = formatNumber }: YAxisProps) {
  const middle = (area.top + area.bottom) / 2
  return (
    <g>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={area.left} x2={area.right} y1={y(tick)} y2={y(tick)} stroke={GRID_COLOR} />
          <text x={area.left - 8} y={y(tick)} textAnchor="end" dominantBaseline="middle" fill={TEXT_COLOR}>
            {format(tick)}
          </text>
        </g>
      ))}
      <text
        transform={`translate(16 ${middle}) rotate(-90)`}
        textAnchor="middle"
        dominantBaseline="middle"
        fill={TEXT_COLOR}
      >
        {label}
      </text>
    </g>
  )
}

type XAxisProps = { area: PlotArea; years: number[]; x: (year: number) => number; height: number }

/** Horizontal axis: a baseline, a tick and label for each given year, and the "Year" label. */
export function XAxis({ area, years, x, height }: XAxisProps) {
  return (
    <g>
      <line x1={area.left} x2={area.right} y1={area.bottom} y2={area.bottom} stroke={AXIS_COLOR} />
      {years.map((year) => (
        <g key={year}>
          <line x1={x(year)} x2={x(year)} y1={area.bottom} y2={area.bottom + 5} stroke={AXIS_COLOR} />
          <text x={x(year)} y={area.bottom + 20} textAnchor="middle" fill={TEXT_COLOR}>
            {year}
          </text>
        </g>
      ))}
      <text x={(area.left + area.right) / 2} y={height - 8} textAnchor="middle" fill={TEXT_COLOR}>
        Year
      </text>
    </g>
  )
}
