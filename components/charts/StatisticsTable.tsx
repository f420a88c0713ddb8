import { formatCell } from '@/lib/format'
import type { YearStatistics } from '@/lib/statistics/types'

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
    <table className="w-full border-collapse text-sm">
      <caption className="mb-2 text-left font-semibold text-slate-900">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-300">
          <th scope="col" className="px-3 py-2 text-left font-semibold">
            Year
          </th>
          {COLUMNS.map(({ key, label, title }) => (
            <th key={key} scope="col" className="px-3 py-2 text-right font-semibold">
              <abbr title={title} className="no-underline">
                {label}
              </abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => (
          <tr key={row.year} className="border-b border-slate-200">
            <th scope="row" className="px-3 py-2 text-left font-normal tabular-nums">
              {row.year}
            </th>
            {COLUMNS.map(({ key }) => (
              <td
                key={key}
                className={`px-3 py-2 text-right tabular-nums ${row[key] === null ? 'text-slate-600 italic' : ''}`}
              >
                {formatCell(row[key])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
