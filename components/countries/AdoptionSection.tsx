import Link from 'next/link'

import { LineChart } from '@/components/charts/LineChart'
import { StatisticsTable } from '@/components/charts/StatisticsTable'
import { ScrollRegion } from '@/components/ScrollRegion'
import { buildStatisticsSeries } from '@/lib/domain/statistics/series'
import { describeAdoptionChart, type DescribedCountry } from '@/lib/domain/charts/countryCharts'
import type { YearFigures } from '@/lib/domain/statistics/types'

type Props = { country: DescribedCountry; csvHref: string; rows: YearFigures[] }

/** "EV adoption by year": the server-rendered chart, the same numbers as a table, and the CSV. */
export function AdoptionSection({ country, csvHref, rows }: Props) {
  const series = buildStatisticsSeries(rows)
  const caption = `New passenger-car registrations in ${country.name}`
  return (
    <section aria-labelledby="adoption-heading" className="space-y-4">
      <h2 id="adoption-heading" className="text-2xl font-semibold">
        EV adoption by year
      </h2>
      <p className="text-slate-700">
        New registrations of passenger cars: battery electric (BEV), plug-in hybrid (PHEV) and hybrid (HEV).
      </p>
      <LineChart
        id="adoption-chart"
        title={`EV adoption in ${country.name} by year`}
        description={describeAdoptionChart(country, rows).text}
        series={series}
      />
      {rows.length > 0 && (
        <ScrollRegion label={caption} className="max-w-3xl">
          <StatisticsTable caption={caption} rows={rows} />
        </ScrollRegion>
      )}
      <p>
        <Link href={csvHref} className="font-medium text-brand-700 underline" prefetch={false}>
          Download CSV
        </Link>{' '}
        <span className="text-slate-600">
          (year, BEV, PHEV, HEV, total new cars and the shares as decimals; empty cells mean no data)
        </span>
      </p>
    </section>
  )
}
