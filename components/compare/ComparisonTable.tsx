import { DATA_TABLE_STYLE, dataCellProps } from '@/components/charts/dataTableStyle'
import type { ChartSeries } from '@/lib/domain/statistics/series'
import { formatValue, type ValueKind } from '@/lib/domain/format'

type Props = { caption: string; lines: ChartSeries[]; valueKind: ValueKind }

/** One figure across countries: a row per year, a column per country, "no data" where empty. */
export function ComparisonTable({ caption, lines, valueKind }: Props) {
  const years = [...new Set(lines.flatMap(({ points }) => points.map((point) => point.year)))].sort(
    (a, b) => a - b,
  )
  const valueOf = (line: ChartSeries, year: number) =>
    line.points.find((point) => point.year === year)?.value ?? null
  return (
    <table className={DATA_TABLE_STYLE}>
      <caption className="mb-2 text-left font-semibold">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="text-left">
            Year
          </th>
          {lines.map((line) => (
            <th key={line.key} scope="col" className="text-right">
              {line.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {years.map((year) => (
          <tr key={year}>
            <th scope="row">{year}</th>
            {lines.map((line) => {
              const value = valueOf(line, year)
              return (
                <td key={line.key} {...dataCellProps(value)}>
                  {formatValue(valueKind, value)}
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
