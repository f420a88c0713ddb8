import { formatCell } from '@/lib/domain/format'
import type { YearStatistics } from '@/lib/domain/statistics/types'

import { DATA_TABLE_STYLE, dataCellProps } from './dataTableStyle'

/** Props of {@link StatisticsTable}. */
export type StatisticsTableProps = { caption: string; rows: YearStatistics[] }

const COLUMNS = [
  { key: 'bev', label: 'BEV', title: 'Battery electric vehicles' },
  { key: 'phev', label: 'PHEV', title: 'Plug-in hybrid electric vehicles' },
  { key: 'hev', label: 'HEV', title: 'Hybrid electric vehicles' },
] as const

/** The statistics as an accessible HTML table, years ascending, "no data" where a value is null. */
export function StatisticsTable({ caption, rows }: StatisticsTableProps) {
  const sorted = [...rows].sort((a, b) => a.year - b.year)
  return (
    <table className={DATA_TABLE_STYLE}>
      <caption className="mb-2 text-left font-semibold text-slate-900">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="text-left font-semibold">
            Year
          </th>
          {COLUMNS.map(({ key, label, title }) => (
            <th key={key} scope="col" className="text-right font-semibold">
              <abbr title={title} className="no-underline">
                {label}
              </abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => (
          <tr key={row.year}>
            <th scope="row">{row.year}</th>
            {COLUMNS.map(({ key }) => (
              <td key={key} {...dataCellProps(row[key])}>
                {formatCell(row[key])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
