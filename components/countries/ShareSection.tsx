import { describeSeries, LineChart } from '@/components/charts/LineChart'
import { ShareTable } from '@/components/charts/ShareTable'
import { ScrollRegion } from '@/components/ScrollRegion'
import type { ChartSeries } from '@/lib/domain/statistics/series'
import { computeYearShares, hasAnyShare } from '@/lib/domain/statistics/share'
import type { YearFigures } from '@/lib/domain/statistics/types'

type Props = { countryName: string; rows: YearFigures[] }

// In the order (and so the colours and markers) of the registrations chart above, plug-in last.
const SERIES = [
  { key: 'bev', label: 'BEV' },
  { key: 'phev', label: 'PHEV' },
  { key: 'hev', label: 'HEV' },
  { key: 'plugin', label: 'Plug-in (BEV + PHEV)' },
] as const

/** "Share of new passenger cars": a chart and table of the years that have a total of new cars. */
export function ShareSection({ countryName, rows }: Props) {
  const shares = [...rows].sort((a, b) => a.year - b.year).map(computeYearShares)
  const series: ChartSeries[] = SERIES.map(({ key, label }) => ({
    key,
    label,
    points: shares.map((row) => ({ year: row.year, value: row[key] })),
  }))
  const caption = `Share of new passenger cars in ${countryName}`
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
            title={`Share of new passenger cars in ${countryName} by year`}
            description={describeSeries(series, 'shares of new passenger cars')}
            series={series}
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
