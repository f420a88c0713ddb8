import { ChartMarker } from '@/components/charts/ChartMarker'
import type { SeriesStyle } from '@/lib/render/charts/series-style'

type ChartLegendProps = {
  items: Array<{ key: string; label: string; style: SeriesStyle }>
}

/** HTML legend: a swatch with each series' dash pattern and marker next to its label. */
export function ChartLegend({ items }: ChartLegendProps) {
  return (
    <ul className="flex list-none flex-wrap gap-x-6 gap-y-1 text-sm text-slate-700" aria-label="Legend">
      {items.map(({ key, label, style }) => (
        <li key={key} className="flex items-center gap-2">
          <svg
            width="36"
            height="14"
            viewBox="0 0 36 14"
            aria-hidden="true"
            focusable="false"
            className="chart-swatch"
          >
            <line
              x1={2}
              y1={7}
              x2={34}
              y2={7}
              stroke={style.color}
              strokeWidth={2.5}
              strokeDasharray={style.dash}
            />
            <ChartMarker
              shape={style.marker}
              x={18}
              y={7}
              color={style.color}
              className={style.marker === 'cross' ? 'chart-marks-open' : 'chart-marks'}
            />
          </svg>
          <span>{label}</span>
        </li>
      ))}
    </ul>
  )
}
