import { formatCell, formatValue } from '@/lib/domain/format'
import { computeYearShares, SHARE_KEYS, type ShareKey } from '@/lib/domain/statistics/share'
import type { YearFigures } from '@/lib/domain/statistics/types'

import { DATA_TABLE_STYLE, dataCellProps } from './dataTableStyle'

const LABELS: Record<ShareKey, { label: string; title: string }> = {
  bev: { label: 'BEV', title: 'Battery electric vehicles' },
  phev: { label: 'PHEV', title: 'Plug-in hybrid electric vehicles' },
  hev: { label: 'HEV', title: 'Hybrid electric vehicles' },
  plugin: { label: 'Plug-in', title: 'Battery electric and plug-in hybrid vehicles' },
}

/** Each year's total of new passenger cars and the shares in it; "no data" where there is no total. */
export function ShareTable({ caption, rows }: { caption: string; rows: YearFigures[] }) {
  const shares = [...rows].sort((a, b) => a.year - b.year).map(computeYearShares)
  return (
    <table className={DATA_TABLE_STYLE}>
      <caption className="mb-2 text-left font-semibold text-slate-900">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="text-left font-semibold">
            Year
          </th>
          <th scope="col" className="text-right font-semibold">
            New passenger cars
          </th>
          {SHARE_KEYS.map((key) => (
            <th key={key} scope="col" className="text-right font-semibold">
              <abbr title={`${LABELS[key].title}, share of new passenger cars`} className="no-underline">
                {LABELS[key].label}
              </abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {shares.map((row) => (
          <tr key={row.year}>
            <th scope="row">{row.year}</th>
            <td {...dataCellProps(row.totalNewCars)}>{formatCell(row.totalNewCars)}</td>
            {SHARE_KEYS.map((key) => (
              <td key={key} {...dataCellProps(row[key])}>
                {formatValue('share', row[key])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
