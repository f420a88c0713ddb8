import { DATA_TABLE_STYLE, dataCellProps } from '@/components/charts/dataTableStyle'
import { formatCell } from '@/lib/format'
import type { CountryStatistics } from '@/lib/data/statistics'
import type { PowertrainKey } from '@/lib/statistics/powertrains'

type Props = { caption: string; powertrain: PowertrainKey; countries: CountryStatistics[] }

/** One powertrain across countries: a row per year, a column per country, "no data" where empty. */
export function ComparisonTable({ caption, powertrain, countries }: Props) {
  const years = [...new Set(countries.flatMap(({ rows }) => rows.map((row) => row.year)))].sort(
    (a, b) => a - b,
  )
  const valueOf = (rows: CountryStatistics['rows'], year: number) =>
    rows.find((row) => row.year === year)?.[powertrain] ?? null
  return (
    <table className={DATA_TABLE_STYLE}>
      <caption className="mb-2 text-left font-semibold">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="text-left">
            Year
          </th>
          {countries.map(({ country }) => (
            <th key={country.slug} scope="col" className="text-right">
              {country.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {years.map((year) => (
          <tr key={year}>
            <th scope="row">{year}</th>
            {countries.map(({ country, rows }) => {
              const value = valueOf(rows, year)
              return (
                <td key={country.slug} {...dataCellProps(value)}>
                  {formatCell(value)}
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
