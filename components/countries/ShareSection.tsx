import { LineChart } from '@/components/charts/LineChart'
import { ShareTable } from '@/components/charts/ShareTable'
import { ScrollRegion } from '@/components/ScrollRegion'
import {
  buildShareSeries,
  describeShareChart,
  type DescribedCountry,
} from '@/lib/domain/charts/countryCharts'
import { hasAnyShare } from '@/lib/domain/statistics/share'
import type { YearFigures } from '@/lib/domain/statistics/types'

type Props = { country: DescribedCountry; rows: YearFigures[] }

/** "Share of new passenger cars": a chart and table of the years that have a total of new cars. */
export function ShareSection({ country, rows }: Props) {
  const caption = `Share of new passenger cars in ${country.name}`
  return (
    <section aria-labelledby="share-heading" className="space-y-4">
      <h2 id="share-heading" className="text-2xl font-semibold">
        Share of new passenger cars
      </h2>
      {hasAnyShare(rows) ? (
        <>
          <p className="text-slate-700">
            Each powertrain&apos;s new registrations as a share of all new passenger cars that year; plug-in
            is BEV and PHEV together. Years without a total of new cars have no share.
          </p>
          <LineChart
            id="share-chart"
            title={`Share of new passenger cars in ${country.name} by year`}
            description={describeShareChart(country, rows).text}
            series={buildShareSeries(rows)}
            yLabel="Share of new passenger cars"
            valueKind="share"
          />
          <ScrollRegion label={caption} className="max-w-3xl">
            <ShareTable caption={caption} rows={rows} />
          </ScrollRegion>
        </>
      ) : (
        <p className="text-slate-700">
          No year has a total of new passenger cars yet, so there is no market share to show.
        </p>
      )}
    </section>
  )
}
