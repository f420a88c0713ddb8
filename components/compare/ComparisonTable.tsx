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
    <table className="w-full border-collapse text-sm">
      <caption className="mb-2 text-left font-semibold">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-300">
          <th scope="col" className="px-3 py-2 text-left">
            Year
          </th>
          {countries.map(({ country }) => (
            <th key={country.slug} scope="col" className="px-3 py-2 text-right">
              {country.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {years.map((year) => (
          <tr key={year} className="border-b border-slate-200">
            <th scope="row" className="px-3 py-2 text-left font-normal tabular-nums">
              {year}
            </th>
            {countries.map(({ country, rows }) => {
              const value = valueOf(rows, year)
              return (
                <td
                  key={country.slug}
                  className={`px-3 py-2 text-right tabular-nums ${value === null ? 'text-slate-600 italic' : ''}`}
                >
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
